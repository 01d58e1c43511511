package io.factcheck.story;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The finders' corpora: {@code findings.corpus} (texts and exactly the claims they hold) and
 * {@code negative.corpus} (sentences with numbers, names, titles and dates that hold none). The corpus is the
 * specification; see the comment at the top of each file for its format.
 */
class FindersCorpusTest {

    record Expected(String kind, String text, List<String[]> fields) {
    }

    record Case(int line, String text, String published, List<Expected> claims) {
    }

    private static final String UNCHECKED = "unchecked ";

    @TestFactory
    List<DynamicTest> findings() throws IOException {
        return cases("findings.corpus").stream()
                .map(c -> DynamicTest.dynamicTest("line " + c.line() + ": " + c.text(), () -> check(c))).toList();
    }

    @TestFactory
    List<DynamicTest> negatives() throws IOException {
        List<DynamicTest> out = new ArrayList<>();
        String[] lines = read("negative.corpus").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int line = i + 1;
            out.add(DynamicTest.dynamicTest("line " + line + ": " + text, () -> {
                StoryCheck check = StoryFixture.check(text, "2021-06-28");
                assertThat(check.claims()).as("claims found in a sentence that holds none")
                        .extracting(StoryCheck.FoundClaim::text).isEmpty();
                assertThat(check.notChecked()).extracting(StoryCheck.NotChecked::text).isEmpty();
            }));
        }
        return out;
    }

    private static void check(Case c) {
        StoryCheck check = StoryFixture.check(c.text(), c.published());
        // "unchecked casualties "words" reason=..." lines: the figures found but not checked, and why
        List<Expected> unchecked = c.claims().stream().filter(e -> e.kind().startsWith(UNCHECKED)).toList();
        // every figure not checked is listed; claims of other kinds where the case lists one of their kind
        java.util.Set<String> kinds = new java.util.HashSet<>(java.util.Set.of("casualties"));
        unchecked.forEach(e -> kinds.add(e.kind().substring(UNCHECKED.length())));
        List<StoryCheck.NotChecked> figures = check.notChecked().stream()
                .filter(n -> kinds.contains(n.kind())).toList();
        assertThat(figures).extracting(n -> UNCHECKED + n.kind() + " \"" + n.text() + "\"")
                .as("not checked in line %d", c.line())
                .containsExactlyElementsOf(unchecked.stream().map(e -> e.kind() + " \"" + e.text() + "\"").toList());
        for (int i = 0; i < unchecked.size(); i++) {
            for (String[] field : unchecked.get(i).fields()) {
                assertThat(figures.get(i).reason()).as("line %d, why not checked", c.line())
                        .contains(field[1]);
            }
        }
        List<Expected> claims = c.claims().stream().filter(e -> !e.kind().startsWith(UNCHECKED)).toList();
        List<String> found = check.claims().stream().map(f -> f.kind() + " \"" + f.text() + "\"").toList();
        List<String> expected = claims.stream().map(e -> e.kind() + " \"" + e.text() + "\"").toList();
        assertThat(found).as("claims of line %d", c.line()).containsExactlyElementsOf(expected);
        for (int i = 0; i < expected.size(); i++) {
            StoryCheck.FoundClaim claim = check.claims().get(i);
            assertThat(c.text().substring(claim.span().start(), claim.span().end())).isEqualTo(claim.text());
            for (String[] field : claims.get(i).fields()) {
                Object actual = component(claim.claim(), field[0]);
                String want = field[1].equals("-") ? null : field[1];
                assertThat(actual == null ? null : actual.toString())
                        .as("line %d, %s, field %s", c.line(), expected.get(i), field[0]).isEqualTo(want);
            }
        }
    }

    private static Object component(Object record, String name) {
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            if (rc.getName().equals(name)) {
                try {
                    return rc.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return fail(record.getClass().getSimpleName() + " has no field '" + name + "'");
    }

    private static List<Case> cases(String file) throws IOException {
        List<Case> out = new ArrayList<>();
        String published = null;
        String[] lines = read(file).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("@published ")) {
                published = line.substring("@published ".length()).strip();
            } else if (line.startsWith("> ")) {
                out.add(new Case(i + 1, line.substring(2), Objects.requireNonNull(published, "no @published"),
                        new ArrayList<>()));
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                int open = line.indexOf('"');
                int close = line.indexOf('"', open + 1);
                List<String[]> fields = new ArrayList<>();
                for (String part : line.substring(close + 1).split("\\|")) {
                    if (!part.isBlank()) {
                        int eq = part.indexOf('=');
                        fields.add(new String[] {part.substring(0, eq).strip(), part.substring(eq + 1).strip()});
                    }
                }
                out.get(out.size() - 1).claims().add(new Expected(line.substring(0, open).strip(),
                        line.substring(open + 1, close), fields));
            }
        }
        return out;
    }

    private static String read(String file) throws IOException {
        try (InputStream in = FindersCorpusTest.class.getResourceAsStream(file)) {
            return new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
