package io.factcheck.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.parallel.ResourceLock;
import io.factcheck.dates.DateExpressionException;
import io.factcheck.dates.DateExpressionReader;
import io.factcheck.dates.DateReadings;
import io.factcheck.kernel.DateSpan;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date reader reads any text, with and without a publication date, or refuses it with its documented exception;
 * every reading is a span that starts on or before its end.
 */
@ResourceLock(FuzzInput.JAZZER) // Jazzer runs one fuzz test at a time (the plain tests run in parallel)
class DateReaderFuzzTest {
    private static final DateExpressionReader READER = new DateExpressionReader();
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 28);

    @FuzzTest(maxDuration = "60s")
    void readsOrRefuses(byte[] data) {
        String text = FuzzInput.text(data);
        check(text, PUBLISHED);
        check(text, null);
    }

    private static void check(String text, LocalDate anchor) {
        DateReadings readings;
        try {
            readings = READER.read(text, anchor);
        } catch (DateExpressionException refused) {
            return; // the documented rejection
        }
        assertThat(readings.readings()).as(text).isNotEmpty();
        for (DateSpan span : readings.readings()) {
            assertThat(span.start()).as(text).isNotNull().isBeforeOrEqualTo(span.end());
        }
    }
}
