package io.factcheck.official;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;

import java.time.LocalDate;

/** A date as {@link TenureStore} keeps it in a column: its first epoch day, its precision by ordinal beside. */
final class StoredDays {
    /** No date (an open end). */
    static final int NONE = Integer.MIN_VALUE;
    private static final DatePrecision[] PRECISIONS = DatePrecision.values();

    private StoredDays() {
    }

    static int of(DateSpan date) {
        return date == null ? NONE : (int) date.start().toEpochDay();
    }

    static DatePrecision precision(int ordinal) {
        return PRECISIONS[ordinal];
    }

    /** The date of a day and precision; a window of days (FUZZY) needs its last day too, and is not made here. */
    static DateSpan span(int day, int precision) {
        if (day == NONE) {
            return null;
        }
        if (precision == DatePrecision.FUZZY.ordinal()) {
            throw new IllegalStateException("a window of days is stored for ends only");
        }
        return DateSpan.of(LocalDate.ofEpochDay(day), PRECISIONS[precision]);
    }

    /** The last day a date may be: "2021" may be as late as 2021-12-31. */
    static int lastDay(int firstDay, int precision) {
        if (firstDay == NONE || precision == DatePrecision.DAY.ordinal()) {
            return firstDay;
        }
        return (int) span(firstDay, precision).end().toEpochDay();
    }
}
