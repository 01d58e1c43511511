package io.factcheck.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Calendar forms: "2021", "February 2021", "Feb. 1, 2021", "1 February", "2021-02-01", "2/1/2021", "the 1990s". */
final class AbsoluteForms {
    private AbsoluteForms() {
    }

    static Parsed year(List<Token> t, ReadContext c) {
        int year = t.get(0).number();
        return Parsed.of(Reading.year(year), "year", String.valueOf(year));
    }

    /** "the 1990s": the ten years, FUZZY (the kernel has no decade precision). */
    static Parsed decade(List<Token> t, ReadContext c) {
        int start = t.get(0).number();
        return Parsed.of(Reading.fuzzy(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31), Reading.Grain.DECADE),
                "decade", "the " + start + "s");
    }

    static Parsed monthYear(List<Token> t, ReadContext c) {
        return monthOfYear(t.get(0).number(), t.get(1).number(), "month-year");
    }

    static Parsed monthDayYear(List<Token> t, ReadContext c) {
        return day(c, t.get(2).number(), t.get(0).number(), t.get(1).number(), "month-day-year");
    }

    static Parsed dayMonthYear(List<Token> t, ReadContext c) {
        return day(c, t.get(2).number(), t.get(1).number(), t.get(0).number(), "day-month-year");
    }

    static Parsed yearMonthDay(List<Token> t, ReadContext c) {
        return day(c, t.get(0).number(), t.get(1).number(), t.get(2).number(), "year-month-day");
    }

    static Parsed monthDay(List<Token> t, ReadContext c) {
        return partialDay(c, t.get(0).number(), t.get(1).number(), "month-day");
    }

    static Parsed dayMonth(List<Token> t, ReadContext c) {
        return partialDay(c, t.get(1).number(), t.get(0).number(), "day-month");
    }

    /** "February", "Feb.": the most recent February begun by the anchor. Lower-case "may" alone is the verb. */
    static Parsed month(List<Token> t, ReadContext c) {
        Token word = t.get(0);
        String name = Lexicon.monthName(word.number());
        if (!word.capitalized() && Lexicon.MONTHS_THAT_ARE_WORDS.contains(word.word())) {
            throw c.notADate("lower-case '" + word.word() + "' alone is read as an ordinary word, not the month;"
                    + " write '" + name + "'");
        }
        LocalDate anchor = c.anchor("a month without a year");
        return Parsed.of(Reading.month(PastBias.month(word.number(), anchor, c.ahead()), true), "month",
                name + " (no year)");
    }

    /**
     * All-digit dates. Year first (2021-02-01, 2021/02/01) is year-month-day. With the year last, dots are
     * day-first (European: 02.01.2021 is 2 January); slashes and dashes are ambiguous, so both readings come back,
     * month-first (US) first, unless one cannot exist (13/2/2021 is only 13 February).
     */
    static Parsed numeric(List<Token> t, ReadContext c) {
        NumericDate n = t.get(0).numeric();
        char sep = n.separator();
        if (n.size() == 3 && n.width(0) == 4 && n.width(1) <= 2 && n.width(2) <= 2) {
            return day(c, n.value(0), n.value(1), n.value(2), sep == '-' ? "iso-date" : "year-month-day");
        }
        if (n.size() == 3 && n.width(0) <= 2 && n.width(1) <= 2 && (n.width(2) == 4 || n.width(2) == 2)) {
            return sep == '.' ? dayFirst(n, c) : eitherOrder(n, c);
        }
        if (n.size() == 2 && n.width(0) == 4 && n.width(1) <= 2 && sep != '.') {
            return monthOfYear(n.value(1), n.value(0), c, sep == '-' ? "iso-month" : "year-month");
        }
        if (n.size() == 2 && n.width(0) <= 2 && n.width(1) == 4) {
            return monthOfYear(n.value(0), n.value(1), c, "numeric-month-year");
        }
        if (n.size() == 2 && n.width(0) <= 2 && n.width(1) <= 2 && sep != '-') {
            return sep == '.' ? partialDay(c, n.value(1), n.value(0), "numeric-day-month")
                    : partialEitherOrder(n, c);
        }
        return null;
    }

    private static Parsed dayFirst(NumericDate n, ReadContext c) {
        if (!PastBias.canExist(n.value(1), n.value(0))) {
            throw c.noSuchDate(noSuchMonthDay(n.value(1), n.value(0)));
        }
        return day(c, year(n, c), n.value(1), n.value(0), "day-first-date");
    }

    /** "13/13": neither month/day nor day/month is a date. */
    private static void requireAnOrder(boolean monthFirst, boolean dayFirst, int a, int b, ReadContext c) {
        if (!monthFirst && !dayFirst) {
            throw c.noSuchDate("neither month/day nor day/month exists: " + noSuchMonthDay(a, b));
        }
    }

    private static Parsed eitherOrder(NumericDate n, ReadContext c) {
        int a = n.value(0);
        int b = n.value(1);
        boolean monthFirst = PastBias.canExist(a, b);
        boolean dayFirst = PastBias.canExist(b, a);
        requireAnOrder(monthFirst, dayFirst, a, b, c);
        int year = year(n, c);
        List<Reading> readings = new ArrayList<>(2);
        String invalid = null;
        for (int order = 0; order < 2; order++) {
            int month = order == 0 ? a : b;
            int day = order == 0 ? b : a;
            if (order == 0 ? monthFirst : dayFirst) {
                if (day <= YearMonth.of(year, month).lengthOfMonth()) {
                    Reading reading = Reading.day(LocalDate.of(year, month, day));
                    if (!readings.contains(reading)) {
                        readings.add(reading);
                    }
                } else {
                    invalid = noSuchDay(year, month, day);
                }
            }
        }
        if (readings.isEmpty()) {
            throw c.noSuchDate(invalid);
        }
        return Parsed.of(readings, "numeric-date", n.value(0) + "/" + n.value(1) + "/" + year
                + (readings.size() > 1 ? " (month/day or day/month)" : ""));
    }

    private static Parsed partialEitherOrder(NumericDate n, ReadContext c) {
        int a = n.value(0);
        int b = n.value(1);
        boolean monthFirst = PastBias.canExist(a, b);
        boolean dayFirst = PastBias.canExist(b, a);
        requireAnOrder(monthFirst, dayFirst, a, b, c);
        LocalDate anchor = c.anchor("a date without a year");
        List<Reading> readings = new ArrayList<>(2);
        if (monthFirst) {
            readings.add(Reading.day(PastBias.day(a, b, anchor, c.ahead())));
        }
        if (dayFirst && a != b) {
            readings.add(Reading.day(PastBias.day(b, a, anchor, c.ahead())));
        }
        return Parsed.of(readings, "numeric-month-day", a + "/" + b + " (no year"
                + (readings.size() > 1 ? "; month/day or day/month)" : ")"));
    }

    private static int year(NumericDate n, ReadContext c) {
        return n.width(2) == 4 ? n.value(2) : PastBias.twoDigitYear(n.value(2), c.anchor("a two-digit year"));
    }

    private static Parsed monthOfYear(int month, int year, ReadContext c, String rule) {
        if (month < 1 || month > 12) {
            throw c.noSuchDate("there is no month " + month);
        }
        return monthOfYear(month, year, rule);
    }

    private static Parsed monthOfYear(int month, int year, String rule) {
        return Parsed.of(Reading.month(YearMonth.of(year, month), false), rule,
                Lexicon.monthName(month) + " " + year);
    }

    private static Parsed day(ReadContext c, int year, int month, int day, String rule) {
        LocalDate date = date(c, year, month, day);
        return Parsed.of(Reading.day(date), rule, Lexicon.monthName(month) + " " + day + ", " + year);
    }

    private static Parsed partialDay(ReadContext c, int month, int day, String rule) {
        if (!PastBias.canExist(month, day)) {
            throw c.noSuchDate(noSuchMonthDay(month, day));
        }
        LocalDate anchor = c.anchor("a date without a year");
        return Parsed.of(Reading.day(PastBias.day(month, day, anchor, c.ahead())), rule,
                Lexicon.monthName(month) + " " + day + " (no year)");
    }

    static LocalDate date(ReadContext c, int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw c.noSuchDate("there is no month " + month);
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            throw c.noSuchDate(noSuchDay(year, month, day));
        }
        return LocalDate.of(year, month, day);
    }

    private static String noSuchMonthDay(int month, int day) {
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        return Lexicon.monthName(month) + " has no day " + day;
    }

    private static String noSuchDay(int year, int month, int day) {
        if (month == 2 && day == 29) {
            return "February " + year + " has no day 29: " + year + " is not a leap year";
        }
        return noSuchMonthDay(month, day);
    }
}
