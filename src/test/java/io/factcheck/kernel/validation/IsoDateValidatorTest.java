package io.factcheck.kernel.validation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The digit-reading fast path of {@link IsoDateValidator#parse} answers exactly as the strict formatter does. */
class IsoDateValidatorTest {
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Test
    void readsEveryDayOfLeapAndCommonYearsAndRejectsWhatTheFormatterRejects() {
        List<String> texts = new ArrayList<>();
        for (String year : List.of("0000", "1800", "1900", "2000", "2021", "2024", "2100", "9999")) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    texts.add(String.format("%s-%02d-%02d", year, month, day));
                }
            }
        }
        texts.addAll(List.of("2021-1-01x", "2021/01/01", "+202-01-01", "-202-01-01", "2021-01-0a", "２０２１-01-01",
                "2021-01--1", " 021-01-01", "20210-1-01"));
        for (String text : texts) {
            assertThat(IsoDateValidator.parse(text)).as(text).isEqualTo(formatter(text));
        }
        assertThat(IsoDateValidator.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(IsoDateValidator.parse("2021-02-29")).isNull();
    }

    private static LocalDate formatter(String text) {
        try {
            return LocalDate.parse(text, STRICT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
