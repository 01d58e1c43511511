package io.factcheck.dates;

import io.factcheck.dates.Reading.Grain;

import java.time.LocalDate;

/**
 * "early", "mid", "late" (and "the beginning of" = early, "the middle of" = mid, "the end of" = late) of a period.
 * The spans, all FUZZY except for a day:
 * <pre>
 *   month:  early = days 1-10, mid = 11-20, late = 21-last
 *   year:   early = January-April, mid = May-August, late = September-December
 *   week:   early = Monday-Wednesday, mid = Tuesday-Thursday, late = Thursday-Sunday (ISO weeks)
 *   decade: early = years 0-3, mid = 4-6, late = 7-9 ("the early 1990s" = 1990-1993)
 *   day:    the day itself ("early Monday", "late Sunday night")
 * </pre>
 * Parts of a weekend or of an already fuzzy span are not read.
 */
enum Part {
    EARLY("early"), MID("mid"), LATE("late");

    final String label;

    Part(String label) {
        this.label = label;
    }

    /** The part of the reading, or null when the reading is not a period with parts. */
    Reading of(Reading period) {
        LocalDate start = period.start();
        int i = ordinal();
        return switch (period.grain()) {
            case DAY -> period;
            case WEEK -> Reading.fuzzy(start.plusDays(pick(i, 0, 1, 3)), start.plusDays(pick(i, 2, 3, 6)), Grain.SPAN);
            case MONTH -> Reading.fuzzy(start.withDayOfMonth(pick(i, 1, 11, 21)),
                    i == 2 ? period.end() : start.withDayOfMonth(pick(i, 10, 20, 0)), Grain.SPAN);
            case YEAR -> Reading.fuzzy(start.withMonth(pick(i, 1, 5, 9)),
                    start.withMonth(pick(i, 4, 8, 12)).withDayOfMonth(1).plusMonths(1).minusDays(1), Grain.SPAN);
            case DECADE -> Reading.fuzzy(start.plusYears(pick(i, 0, 4, 7)),
                    start.plusYears(pick(i, 3, 6, 9)).withMonth(12).withDayOfMonth(31), Grain.SPAN);
            case WEEKEND, SPAN -> null;
        };
    }

    private static int pick(int index, int early, int mid, int late) {
        return index == 0 ? early : index == 1 ? mid : late;
    }
}
