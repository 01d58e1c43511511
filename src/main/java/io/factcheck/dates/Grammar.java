package io.factcheck.dates;

import io.factcheck.dates.Reading.Grain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static io.factcheck.dates.Kind.AGO;
import static io.factcheck.dates.Kind.COUNT;
import static io.factcheck.dates.Kind.DAY;
import static io.factcheck.dates.Kind.DECADE;
import static io.factcheck.dates.Kind.HEDGE;
import static io.factcheck.dates.Kind.LAST;
import static io.factcheck.dates.Kind.MONTH;
import static io.factcheck.dates.Kind.NEXT;
import static io.factcheck.dates.Kind.NUMERIC;
import static io.factcheck.dates.Kind.PAST;
import static io.factcheck.dates.Kind.RELATIVE_DAY;
import static io.factcheck.dates.Kind.THIS;
import static io.factcheck.dates.Kind.UNIT;
import static io.factcheck.dates.Kind.WEEKDAY;
import static io.factcheck.dates.Kind.WEEKEND;
import static io.factcheck.dates.Kind.YEAR;

/**
 * The forms, as sequences of token kinds that must cover the whole text, plus four modifiers that wrap any form:
 * a stated weekday in front of a day ("Monday, February 1, 2021"), a time of day after a day ("Sunday night"),
 * a part in front of a period ("late February 2021", "the end of last year") and "earlier"/"later" in front of a
 * period holding the anchor ("earlier this month"). Matching is a walk over a short list: no regular expressions.
 */
final class Grammar {

    @FunctionalInterface
    private interface Form {
        /** The readings, or null when the tokens have the form's shape but not its meaning. */
        Parsed read(List<Token> tokens, ReadContext context);
    }

    private record Rule(int[] pattern, Form form) {
        boolean matches(List<Token> tokens) {
            if (tokens.size() != pattern.length) {
                return false;
            }
            for (int i = 0; i < pattern.length; i++) {
                if (!tokens.get(i).isAny(pattern[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int SHIFT = Kind.any(LAST, THIS, NEXT);
    private static final int CALENDAR = Kind.any(MONTH, DAY, YEAR, NUMERIC);

    /**
     * No date expression is longer (the longest, "early Tuesday morning, Feb. 2, 2021", has 6), and the limit keeps
     * the modifiers' recursion small whatever the input.
     */
    static final int MAX_TOKENS = 8;

    private static final List<Rule> RULES = List.of(
            rule(AbsoluteForms::numeric, NUMERIC.bit),
            rule(AbsoluteForms::year, YEAR.bit),
            rule(AbsoluteForms::decade, DECADE.bit),
            rule(AbsoluteForms::month, MONTH.bit),
            rule(AbsoluteForms::monthYear, MONTH.bit, YEAR.bit),
            rule(AbsoluteForms::monthDay, MONTH.bit, DAY.bit),
            rule(AbsoluteForms::dayMonth, DAY.bit, MONTH.bit),
            rule(AbsoluteForms::monthDayYear, MONTH.bit, DAY.bit, YEAR.bit),
            rule(AbsoluteForms::dayMonthYear, DAY.bit, MONTH.bit, YEAR.bit),
            rule(AbsoluteForms::yearMonthDay, YEAR.bit, MONTH.bit, DAY.bit),
            rule(RelativeForms::relativeDay, RELATIVE_DAY.bit),
            rule(RelativeForms::weekday, WEEKDAY.bit),
            rule(RelativeForms::shiftedWeekday, SHIFT, WEEKDAY.bit),
            rule(RelativeForms::weekdayOfWeek, WEEKDAY.bit, SHIFT, UNIT.bit),
            rule(RelativeForms::shiftedMonth, SHIFT, MONTH.bit),
            rule(RelativeForms::shiftedPeriod, SHIFT, UNIT.bit),
            rule(RelativeForms::pastPeriod, PAST.bit, UNIT.bit),
            rule(RelativeForms::pastCount, PAST.bit | LAST.bit, COUNT.bit, UNIT.bit),
            rule(RelativeForms::shiftedWeekend, SHIFT, WEEKEND.bit),
            rule(RelativeForms::weekend, WEEKEND.bit),
            rule(RelativeForms::ago, COUNT.bit, UNIT.bit, AGO.bit),
            rule(RelativeForms::ago, HEDGE.bit, COUNT.bit, UNIT.bit, AGO.bit));

    private Grammar() {
    }

    private static Rule rule(Form form, int... pattern) {
        return new Rule(pattern, form);
    }

    /** The reading of all the tokens, or null when no form covers them. */
    static Parsed parse(List<Token> tokens, ReadContext c) {
        if (tokens.isEmpty()) {
            return null;
        }
        for (Rule rule : RULES) {
            if (rule.matches(tokens)) {
                Parsed parsed = rule.form().read(tokens, c);
                if (parsed != null) {
                    return parsed;
                }
            }
        }
        return tokens.size() > 1 ? modified(tokens, c) : null;
    }

    private static Parsed modified(List<Token> t, ReadContext c) {
        int n = t.size();
        Token first = t.get(0);
        Token last = t.get(n - 1);
        List<Token> rest = t.subList(1, n);
        if (last.is(Kind.TIME_OF_DAY)) {
            // "Sunday night", "yesterday morning": the day itself; the hour does not move the date
            Parsed day = parse(t.subList(0, n - 1), c);
            if (day != null && day.allGrain(Grain.DAY)) {
                return day.wrap("time-of-day", day.understood() + " " + last.word(), r -> r);
            }
        }
        if (first.is(WEEKDAY) && rest.get(0).isAny(CALENDAR)) {
            // only in front of a calendar date: "Monday, Feb. 1", not "Sunday yesterday"
            Parsed date = parse(rest, c);
            if (date != null && date.statedWeekday() == null && date.allGrain(Grain.DAY)) {
                return date.withWeekday(first.weekday(),
                        RelativeForms.name(first.weekday()) + ", " + date.understood());
            }
        }
        if (first.is(Kind.PART)) {
            Parsed period = parse(rest, c);
            if (period != null) {
                Part part = first.part();
                Parsed parsed = period.wrap("part", part.label + " " + period.understood(), r -> partOf(part, r, c));
                if (parsed == null) {
                    throw c.notADate("'" + first.word() + "' applies to a day, week, month, year or decade, not to '"
                            + period.understood() + "'");
                }
                return parsed;
            }
        }
        if (first.is(Kind.EARLIER) || first.is(Kind.LATER)) {
            Parsed period = parse(rest, c);
            if (period != null && period.readings().size() == 1) {
                boolean earlier = first.is(Kind.EARLIER);
                return period.wrap(first.word(), first.word() + " " + period.understood(),
                        r -> clip(r, earlier, c.anchor("'" + first.word() + "'"), c));
            }
        }
        return null;
    }

    /** The part, moved back a year when the year came from the anchor and the part has not begun by it. */
    private static Reading partOf(Part part, Reading period, ReadContext c) {
        Reading reading = part.of(period);
        if (reading != null && period.yearless()) {
            LocalDate anchor = c.anchor("a month without a year");
            if (c.ahead() ? reading.end().isBefore(anchor) : reading.start().isAfter(anchor)) {
                reading = part.of(Reading.month(YearMonth.from(period.start()).plusYears(c.ahead() ? 1 : -1), true));
            }
        }
        return reading;
    }

    /**
     * "earlier this month": from the period's start to the anchor (a period already over is kept whole);
     * "later this year": from the anchor to the period's end.
     */
    private static Reading clip(Reading period, boolean earlier, LocalDate anchor, ReadContext c) {
        if (earlier ? period.start().isAfter(anchor) : period.end().isBefore(anchor)) {
            throw c.notADate(earlier ? "'earlier' needs a period begun by the publication date"
                    : "'later' needs a period not over by the publication date");
        }
        LocalDate start = earlier ? period.start() : max(period.start(), anchor);
        LocalDate end = earlier ? min(period.end(), anchor) : period.end();
        // "earlier this month" on the month's last day still says less than "this month": FUZZY, not MONTH
        return start.equals(end) ? Reading.day(start) : Reading.fuzzy(start, end, Grain.SPAN);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
