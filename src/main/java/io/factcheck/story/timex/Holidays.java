package io.factcheck.story.timex;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Holidays as days of a year: fixed ones ("Christmas" December 25) and those whose date moves (Easter by the
 * Gregorian computus, Thanksgiving the fourth Thursday of November, Election Day the Tuesday after the first Monday
 * of November: the United States', as the copy TimeML annotates is American).
 */
final class Holidays {
    private static final Map<String, IntFunction<LocalDate>> DAYS = Map.ofEntries(
            Map.entry("christmas", fixed(12, 25)), Map.entry("christmas eve", fixed(12, 24)),
            Map.entry("new year's day", fixed(1, 1)), Map.entry("new year's eve", fixed(12, 31)),
            Map.entry("halloween", fixed(10, 31)), Map.entry("valentine's day", fixed(2, 14)),
            Map.entry("independence day", fixed(7, 4)), Map.entry("veterans day", fixed(11, 11)),
            Map.entry("easter", Holidays::easter), Map.entry("good friday", y -> easter(y).minusDays(2)),
            Map.entry("easter sunday", Holidays::easter), Map.entry("easter monday", y -> easter(y).plusDays(1)),
            Map.entry("thanksgiving", y -> nth(y, 11, DayOfWeek.THURSDAY, 4)),
            Map.entry("labor day", y -> nth(y, 9, DayOfWeek.MONDAY, 1)),
            Map.entry("memorial day", y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(
                    DayOfWeek.MONDAY))),
            Map.entry("election day", y -> nth(y, 11, DayOfWeek.MONDAY, 1).plusDays(1)));

    private Holidays() {
    }

    /** The holiday's day in a year, or null when the words name none. */
    static LocalDate in(String name, int year) {
        IntFunction<LocalDate> day = DAYS.get(name);
        return day == null ? null : day.apply(year);
    }

    /** The nearest one by the copy's tense: the last on or before the story's day, or the next on or after it. */
    static LocalDate nearest(String name, LocalDate published, boolean ahead) {
        LocalDate day = in(name, published.getYear());
        if (day == null) {
            return null;
        }
        if (!ahead && day.isAfter(published)) {
            return in(name, published.getYear() - 1);
        }
        return ahead && day.isBefore(published) ? in(name, published.getYear() + 1) : day;
    }

    /** "the first Monday in October": the n-th such weekday of a month. */
    static LocalDate nth(int year, int month, DayOfWeek weekday, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    private static IntFunction<LocalDate> fixed(int month, int day) {
        return y -> MonthDay.of(month, day).atYear(y);
    }

    /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
