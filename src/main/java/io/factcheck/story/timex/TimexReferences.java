package io.factcheck.story.timex;

import io.factcheck.dates.Bias;
import io.factcheck.dates.DateExpressionException;
import io.factcheck.dates.DateReadings;
import io.factcheck.story.Tense;
import io.factcheck.story.Token;

import java.util.List;

import static io.factcheck.story.timex.TimexRun.PREPOSITIONS;

/**
 * References to a time the copy does not date: now and the past or future ("currently" PRESENT_REF, "the future"),
 * the publication period's parts ("the end of the year") and holidays ("Christmas Eve").
 */
final class TimexReferences extends TimexFamily {
    TimexReferences(TimexRun r) {
        super(r);
    }

    /** "Christmas", "Christmas Eve", "New Year's Day": the day, by the sentence's tense, as a month and day is. */
    int holiday(int i) {
        Token w = t.get(i);
        if (!w.capitalized()) {
            return -1;
        }
        int end = i + 1;
        String day = null;
        if (w.is("christmas")) {
            boolean eve = end < r.s.to() && t.get(end).is("eve");
            day = eve ? "December 24" : "December 25";
            end += eve || end < r.s.to() && t.get(end).is("day") && t.get(end).capitalized() ? 1 : 0;
        } else if (w.is("new") && w.possessive() == false && end + 1 < r.s.to() && t.get(end).is("year")
                && t.get(end).possessive() && (t.get(end + 1).is("day") || t.get(end + 1).is("eve"))) {
            day = t.get(end + 1).is("eve") ? "December 31" : "January 1";
            end += 2;
        } else if (w.is("halloween")) {
            day = "October 31";
        } else if (w.is("valentine") && w.possessive() && end < r.s.to() && t.get(end).is("day")) {
            day = "February 14";
            end++;
        }
        if (day == null) {
            return -1;
        }
        try {
            boolean ahead = Tense.ahead(t, r.s.from(), r.s.to(), i, end);
            DateReadings readings = r.reader.read(day, r.published, ahead ? Bias.FUTURE : Bias.PAST);
            Timex timex = new Timex("DATE", readings.best().start().toString(), null);
            r.addRead(i, end, timex, readings);
            return end;
        } catch (DateExpressionException e) {
            return -1;
        }
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
        int j = w.is("the") ? i + 1 : i;
        if ((t.get(j).is("near") || t.get(j).is("foreseeable") || t.get(j).is("distant")) && j + 1 < r.s.to()) {
            j++;
        }
        String lower = t.get(j).lower();
        Token after = j + 1 < r.s.to() ? t.get(j + 1) : null;
        // "the future holds", "in the future, ...": not "the future president"
        boolean ends = after == null || after.isMark() || !after.isWord() || PREPOSITIONS.contains(after.lower())
                || after.is("and") || after.is("or") || after.is("will") || after.capitalized()
                || after.lower().endsWith("s") || after.lower().endsWith("ed");
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
