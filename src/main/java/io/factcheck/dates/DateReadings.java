package io.factcheck.dates;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;

import java.time.DayOfWeek;
import java.util.List;

/**
 * What a written date means: every reading, most plausible first, and what the reader understood.
 *
 * @param text                the expression as written
 * @param readings            each inclusive span the writer may have meant, most plausible first; never empty
 * @param rule                the form that read it, e.g. "month-day-year", "part(month)", "hedged-ago"; for
 *                            explanations and debugging, not a stable API
 * @param understood          the expression restated in canonical words, e.g. "almost 5 months ago",
 *                            "February 1, 2021", "February 1 (no year)"
 * @param statedWeekday       the weekday the text also names ("Sunday, February 1, 2021"), or null. It is reported,
 *                            never used to change a reading, so a verifier can point out the contradiction
 * @param usesPublicationDate whether the reading depended on the anchor (partial or relative expressions)
 */
public record DateReadings(String text, List<DateSpan> readings, String rule, String understood,
                           DayOfWeek statedWeekday, boolean usesPublicationDate) {

    public DateReadings {
        readings = List.copyOf(readings);
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("a date expression has at least one reading");
        }
    }

    /** The most plausible reading. */
    public DateSpan best() {
        return readings.get(0);
    }

    /** True when no weekday was stated, or the reading contains a day of the stated weekday. */
    public boolean weekdayFits(DateSpan reading) {
        if (statedWeekday == null) {
            return true;
        }
        if (reading.end().toEpochDay() - reading.start().toEpochDay() >= 6) {
            return true;
        }
        for (var day = reading.start(); !day.isAfter(reading.end()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == statedWeekday) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text names a weekday that none of its day readings falls on: "Sunday, February 1, 2021" (a
     * Monday). Only day readings count, since a wider span says nothing either way.
     */
    public boolean weekdayContradicted() {
        if (statedWeekday == null) {
            return false;
        }
        boolean anyDay = false;
        for (DateSpan reading : readings) {
            if (reading.precision() == DatePrecision.DAY) {
                anyDay = true;
                if (weekdayFits(reading)) {
                    return false;
                }
            }
        }
        return anyDay;
    }
}
