package io.factcheck.story.timex;


import io.factcheck.kernel.DateSpan;
import io.factcheck.story.text.Tense;
import io.factcheck.story.text.Token;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;

/**
 * The periods a company's results speak of, as TimeML annotates financial news: "the quarter", "the latest quarter",
 * "the year-earlier period", "the year-ago quarter", "the 1988 quarter", "the year ended Sept. 30" (P1Y), "the
 * fiscal year", "the full year", "year-end". A quarter without its number is the quarter the copy last named, else
 * the last one ended before the story; "year-earlier" and "year-ago" put it a year back.
 */
final class TimexReportingPeriods extends TimexFamily {
    /** Words between "the" and the period that keep it the current one of the report. */
    private static final Set<String> CURRENT = Set.of("latest", "current", "recent", "most-recent", "same",
            "corresponding");
    private static final Set<String> YEAR_BACK = Set.of("year-earlier", "year-ago", "prior-year", "comparable");

    TimexReportingPeriods(TimexRun r) {
        super(r);
    }

    /** "the quarter", "the year-ago period", "the 1988 quarter", "the fiscal year", "year-end"; the end, or -1. */
    int period(int i) {
        Token w = t.get(i);
        if (w.is("year-end") || w.is("year") && i + 1 < r.s.to() && t.get(i + 1).is("end")
                && !t.get(i + 1).possessive()) {
            int end = w.is("year-end") ? i + 1 : i + 2;
            boolean ahead = Tense.ahead(t, r.s.from(), r.s.to(), i, end);
            int start = i > r.s.from() && t.get(i - 1).is("the") ? i - 1 : i;
            boolean since = start > r.s.from() && t.get(start - 1).is("since"); // "since year-end": the last one
            int year = r.published.getYear() - (!since && (ahead || r.published.getMonthValue() >= 10) ? 0 : 1);
            r.add(start, end, new Timex("DATE", year + "-12-31", null),
                    List.of(TimexRun.reading(DateSpan.day(LocalDate.of(year, 12, 31)))));
            return end;
        }
        if ((w.is("this") || w.is("last") || w.is("next")) && i + 2 < r.s.to() && t.get(i + 1).is("year")
                && t.get(i + 1).possessive()) {
            return ofYear(i, i + 2, r.published.getYear() + (w.is("last") ? -1 : w.is("next") ? 1 : 0));
        }
        if ((w.is("year-earlier") || w.is("year-ago")) && (i == r.s.from() || !t.get(i - 1).is("the")
                || !namesPeriod(i + 1))) {
            // "year-earlier profit", "the year-ago results": the period of the report a year before
            String value = r.quarter != null && !r.longPeriod ? quarter(r.quarter.minusYears(1))
                    : String.valueOf(r.published.getYear() - 1);
            r.add(i, i + 1, new Timex("DATE", value, null), List.of());
            return i + 1;
        }
        if (w.is("this") && i + 1 < r.s.to() && t.get(i + 1).is("quarter")) {
            LocalDate quarter = r.quarter != null ? r.quarter : lastEnded();
            r.add(i, i + 2, new Timex("DATE", quarter(quarter), null), List.of());
            return i + 2;
        }
        if (!w.is("the") && !w.is("that") || i + 1 >= r.s.to()) {
            return -1;
        }
        int j = i + 1;
        boolean back = false;
        boolean current = false;
        LocalDate named = null;
        int year = -1;
        while (j < r.s.to() - 1) {
            Token m = t.get(j);
            if (CURRENT.contains(m.lower())) {
                current = true;
                named = m.is("latest") || m.is("most-recent") ? lastEnded()
                        : m.is("current") ? r.published.with(IsoFields.DAY_OF_QUARTER, 1) : named;
            } else if (YEAR_BACK.contains(m.lower())) {
                back = true;
            } else if (TimexRun.year(m) > 0) {
                year = TimexRun.year(m);
            } else if (!m.is("fiscal") && !m.is("full") && !m.is("entire")) {
                break;
            }
            j++;
        }
        Token head = t.get(j);
        boolean that = w.is("that");
        if (TimeWords.ORDINALS.containsKey(head.lower()) && (year > 0 || back)) {
            int y = year > 0 ? year : (r.quarter != null ? r.quarter : lastEnded()).getYear() - 1;
            return ofYear(i, j, y); // "the 1988 second quarter", "the year-ago third quarter"
        }
        int yearBack = year < 0 ? yearBackAfter(j + 1) : -1; // "the quarter a year ago", "the same period last year"
        if (yearBack > 0 && (head.is("quarter") || head.is("period"))) {
            back = true;
        }
        if (head.is("quarter") || head.is("period") && (back || current || year > 0 || that)) {
            // "the latest quarter" is the last one ended, "the current quarter" the story's; else the copy's
            LocalDate quarter = named != null && head.is("quarter") ? named : r.quarter != null ? r.quarter
                    : lastEnded();
            if (head.is("quarter") && !back && !that && year < 0 && endedAt(j + 1) != null) {
                quarter = endedAt(j + 1);
            }
            int y = year > 0 ? year : quarter.getYear() - (back ? 1 : 0);
            // "the first nine months ... the 1988 period": that long period a year before, a year
            boolean ofLongPeriod = head.is("period") && r.longPeriod && (back || year > 0);
            String value = ofLongPeriod ? String.valueOf(y) : y + "-Q" + quarter.get(IsoFields.QUARTER_OF_YEAR);
            int end = yearBack > 0 ? yearBack : j + 1;
            r.add(i, end, new Timex("DATE", value, null), List.of());
            if (named != null && !back) {
                r.remember(value, quarter.withYear(y)); // "a year ago" after "the latest quarter" is that quarter's
            }
            return end;
        }
        if (head.is("year") && !head.possessive() && !that && year < 0) {
            Token after = j + 1 < r.s.to() ? t.get(j + 1) : null;
            int[] spelled = TimeWords.spelledYear(t, j + 1, r.s.to());
            if (spelled != null && j == i + 1) { // "the year two thousand"
                r.add(i, spelled[1], new Timex("DATE", String.valueOf(spelled[0]), null), List.of());
                r.remember(String.valueOf(spelled[0]), LocalDate.of(spelled[0], 1, 1));
                return spelled[1];
            }
            if (after != null && (after.is("ended") || after.is("ending") || after.is("to"))) {
                r.add(i, j + 1, new Timex("DURATION", "P1Y", null), List.of()); // "the year ended Sept. 30"
                return j + 1;
            }
            if (after != null && (after.is("before") || after.is("after") || after.is("earlier")
                    || after.is("later") || after.is("ago"))) {
                return -1;
            }
            int y = r.published.getYear() - (back ? 1 : 0);
            r.add(i, j + 1, new Timex("DATE", String.valueOf(y), null), List.of());
            return j + 1;
        }
        return -1;
    }

    /**
     * "this year's third quarter", "last year's quarter", "the 1988 second quarter": the quarter or half at {@code at}
     * (its number, or the copy's quarter's) in the year given; the end, or -1.
     */
    private int ofYear(int from, int at, int year) {
        String which = TimeWords.ORDINALS.get(t.get(at).lower());
        int j = which != null ? at + 1 : at;
        if (j >= r.s.to() || !t.get(j).is("quarter") && !(t.get(j).is("half") && which != null)) {
            return -1;
        }
        String part = t.get(j).is("half") ? "H" : "Q";
        if (which == null) {
            which = String.valueOf((r.quarter != null ? r.quarter : lastEnded()).get(IsoFields.QUARTER_OF_YEAR));
        }
        String value = year + "-" + part + which;
        r.add(from, j + 1, new Timex("DATE", value, null), List.of());
        if (part.equals("Q")) {
            r.remember(value, LocalDate.of(year, (which.charAt(0) - '0') * 3 - 2, 1));
        }
        return j + 1;
    }

    /** "a year ago", "a year earlier", "last year" at {@code at}, after a period's name: where it ends, or -1. */
    private int yearBackAfter(int at) {
        if (at + 1 < r.s.to() && t.get(at).is("last") && t.get(at + 1).is("year") && !t.get(at + 1).possessive()) {
            return at + 2;
        }
        if (at + 2 < r.s.to() && t.get(at).is("a") && t.get(at + 1).is("year")
                && (t.get(at + 2).is("ago") || t.get(at + 2).is("earlier"))) {
            return at + 3;
        }
        return -1;
    }

    /** Whether the token at {@code at} begins a period's name: "quarter", "period", "third quarter", "nine months". */
    private boolean namesPeriod(int at) {
        if (at >= r.s.to()) {
            return false;
        }
        Token w = t.get(at);
        return w.is("quarter") || w.is("period") || w.is("year") || w.is("half") || w.is("fiscal")
                || TimeWords.ORDINALS.containsKey(w.lower()) || TimeWords.count(w) != null;
    }

    private static String quarter(LocalDate day) {
        return TimexAnchors.value(day, TimexAnchors.Grain.QUARTER);
    }

    /** The last quarter ended before the story's date: the one a report of results speaks of. */
    private LocalDate lastEnded() {
        return r.published.with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3);
    }

    /** "ended June 30", "ending Sept. 30" after a quarter: a day in the quarter it names, or null. */
    private LocalDate endedAt(int at) {
        if (at + 1 >= r.s.to() || !(t.get(at).is("ended") || t.get(at).is("ending"))) {
            return null;
        }
        int month = TimeWords.monthOf(t.get(at + 1).lower());
        if (month == 0) {
            return null;
        }
        LocalDate day = LocalDate.of(r.published.getYear(), month, 1);
        // the three months ended then are mostly in the calendar quarter of the middle one: "ended July 31" is Q2
        return (day.isAfter(r.published) ? day.minusYears(1) : day).minusMonths(1);
    }
}
