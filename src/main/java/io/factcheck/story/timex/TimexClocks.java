package io.factcheck.story.timex;

import io.factcheck.dates.DateExpressionException;
import io.factcheck.dates.DateReadings;
import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.story.text.DateMentions;
import io.factcheck.story.text.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Clock times: "3 p.m. Monday", "10:30 a.m. EDT", "noon"; and a day's part: "this morning", "last night". */
final class TimexClocks extends TimexFamily {
    private static final Set<String> ZONES = Set.of("gmt", "utc", "edt", "est", "et", "cdt", "cst", "mdt", "mst",
            "pdt", "pst", "pt", "bst", "cet", "cest", "eet", "eest", "msk", "ist", "jst", "aest", "aedt");

    TimexClocks(TimexRun r) {
        super(r);
    }

    int clockAt(int i) {
        Clock clock = clock(i);
        if (clock == null) {
            return -1;
        }
        // "3 p.m. Monday", "3 p.m. on Sunday": the day the copy gives, else the reference day
        int at = r.skip(clock.to(), "on", ",");
        DateMentions.Mention day = at < r.s.to() ? r.s.dateAt(at) : null;
        LocalDate date = r.ref;
        int end = clock.to();
        if (day != null && day.from() == at && day.readings().best().precision()
                == DatePrecision.DAY) {
            date = r.resolved(i, day.from(), day.to(), day.readings()).best().start();
            end = day.to();
        } else if (r.refGrain != TimexAnchors.Grain.DAY) {
            date = r.published; // a time without a day is the day the copy speaks of, else the publication day
        }
        Timex timex = new Timex("TIME", date + "T" + clock.value(), null);
        if (day == null && date.equals(r.ref) && !date.equals(r.published)) {
            r.anchorOnReference();
        }
        r.add(i, end, timex, List.of(TimexRun.reading(DateSpan.day(date))));
        r.remember(timex.value(), date);
        return end;
    }

    /**
     * "mid-afternoon", "mid afternoon yesterday": the middle of a part of the day the copy gives after it, else of the
     * day it speaks of. The end, or -1.
     */
    private int midPart(int i) {
        String lower = t.get(i).lower();
        int at = lower.equals("mid") ? i + 1 : i;
        String part = at < r.s.to() ? t.get(at).lower().replace("mid-", "").replace("mid", "") : "";
        String code = (lower.startsWith("mid") && !part.isEmpty()) ? TimeWords.PARTS_OF_DAY.get(part) : null;
        if (code == null || part.equals("night")) {
            return -1;
        }
        int end = at + 1;
        DateMentions.Mention day = end < r.s.to() ? r.s.dateAt(end) : null;
        LocalDate date = r.refGrain == TimexAnchors.Grain.DAY ? r.ref : r.published;
        if (day != null && day.from() == end && day.to() - day.from() == 1
                && day.readings().best().precision() == DatePrecision.DAY) {
            date = r.resolved(i, day.from(), day.to(), day.readings()).best().start(); // "mid-afternoon yesterday"
            end = day.to();
        } else if (date.equals(r.ref) && !date.equals(r.published)) {
            r.anchorOnReference();
        }
        r.add(i, end, new Timex("TIME", date + code, "MID"), List.of(TimexRun.reading(DateSpan.day(date))));
        return end;
    }

    /** "this morning", "last night": a day and its part, which the reader reads as one phrase. */
    int partOfDay(int i) {
        if (t.get(i).lower().startsWith("mid")) {
            return midPart(i);
        }
        if (i + 1 >= r.s.to() || !TimeWords.PARTS_OF_DAY.containsKey(t.get(i + 1).lower())
                || !(t.get(i).is("this") || t.get(i).is("last"))) {
            return -1;
        }
        DateReadings readings;
        try {
            readings = r.reader.read(r.text(i, i + 2), r.published);
        } catch (DateExpressionException e) {
            return -1;
        }
        Timex timex = Timex.of(r.text(i, i + 2), readings);
        r.addRead(i, i + 2, timex, readings);
        return i + 2;
    }

    record Clock(int to, String value) {
    }

    /** "3 p.m.", "10:30 a.m.", "15:00 GMT", "noon", "midnight", "3pm" from token i, or null. */
    Clock clock(int i) {
        Token w = t.get(i);
        String lower = w.lower();
        if (w.is("noon") || w.is("midday")) {
            return framedClock(i) ? new Clock(i + 1, "12:00") : null;
        }
        if (w.is("midnight")) {
            return framedClock(i) ? new Clock(i + 1, "24:00") : null;
        }
        int hour;
        int minute = 0;
        int j;
        String half = null;
        if (w.isWord() && lower.length() >= 3 && Character.isDigit(lower.charAt(0))
                && (lower.endsWith("am") || lower.endsWith("pm"))) {
            String digits = lower.substring(0, lower.length() - 2);
            if (digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
                return null;
            }
            hour = Integer.parseInt(digits);
            half = lower.substring(lower.length() - 2);
            j = i + 1;
        } else if (w.isNumber() && lower.length() == 4 && lower.indexOf('.') < 0 && lower.indexOf(',') < 0
                && i + 1 < r.s.to() && (t.get(i + 1).is("gmt") || t.get(i + 1).is("utc"))) {
            hour = Integer.parseInt(lower.substring(0, 2)); // "0800 GMT"
            minute = Integer.parseInt(lower.substring(2));
            j = i + 1;
            half = "";
        } else if (w.isNumber() && lower.length() <= 2 && lower.indexOf('.') < 0) {
            hour = Integer.parseInt(lower);
            j = i + 1;
            if (j + 1 < r.s.to() && t.get(j).isMark(':') && t.get(j + 1).isNumber() && t.get(j + 1).lower().length() == 2) {
                minute = Integer.parseInt(t.get(j + 1).lower());
                j += 2;
            } else if (j + 1 < r.s.to() && t.get(j).isMark(':') && t.get(j + 1).isWord()
                    && t.get(j + 1).lower().length() == 4 && Character.isDigit(t.get(j + 1).lower().charAt(0))) {
                String mm = t.get(j + 1).lower(); // "10:30pm"
                if (!Character.isDigit(mm.charAt(1)) || !(mm.endsWith("am") || mm.endsWith("pm"))) {
                    return null;
                }
                minute = Integer.parseInt(mm.substring(0, 2));
                half = mm.substring(2);
                j += 2;
            }
            if (half == null && j < r.s.to()) {
                String next = t.get(j).lower();
                if (next.equals("a.m") || next.equals("p.m") || next.equals("am") || next.equals("pm")) {
                    half = next.startsWith("a") ? "am" : "pm";
                    j++;
                } else if (next.equals("o'clock")) {
                    half = "";
                    j++;
                }
            }
            if (half == null && (j == i + 1 || !framedClock(i) && !(j < r.s.to() && (t.get(j).is("gmt")
                    || t.get(j).is("utc") || t.get(j).is("local"))))) {
                return null;
            }
        } else {
            return null;
        }
        if (minute > 59 || hour > 23 || half != null && !half.isEmpty() && (hour < 1 || hour > 12)) {
            return null;
        }
        if (j < r.s.to() && ZONES.contains(t.get(j).lower()) && t.get(j).text().toUpperCase(Locale.ROOT)
                .equals(t.get(j).text())) {
            j++; // "5 p.m. EDT": the zone is part of the time (its value stays the local clock's)
        } else if (j + 1 < r.s.to() && t.get(j).is("local") && t.get(j + 1).is("time")) {
            j += 2;
        }
        if ("pm".equals(half) && hour < 12) {
            hour += 12;
        } else if ("am".equals(half) && hour == 12) {
            hour = 0;
        }
        return new Clock(j, String.format(Locale.ROOT, "%02d:%02d", hour, minute));
    }

    private boolean framedClock(int i) {
        if (i <= r.s.from()) {
            return false;
        }
        String before = t.get(i - 1).lower();
        return before.equals("at") || before.equals("by") || before.equals("until") || before.equals("after")
                || before.equals("before") || before.equals("around") || before.equals("from")
                || before.equals("since") || before.equals("till") || r.s.dateAt(i - 1) != null;
    }
}
