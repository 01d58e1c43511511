package io.factcheck.dates;

import io.factcheck.dates.Reading.Grain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Forms read against the publication date (the anchor). Weeks are ISO weeks, Monday to Sunday.
 * <ul>
 *   <li>"today", "tonight", "this morning": the anchor; "yesterday", "last night": the day before; "the day before
 *   yesterday": two days before; "tomorrow", "the day after tomorrow": forward.</li>
 *   <li>"Sunday", "on Sunday": the most recent Sunday on or before the anchor (the anchor itself when it is a
 *   Sunday), the news usage for days of the past week.</li>
 *   <li>"last Friday": the most recent Friday strictly before the anchor; when that is in the anchor's own week, a
 *   second reading is the Friday of the previous week. "this Friday": the Friday of the anchor's week.
 *   "next Monday": the first Monday after the anchor, then the Monday of next week when different.</li>
 *   <li>"last/this/next week|month|year": the calendar period; "the past week|month|year" and "the past N units":
 *   the window ending at the anchor.</li>
 *   <li>"last November": the most recent November that ended before the anchor's month; "this November": November
 *   of the anchor's year (may be ahead); "next November": the first November after the anchor's month.</li>
 *   <li>"N units ago", hedged or not: see {@link Hedge}.</li>
 * </ul>
 */
final class RelativeForms {
    private static final String[] WEEKDAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"};

    private RelativeForms() {
    }

    static Parsed relativeDay(List<Token> t, ReadContext c) {
        Token word = t.get(0);
        LocalDate day = c.anchor("'" + word.word() + "'").plusDays(word.number());
        String understood = Math.abs(word.number()) == 2 ? "the " + word.word() : word.word();
        return Parsed.of(Reading.day(day), "relative-day", understood);
    }

    static Parsed weekday(List<Token> t, ReadContext c) {
        DayOfWeek day = weekdayOf(t.get(0), c);
        LocalDate anchor = c.anchor("a weekday");
        LocalDate date = anchor.with(c.ahead() ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
        return Parsed.of(Reading.day(date), "weekday", name(day));
    }

    /** "last Friday", "this Friday", "next Monday". */
    static Parsed shiftedWeekday(List<Token> t, ReadContext c) {
        Token shift = t.get(0);
        DayOfWeek day = weekdayOf(t.get(1), c);
        LocalDate anchor = c.anchor("a weekday");
        LocalDate ofThisWeek = PastBias.mondayOf(anchor).plusDays(day.getValue() - 1L);
        String understood = shift.word() + " " + name(day);
        if (shift.is(Kind.LAST)) {
            return Parsed.either(Reading.day(anchor.with(TemporalAdjusters.previous(day))),
                    Reading.day(ofThisWeek.minusWeeks(1)), "last-weekday", understood);
        }
        if (shift.is(Kind.NEXT)) {
            return Parsed.either(Reading.day(anchor.with(TemporalAdjusters.next(day))),
                    Reading.day(ofThisWeek.plusWeeks(1)), "next-weekday", understood);
        }
        return Parsed.of(Reading.day(ofThisWeek), "this-weekday", understood);
    }

    /** "Friday last week", "Monday next week". */
    static Parsed weekdayOfWeek(List<Token> t, ReadContext c) {
        if (t.get(2).unit() != Unit.WEEK) {
            return null;
        }
        DayOfWeek day = weekdayOf(t.get(0), c);
        LocalDate monday = PastBias.mondayOf(c.anchor("a weekday")).plusWeeks(shift(t.get(1)));
        return Parsed.of(Reading.day(monday.plusDays(day.getValue() - 1L)), "weekday-of-week",
                name(day) + " " + t.get(1).word() + " week");
    }

    /** "last November", "this November", "next November". */
    static Parsed shiftedMonth(List<Token> t, ReadContext c) {
        Token shift = t.get(0);
        int month = t.get(1).number();
        LocalDate anchor = c.anchor("a month without a year");
        int year = anchor.getYear();
        if (shift.is(Kind.LAST) && month >= anchor.getMonthValue()) {
            year--;
        } else if (shift.is(Kind.NEXT) && month <= anchor.getMonthValue()) {
            year++;
        }
        return Parsed.of(Reading.month(YearMonth.of(year, month), false), "shifted-month",
                shift.word() + " " + Lexicon.monthName(month));
    }

    /** "last week", "this month", "next year". */
    static Parsed shiftedPeriod(List<Token> t, ReadContext c) {
        Unit unit = t.get(1).unit();
        int shift = shift(t.get(0));
        String understood = t.get(0).word() + " " + unit.label;
        Reading reading = switch (unit) {
            case WEEK -> Reading.week(PastBias.mondayOf(c.anchor(understood)).plusWeeks(shift));
            case MONTH -> Reading.month(YearMonth.from(c.anchor(understood)).plusMonths(shift), false);
            case YEAR -> Reading.year(c.anchor(understood).getYear() + shift);
            case DAY, DECADE -> null;
        };
        return reading == null ? null : Parsed.of(reading, "shifted-period", understood);
    }

    /** "last weekend": the most recent weekend over before the anchor's; "this weekend": the anchor's week's. */
    static Parsed shiftedWeekend(List<Token> t, ReadContext c) {
        Token shift = t.get(0);
        LocalDate anchor = c.anchor("a weekend");
        LocalDate thisSaturday = PastBias.mondayOf(anchor).plusDays(5);
        String understood = shift.word() + " weekend";
        if (shift.is(Kind.LAST)) {
            LocalDate sunday = anchor.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
            return Parsed.of(Reading.weekend(sunday.minusDays(1)), "shifted-weekend", understood);
        }
        if (shift.is(Kind.NEXT)) {
            return Parsed.either(Reading.weekend(anchor.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))),
                    Reading.weekend(thisSaturday.plusWeeks(1)), "shifted-weekend", understood);
        }
        return Parsed.of(Reading.weekend(thisSaturday), "shifted-weekend", understood);
    }

    /** "the weekend", "over the weekend": the most recent weekend begun by the anchor. */
    static Parsed weekend(List<Token> t, ReadContext c) {
        LocalDate anchor = c.anchor("a weekend");
        LocalDate saturday = c.ahead() && anchor.getDayOfWeek() != DayOfWeek.SUNDAY
                ? anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return Parsed.of(Reading.weekend(saturday),
                "weekend", "the weekend");
    }

    /** "the past week": the window of one unit ending at the anchor. */
    static Parsed pastPeriod(List<Token> t, ReadContext c) {
        return window(c, 1, t.get(1).unit(), "the past " + t.get(1).unit().label);
    }

    /** "the past two weeks", "the last five years": the window ending at the anchor. */
    static Parsed pastCount(List<Token> t, ReadContext c) {
        Token count = t.get(1);
        Unit unit = t.get(2).unit();
        return window(c, count.upper(), unit, "the past " + count(count) + " " + unit.label(count.upper()));
    }

    private static Parsed window(ReadContext c, int count, Unit unit, String understood) {
        LocalDate anchor = c.anchor("'" + understood + "'");
        LocalDate start = before(c, anchor, count, unit);
        return Parsed.of(start.equals(anchor) ? Reading.day(anchor) : Reading.fuzzy(start, anchor, Grain.SPAN),
                "past-period", understood);
    }

    /** "five months ago", "almost five months ago", "a few days ago". */
    static Parsed ago(List<Token> t, ReadContext c) {
        int n = t.size();
        Hedge hedge = n == 4 ? t.get(0).hedge() : Hedge.EXACT;
        Token count = t.get(n - 3);
        Unit unit = t.get(n - 2).unit();
        String understood = (n == 4 ? hedge.label + " " : "") + count(count) + " " + unit.label(count.upper()) + " ago";
        LocalDate anchor = c.anchor("a time ago");
        try {
            if (count.number() != count.upper()) {
                if (hedge != Hedge.EXACT) {
                    throw c.notADate("'" + t.get(0).word() + "' cannot hedge the vague '" + count.word() + "'");
                }
                return Parsed.of(Reading.of(Hedge.vague(anchor, count.number(), count.upper(), unit)),
                        "vague-ago", understood);
            }
            return Parsed.of(Reading.of(hedge.span(anchor, count.number(), unit)), n == 4 ? "hedged-ago" : "ago",
                    understood);
        } catch (DateTimeException | ArithmeticException e) {
            throw c.noSuchDate("it is further back than the calendar goes");
        }
    }

    private static LocalDate before(ReadContext c, LocalDate anchor, int count, Unit unit) {
        try {
            return unit.before(anchor, count);
        } catch (DateTimeException | ArithmeticException e) {
            throw c.noSuchDate("it is further back than the calendar goes");
        }
    }

    private static String count(Token count) {
        return count.number() == count.upper() ? String.valueOf(count.number()) : count.word();
    }

    private static int shift(Token token) {
        return token.is(Kind.LAST) ? -1 : token.is(Kind.NEXT) ? 1 : 0;
    }

    /** Short weekdays ("Sun", "Sat", "Wed") are also words, so they count only in front of a full date. */
    private static DayOfWeek weekdayOf(Token token, ReadContext c) {
        if (token.abbreviation()) {
            throw c.notADate("'" + token.word() + "' is read as a weekday only in front of a full date;"
                    + " write " + name(token.weekday()));
        }
        return token.weekday();
    }

    /** English name; a table because DayOfWeek.getDisplayName looks up locale data on every call. */
    static String name(DayOfWeek day) {
        return WEEKDAY_NAMES[day.ordinal()];
    }
}
