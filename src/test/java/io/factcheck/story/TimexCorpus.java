package io.factcheck.story;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The TIMEX3 corpora ({@code timex.corpus}, {@code timex-negative.corpus}) as cases: a sentence, its publication date
 * and every expression expected in it, each as "text | type | value | mod". Shared by the tagger's test and the REST
 * door's, so both read the same cases.
 */
public final class TimexCorpus {
    public record Case(String publishedAt, String sentence, List<String> expected) {
    }

    private static final String DEFAULT_DATE = "2021-06-28";

    private TimexCorpus() {
    }

    public static List<Case> positive() throws IOException {
        List<Case> cases = new ArrayList<>();
        String date = DEFAULT_DATE;
        String sentence = null;
        List<String> expected = null;
        for (String line : lines("timex.corpus")) {
            if (line.startsWith("@")) {
                if (sentence != null) { // the block above keeps its date: "@" sets the date of the blocks after it
                    cases.add(new Case(date, sentence, expected));
                    sentence = null;
                }
                date = line.substring(1).trim();
            } else if (line.startsWith(">")) {
                if (sentence != null) {
                    cases.add(new Case(date, sentence, expected));
                }
                sentence = line.substring(1).trim();
                expected = new ArrayList<>();
            } else {
                Objects.requireNonNull(expected, "an expression before any sentence: " + line);
                String[] f = line.split("\\|");
                expected.add(entry(f[0].trim(), f[1].trim(), f[2].trim(), f.length > 3 ? f[3].trim() : null));
            }
        }
        if (sentence != null) {
            cases.add(new Case(date, sentence, expected));
        }
        return cases;
    }

    public static List<Case> negative() throws IOException {
        return lines("timex-negative.corpus").stream().map(l -> new Case(DEFAULT_DATE, l, List.of())).toList();
    }

    /** One expression as the corpus writes it, for comparing with what was tagged. */
    public static String entry(String text, String type, String value, String mod) {
        return text + " | " + type + " | " + value + (mod == null ? "" : " | " + mod);
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = TimexCorpus.class.getResourceAsStream("/io/factcheck/story/" + name)) {
            String text = new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
