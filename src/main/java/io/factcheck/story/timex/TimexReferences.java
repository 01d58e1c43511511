package io.factcheck.story.timex;

import io.factcheck.kernel.DateSpan;
import io.factcheck.story.text.Tense;
import io.factcheck.story.text.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.factcheck.story.timex.TimexRun.PREPOSITIONS;

/**
 * References to a time the copy does not date: now and the past or future ("currently" PRESENT_REF, "the future"),
 * the publication period's parts ("the end of the year") and holidays ("Christmas Eve").
 */
final class TimexReferences extends TimexFamily {
    /** Nouns after which "current" is a kind of thing, not a time: "current account", "current assets". */
    private static final Set<String> NOT_TIMES = Set.of("account", "accounts", "affairs", "assets", "liabilities",
            "ratio", "events", "flow", "flows", "density", "of", "and", "or");

    TimexReferences(TimexRun r) {
        super(r);
    }

    /**
     * "Christmas", "Christmas Eve", "New Year's Day", "Easter", "Thanksgiving Day", "last Thanksgiving": the day, by
     * the sentence's tense (or "last"/"next"), as a month and day is; the days of movable holidays are computed.
     */
    int holiday(int i) {
        Token w = t.get(i);
        if (!w.capitalized()) {
            return -1;
        }
        for (int n = Math.min(3, r.s.to() - i); n >= 1; n--) {
            StringBuilder name = new StringBuilder();
            for (int k = i; k < i + n; k++) {
                name.append(k > i ? " " : "").append(t.get(k).lower()).append(t.get(k).possessive() ? "'s" : "");
            }
            String words = name.toString();
            if (words.endsWith(" day") && Holidays.in(words, 2000) == null && Holidays.in(words.substring(0,
                    words.length() - 4), 2000) != null) {
                words = words.substring(0, words.length() - 4); // "Thanksgiving Day", "Christmas Day"
            }
            if (Holidays.in(words, 2000) == null || !t.get(i + n - 1).capitalized()) {
                continue;
            }
            Token before = i > r.s.from() ? t.get(i - 1) : null;
            boolean last = before != null && before.is("last");
            boolean next = before != null && before.is("next");
            boolean ahead = next || !last && Tense.ahead(t, r.s.from(), r.s.to(), i, i + n);
            LocalDate day = Holidays.nearest(words, r.published, ahead);
            LocalDate coming = Holidays.in(words, r.published.getYear());
            if (!ahead && !last && coming.isAfter(r.published)
                    && coming.toEpochDay() - r.published.toEpochDay() <= TimexRun.NEAR_AHEAD_DAYS) {
                day = coming; // as a month or day: the next one when it is near ("Easter" a week before it)
            }
            int start = last || next ? i - 1 : i;
            r.add(start, i + n, new Timex("DATE", day.toString(), null), List.of(TimexRun.reading(DateSpan.day(day))));
            r.remember(day.toString(), day);
            return i + n;
        }
        return -1;
    }

    /** "the end of the year", "the beginning of the month": the publication date's year or month, with a mod. */
    int thisPeriod(int i) {
        if (i + 4 >= r.s.to() || !t.get(i).is("the") || !t.get(i + 2).is("of") || !t.get(i + 3).is("the")) {
            return -1;
        }
        String part = t.get(i + 1).lower();
        String mod = part.equals("end") ? "END" : part.equals("beginning") || part.equals("start") ? "START"
                : part.equals("middle") ? "MID" : null;
        String unit = t.get(i + 4).lower();
        String value = unit.equals("year") ? String.valueOf(r.published.getYear())
                : unit.equals("month") ? r.published.toString().substring(0, 7)
                : unit.equals("week") ? TimexAnchors.value(r.published, TimexAnchors.Grain.WEEK) : null;
        if (mod == null || value == null) {
            return -1;
        }
        r.add(i, i + 5, new Timex("DATE", value, mod), List.of());
        return i + 5;
    }

    /**
     * "the near term", "the short term": the future (FUTURE_REF); "the weeks ahead": a stretch of no stated length
     * (PXW). The end, or -1.
     */
    private int termAt(int i) {
        if (!t.get(i).is("the") || i + 2 >= r.s.to()) {
            return -1;
        }
        Token second = t.get(i + 1);
        Token third = t.get(i + 2);
        if ((second.is("near") || second.is("short")) && third.is("term")) {
            r.add(i, i + 3, new Timex("DATE", "FUTURE_REF", null), List.of());
            return i + 3;
        }
        TimeWords.Unit unit = second.lower().endsWith("s") ? TimeWords.UNITS.get(second.lower()) : null;
        if (unit != null && !unit.clock && third.is("ahead")) {
            r.add(i, i + 3, new Timex("DURATION", unit.duration(null), null), List.of());
            return i + 3;
        }
        return -1;
    }

    /** "in the past that...", "well into the future if...": after "in", "the past" is the past whatever follows. */
    private boolean framed(int i) {
        return t.get(i).is("the") && i > r.s.from() && (t.get(i - 1).is("in") || t.get(i - 1).is("into"));
    }

    /** "now", "currently", "recently", "the past", "the future", "the present day". */
    int reference(int i) {
        Token w = t.get(i);
        String value = TimeWords.REFERENCES.get(w.lower());
        if (value != null && (!w.capitalized() || i == r.s.from())) {
            r.add(i, i + 1, new Timex("DATE", value, null), List.of());
            return i + 1;
        }
        if ((w.is("recent") || w.is("some")) && i + 1 < r.s.to() && TimeWords.UNITS.containsKey(t.get(i + 1).lower())
                && t.get(i + 1).lower().endsWith("s")) {
            TimeWords.Unit unit = TimeWords.UNITS.get(t.get(i + 1).lower());
            r.add(i, i + 2, new Timex("DURATION", unit.duration(null), null), List.of()); // "recent years" PXY
            return i + 2;
        }
        if (w.is("current") && i + 1 < r.s.to() && t.get(i + 1).isWord() && !TimeWords.UNITS.containsKey(
                t.get(i + 1).lower()) && !NOT_TIMES.contains(t.get(i + 1).lower())) {
            boolean then = i > r.s.from() && t.get(i - 1).is("then"); // "the then current price": its time, past
            r.add(then ? i - 1 : i, i + 1, new Timex("DATE", then ? "PAST_REF" : "PRESENT_REF", null), List.of());
            return i + 1; // "current market conditions", "his current wife": TimeML's PRESENT_REF
        }
        if (w.is("present") && i > r.s.from() && t.get(i - 1).is("at")) {
            r.add(i, i + 1, new Timex("DATE", "PRESENT_REF", null), List.of());
            return i + 1;
        }
        if (w.is("these") && i + 1 < r.s.to() && t.get(i + 1).is("days")) {
            r.add(i, i + 2, new Timex("DATE", "PRESENT_REF", null), List.of());
            return i + 2;
        }
        if (!w.is("the") && !w.is("future") || i + 1 >= r.s.to() && !w.is("future")) {
            return -1;
        }
        int term = termAt(i);
        if (term > 0) {
            return term;
        }
        int j = w.is("the") ? i + 1 : i;
        if ((t.get(j).is("near") || t.get(j).is("foreseeable") || t.get(j).is("distant")) && j + 1 < r.s.to()) {
            j++;
        }
        String lower = t.get(j).lower();
        Token after = j + 1 < r.s.to() ? t.get(j + 1) : null;
        // "the future holds", "in the future, ...": not "the future president"
        boolean ends = after == null || after.isMark() || !after.isWord() || PREPOSITIONS.contains(after.lower())
                || after.is("and") || after.is("or") || after.is("will") || after.capitalized()
                || after.lower().endsWith("s") || after.lower().endsWith("ed")
                || framed(i) && TimeWords.count(after) == null && !TimeWords.UNITS.containsKey(after.lower())
                && !after.is("few") && !after.is("several") && !after.is("couple") && !after.is("many");
        if (lower.equals("future") && (w.is("the") || i > r.s.from() && t.get(i - 1).is("in")) && ends) {
            r.add(i, j + 1, new Timex("DATE", "FUTURE_REF", null), List.of());
            return j + 1;
        }
        if (lower.equals("past") && w.is("the") && ends && !(after != null && after.is("few"))) {
            r.add(i, j + 1, new Timex("DATE", "PAST_REF", null), List.of());
            return j + 1;
        }
        if (lower.equals("present") && w.is("the") && after != null && after.is("day")) {
            r.add(i, j + 2, new Timex("DATE", "PRESENT_REF", null), List.of());
            return j + 2;
        }
        return -1;
    }
}
