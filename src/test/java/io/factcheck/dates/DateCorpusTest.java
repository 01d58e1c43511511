package io.factcheck.dates;

import io.factcheck.kernel.DateSpan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Runs the corpora under src/test/resources/io/factcheck/dates: one test per line, named by file, line and text.
 * Each positive line is also read without its anchor: the reading must then either be the same (the text needed
 * no anchor) or fail asking for the publication date. That is the "no silent guesses" rule, checked on every line.
 */
class DateCorpusTest {
    private static final DateExpressionReader READER = new DateExpressionReader();

    private record Line(String file, int number, String[] fields) {
        String name() {
            return file + ":" + number + "  " + fields[0] + " | " + text();
        }

        LocalDate anchor() {
            return fields[0].equals("-") ? null : LocalDate.parse(fields[0]);
        }

        String text() {
            String t = fields[1];
            return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
        }
    }

    @TestFactory
    Stream<DynamicTest> positiveCorpus() throws IOException {
        List<Line> lines = load("positive.corpus", 3);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(200);
        return lines.stream().map(line -> DynamicTest.dynamicTest(line.name(), () -> checkPositive(line)));
    }

    @TestFactory
    Stream<DynamicTest> negativeCorpus() throws IOException {
        List<Line> lines = load("negative.corpus", 4);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(40);
        return lines.stream().map(line -> DynamicTest.dynamicTest(line.name(), () -> checkNegative(line)));
    }

    private static void checkPositive(Line line) {
        DateReadings read = READER.read(line.text(), line.anchor());
        assertThat(format(read.readings())).as("%s: readings (%s)", line.name(), read.rule())
                .isEqualTo(line.fields()[2]);
        DayOfWeek weekday = line.fields().length > 3 ? DayOfWeek.valueOf(line.fields()[3].substring("weekday=".length()))
                : null;
        assertThat(read.statedWeekday()).as("%s: stated weekday", line.name()).isEqualTo(weekday);
        if (line.anchor() != null) {
            if (read.usesPublicationDate()) {
                DateExpressionException e = catchThrowableOfType(DateExpressionException.class,
                        () -> READER.read(line.text(), null));
                assertThat(e).as("%s: without an anchor it must ask for the publication date", line.name()).isNotNull();
                assertThat(e.reason()).isEqualTo(DateExpressionException.Reason.NEEDS_PUBLICATION_DATE);
                assertThat(e.needsPublicationDate()).isTrue();
            } else {
                assertThat(READER.read(line.text(), null).readings()).as(line.name()).isEqualTo(read.readings());
            }
        } else {
            assertThat(read.usesPublicationDate()).isFalse();
        }
    }

    private static void checkNegative(Line line) {
        DateExpressionException.Reason reason = DateExpressionException.Reason.valueOf(line.fields()[2]);
        assertThatThrownBy(() -> READER.read(line.text(), line.anchor())).as(line.name())
                .isInstanceOfSatisfying(DateExpressionException.class, e -> {
                    assertThat(e.reason()).as("%s: %s", line.name(), e.getMessage()).isEqualTo(reason);
                    assertThat(e.text()).isEqualTo(line.text());
                    if (line.fields().length > 3) {
                        assertThat(e.detail().toLowerCase(Locale.ROOT)).as(line.name())
                                .contains(line.fields()[3].toLowerCase(Locale.ROOT));
                    }
                });
    }

    static String format(List<DateSpan> readings) {
        return readings.stream().map(s -> s.start() + ".." + s.end() + " " + s.precision().label())
                .collect(Collectors.joining(" ; "));
    }

    private static List<Line> load(String file, int minFields) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = DateCorpusTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] fields = text.split("\\|", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                assertThat(fields.length).as("%s:%d has at least %d fields", file, number, minFields)
                        .isGreaterThanOrEqualTo(minFields - (file.startsWith("negative") ? 1 : 0));
                lines.add(new Line(file, number, fields));
            }
        }
        return lines;
    }
}
