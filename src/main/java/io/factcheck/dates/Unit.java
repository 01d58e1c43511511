package io.factcheck.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The units of "N units ago", with the slack each one implies (used by {@link Hedge}).
 * Month and year steps use {@link LocalDate#minusMonths}: the day clamps to the month's end, so one month before
 * 2021-03-31 is 2021-02-28 and one year before 2020-02-29 is 2019-02-28.
 */
enum Unit {
    // rounding: an unhedged "N units" is taken as rounded to the unit, so the truth lies within about half a unit.
    // little: the least slack a one-sided hedge ("almost", "just over") allows.
    DAY("day", ChronoUnit.DAYS, 1, 0, 1),
    WEEK("week", ChronoUnit.WEEKS, 1, 3, 3),
    MONTH("month", ChronoUnit.MONTHS, 1, 15, 14),
    YEAR("year", ChronoUnit.YEARS, 1, 182, 61),
    // "a decade ago" is loose talk: +-2 years rather than half a decade
    DECADE("decade", ChronoUnit.YEARS, 10, 730, 365);

    final String label;
    private final ChronoUnit step;
    private final int stepsPerUnit;
    final int roundingDays;
    final int littleDays;

    Unit(String label, ChronoUnit step, int stepsPerUnit, int roundingDays, int littleDays) {
        this.label = label;
        this.step = step;
        this.stepsPerUnit = stepsPerUnit;
        this.roundingDays = roundingDays;
        this.littleDays = littleDays;
    }

    /**
     * The exact point {@code count} units before the anchor.
     *
     * @throws DateTimeException before year 1: "9223372036854775807 days ago" is no date, however the calendar
     *                           could count it
     */
    LocalDate before(LocalDate anchor, long count) {
        LocalDate point = anchor.minus(count * stepsPerUnit, step);
        if (point.getYear() < 1) {
            throw new DateTimeException("before year 1");
        }
        return point;
    }

    String label(long count) {
        return count == 1 ? label : label + "s";
    }
}
