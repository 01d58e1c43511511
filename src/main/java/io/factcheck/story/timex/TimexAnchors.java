package io.factcheck.story.timex;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.story.text.Token;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expressions anchored on a time: "the next day", "that night", "two days later" on the reference time, "five months
 * ago" on the publication date; and the grain of a value, which bounds how fine what is anchored on it can be.
 */
final class TimexAnchors extends TimexFamily {
    /** How fine a value is, for expressions anchored on it. */
    enum Grain { DAY, WEEK, MONTH, QUARTER, YEAR }

    private static final Set<String> ANCHOR_SHIFTS = Set.of("next", "following", "previous", "preceding", "same");

    TimexAnchors(TimexRun r) {
        super(r);
    }

    /** "the next day", "the following week", "the same day", "that year": from the reference time. */
    int anchored(int i) {
        Token w = t.get(i);
        int j;
        int shift;
        if (w.is("the") && i + 2 < r.s.to() && ANCHOR_SHIFTS.contains(t.get(i + 1).lower())) {
            String how = t.get(i + 1).lower();
            shift = how.equals("same") ? 0 : how.equals("previous") || how.equals("preceding") ? -1 : 1;
            j = i + 2;
        } else if (w.is("that") && i + 1 < r.s.to()) {
            String part = TimeWords.PARTS_OF_DAY.get(t.get(i + 1).lower());
            if (part != null && r.refGrain == Grain.DAY) { // "that night": the part of the day the copy gave
                Timex timex = new Timex("TIME", r.ref + part, null);
                r.anchorOnReference();
                r.add(i, i + 2, timex, List.of(TimexRun.reading(DateSpan.day(r.ref))));
                return i + 2;
            }
            shift = 0;
            j = i + 1;
        } else {
            return -1;
        }
        int weekday = TimeWords.weekday(t.get(j).lower());
        if (weekday > 0 && shift != 0 && w.is("the") && r.refGrain == Grain.DAY) {
            // "the previous Friday", "the following Monday": the weekday before or after the day the copy speaks of
            LocalDate day = r.ref.plusDays(shift);
            while (day.getDayOfWeek().getValue() != weekday) {
                day = day.plusDays(shift);
            }
            r.anchorOnReference();
            r.add(i, j + 1, new Timex("DATE", day.toString(), null), List.of(TimexRun.reading(DateSpan.day(day))));
            r.remember(day.toString(), day);
            return j + 1;
        }
        TimeWords.Unit unit = TimeWords.UNITS.get(t.get(j).lower());
        if (unit == null || unit.clock || !t.get(j).lower().equals(unit.name().toLowerCase(Locale.ROOT))
                || unit.times > 1 && unit != TimeWords.Unit.FORTNIGHT && unit != TimeWords.Unit.QUARTER) {
            return -1;
        }
        TimexDurations.Quantity q = new TimexDurations.Quantity(i, String.valueOf(Math.abs(shift)), unit, j + 1, null);
        return shifted(q, i, j + 1, r.ref, r.refGrain, shift < 0 ? -1 : 1);
    }

    /** "five months ago" from the publication date, "two days later" from the reference time. */
    int shifted(TimexDurations.Quantity q, int start, int end, LocalDate from, Grain fromGrain, int sign) {
        if (q.count().equals("X") || q.count().equals("half") || q.count().indexOf('.') >= 0) {
            r.add(start, end, new Timex("DATE", sign < 0 ? "PAST_REF" : "FUTURE_REF", q.mod()), List.of());
            return end;
        }
        boolean periodAgo = q.unit() == TimeWords.Unit.YEAR && "1".equals(q.count()) && sign < 0
                && r.quarter != null && !r.longPeriod;
        if (periodAgo) { // "a year ago" in a story of a quarter's results: that quarter a year before
            from = r.quarter;
            fromGrain = Grain.QUARTER;
        }
        long n = (long) Integer.parseInt(q.count()) * q.unit().times * sign;
        LocalDate date;
        Grain grain;
        switch (q.unit()) {
            case SECOND, MINUTE, HOUR, DAY -> {
                date = q.unit() == TimeWords.Unit.DAY ? from.plusDays(n) : from;
                grain = Grain.DAY;
            }
            case WEEK, FORTNIGHT -> {
                date = from.plusWeeks(n);
                grain = Grain.WEEK;
            }
            case MONTH, QUARTER -> {
                date = from.plusMonths(n);
                grain = q.unit() == TimeWords.Unit.QUARTER ? Grain.QUARTER : Grain.MONTH;
            }
            default -> {
                date = from.plusYears(n);
                grain = Grain.YEAR;
            }
        }
        if (periodAgo) {
            grain = Grain.QUARTER;
        } else if (fromGrain.ordinal() > grain.ordinal()) {
            grain = fromGrain; // "a day later" after "in 2015": no finer than the year
        }
        String value = value(date, grain);
        if (!from.equals(r.published) || periodAgo) {
            r.anchorOnReference();
        }
        r.add(start, end, new Timex("DATE", value, q.mod()), List.of(TimexRun.reading(span(date, grain))));
        return end;
    }

    static Grain grainOf(String value) {
        if (value.length() < 4 || !Character.isDigit(value.charAt(0)) || !Character.isDigit(value.charAt(3))) {
            return null;
        }
        if (value.length() == 4) {
            return Grain.YEAR;
        }
        if (value.length() == 7 && value.charAt(4) == '-' && Character.isDigit(value.charAt(5))) {
            return Grain.MONTH;
        }
        if (value.length() == 7 && value.charAt(5) == 'Q' && Character.isDigit(value.charAt(6))) {
            return Grain.QUARTER;
        }
        if (value.length() == 8 && value.charAt(5) == 'W') {
            return Grain.WEEK;
        }
        if (value.length() >= 10 && Character.isDigit(value.charAt(8))) {
            return Grain.DAY;
        }
        return null;
    }

    static String value(LocalDate date, Grain grain) {
        return switch (grain) {
            case DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> date.toString().substring(0, 7);
            case QUARTER -> date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    private static DateSpan span(LocalDate date, Grain grain) {
        return switch (grain) {
            case DAY -> DateSpan.day(date);
            case WEEK -> {
                LocalDate monday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
                yield new DateSpan(monday, monday.plusDays(6), DatePrecision.FUZZY);
            }
            case MONTH -> DateSpan.month(YearMonth.from(date));
            case QUARTER -> {
                LocalDate first = date.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new DateSpan(first, first.plusMonths(3).minusDays(1), DatePrecision.FUZZY);
            }
            case YEAR -> DateSpan.year(date.getYear());
        };
    }
}
