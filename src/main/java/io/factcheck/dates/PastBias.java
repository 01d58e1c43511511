package io.factcheck.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * News copy mostly reports what has happened, so a date without a year is the most recent occurrence that has begun
 * on or before the publication date: "Feb. 1" on 2021-06-28 is 2021-02-01, "December 30" on 2021-01-05 is
 * 2020-12-30, "November" on 2021-06-28 is 2020-11, "June" on 2021-06-28 is 2021-06 (the current month counts).
 * "Feb. 29" is the most recent Feb. 29 that existed: 2020-02-29 on 2021-06-28.
 */
final class PastBias {
    private PastBias() {
    }

    /** Whether month/day exists in some year (Feb. 29 does, Feb. 30 and April 31 never). */
    static boolean canExist(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).maxLength();
    }

    /** The most recent existing month/day on or before the anchor; {@link #canExist} must hold. */
    static LocalDate recentDay(int month, int day, LocalDate anchor) {
        // a Feb. 29 is at most 8 years back (1896 -> 1904 skips 1900)
        for (int year = anchor.getYear(); year >= anchor.getYear() - 8; year--) {
            if (day <= YearMonth.of(year, month).lengthOfMonth()) {
                LocalDate date = LocalDate.of(year, month, day);
                if (!date.isAfter(anchor)) {
                    return date;
                }
            }
        }
        throw new IllegalArgumentException("no " + month + "/" + day + " before " + anchor);
    }

    /** The first existing month/day on or after the anchor; {@link #canExist} must hold. */
    static LocalDate nextDay(int month, int day, LocalDate anchor) {
        for (int year = anchor.getYear(); year <= anchor.getYear() + 8; year++) {
            if (day <= YearMonth.of(year, month).lengthOfMonth()) {
                LocalDate date = LocalDate.of(year, month, day);
                if (!date.isBefore(anchor)) {
                    return date;
                }
            }
        }
        throw new IllegalArgumentException("no " + month + "/" + day + " after " + anchor);
    }

    /** The month/day the bias points to: the most recent one, or the next one. */
    static LocalDate day(int month, int day, LocalDate anchor, boolean ahead) {
        return ahead ? nextDay(month, day, anchor) : recentDay(month, day, anchor);
    }

    /** The month the bias points to: the most recent begun by the anchor, or the first not yet over. */
    static YearMonth month(int month, LocalDate anchor, boolean ahead) {
        if (ahead) {
            return YearMonth.of(month >= anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1, month);
        }
        return recentMonth(month, anchor);
    }

    /** The most recent such month that has begun by the anchor. */
    static YearMonth recentMonth(int month, LocalDate anchor) {
        int year = month <= anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1;
        return YearMonth.of(year, month);
    }

    /**
     * "21" in "2/1/21": the year ending so within the 90 years before and the 10 after the anchor's year
     * (on 2021-06-28: "31" is 2031, "32" is 1932), the usual pivot for copy that also announces events.
     */
    static int twoDigitYear(int twoDigits, LocalDate anchor) {
        int latest = anchor.getYear() + 10;
        return latest - Math.floorMod(latest - twoDigits, 100);
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
