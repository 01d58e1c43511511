package io.factcheck.story.timex;


import io.factcheck.story.text.Token;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static io.factcheck.story.timex.TimexRun.PREPOSITIONS;
import static io.factcheck.story.timex.TimexRun.SHIFTS;

/**
 * Durations ("almost five months" P5M APPROX, "a week-long", "the coming days" PXD) and the counts they are made of,
 * which "five months ago" and "two days later" shift by.
 */
final class TimexDurations extends TimexFamily {
    /** A count and unit: "almost five months" is count 5, unit MONTH, mod APPROX, tokens [from, to). */
    record Quantity(int from, String count, TimeWords.Unit unit, int to, String mod) {
    }

    private static final Set<String> LATER = Set.of("later", "afterwards", "afterward");
    /** Words between a count and its unit that leave the length as counted. */
    private static final Set<String> BETWEEN = Set.of("more", "additional", "extra", "further", "trading", "business",
            "working", "consecutive", "straight", "full");

    private final TimexAnchors anchors;

    TimexDurations(TimexRun r, TimexAnchors anchors) {
        super(r);
        this.anchors = anchors;
    }

    /** Durations ("almost five months", "a week-long"), "N units ago" and "N units later". */
    int quantityAt(int i) {
        Token w = t.get(i);
        if (w.lower().indexOf('-') > 0 && w.isWord()) {
            return hyphenated(i, i);
        }
        if ((w.is("a") || w.is("an")) && i + 1 < r.s.to() && t.get(i + 1).lower().indexOf('-') > 0) {
            int end = hyphenated(i, i + 1);
            return end < 0 ? -1 : end;
        }
        int from = i;
        boolean window = false;
        if (w.is("the") && i + 2 < r.s.to() && (SHIFTS.contains(t.get(i + 1).lower()) || t.get(i + 1).is("first")
                || t.get(i + 1).is("final") || t.get(i + 1).is("following"))) {
            from = i + 2; // "the next two weeks", "the first six months"
            window = true;
        } else if (w.is("the") && i + 2 < r.s.to() && TimeWords.count(t.get(i + 1)) != null && !t.get(i + 1).is("a")
                && !t.get(i + 1).is("an")) {
            from = i + 1; // "the nine months": the determiner is inside the TIMEX3
            window = true;
        }
        Quantity q = quantity(from, r.s.to(), false);
        if (q == null) {
            return window && from == i + 2 || w.isWord() && TimeWords.UNITS.containsKey(w.lower())
                    ? uncounted(i, from) : -1;
        }
        if (q.to() + 1 < r.s.to() && t.get(q.to()).is("or") && t.get(q.to() + 1).is("so")) {
            // "a week or so (ago)", "the next two years or so": about that long, and the "or so" is in the TIMEX3
            q = new Quantity(q.from(), q.count(), q.unit(), q.to() + 2, q.mod() != null ? q.mod() : "APPROX");
        }
        Token after = q.to() < r.s.to() ? t.get(q.to()) : null;
        boolean counted = after != null && (after.is("ago") || after.is("later") || after.is("earlier"));
        if (!window && !counted && i > r.s.from() && (t.get(i).is("a") || t.get(i).is("an"))) {
            Token before = t.get(i - 1);
            if (before.isNumber() || before.lower().startsWith("$") || before.is("percent")
                    || before.is("cent") || before.isMark('%') || before.is("million") || before.is("billion")) {
                // "$5 a day", "5 percent a year": a rate, which TimeML marks as a SET
                r.add(i, q.to(), new Timex("SET", q.unit().duration("1"), null), List.of());
                return q.to();
            }
        }
        if (after != null && (after.is("old") || after.is("younger") || after.is("older"))) {
            return q.to(); // an age: "five years old"
        }
        if (!window && after != null && after.is("ago")) {
            return anchors.shifted(q, i, q.to() + 1, r.published, TimexAnchors.Grain.DAY, -1);
        }
        if (!window && after != null && (LATER.contains(after.lower()) || after.is("earlier")) && q.unit().clock) {
            return duration(q, i, q.to()); // "a minute and a half later": TimeML marks the span, not a day
        }
        if (!window && after != null && (LATER.contains(after.lower()) || after.is("earlier"))) {
            return anchors.shifted(q, i, q.to() + 1, r.ref, r.refGrain, after.is("earlier") ? -1 : 1);
        }
        return duration(q, i, q.to());
    }

    /**
     * "the coming days", "the past months": a duration of no stated length (PXD, PXM); "years ago": the past.
     * {@code at} is the unit's place for the first form, the word after "the coming" for the second.
     */
    private int uncounted(int i, int at) {
        Token unit = t.get(at);
        String lower = unit.lower();
        if (!lower.endsWith("s") || !TimeWords.UNITS.containsKey(lower)) {
            return -1;
        }
        if (at == i) { // a bare plural: only "years ago"
            if (at + 1 < r.s.to() && t.get(at + 1).is("ago")) {
                r.add(i, at + 2, new Timex("DATE", "PAST_REF", null), List.of());
                return at + 2;
            }
            Token before = at > r.s.from() ? t.get(at - 1) : null;
            Token after = at + 1 < r.s.to() ? t.get(at + 1) : null;
            boolean span = before != null && (before.is("for") || before.is("within")
                    || before.is("in") && (after == null || after.isMark()));
            if (span && !unit.possessive() && TimeWords.UNITS.get(lower).compareTo(TimeWords.Unit.DAY) >= 0) {
                // "for weeks", "within days", "the first time in years": a span of unknown length
                r.add(i, at + 1, new Timex("DURATION", TimeWords.UNITS.get(lower).duration(null), null), List.of());
                return at + 1;
            }
            return -1;
        }
        r.add(i, at + 1, new Timex("DURATION", TimeWords.UNITS.get(lower).duration(null), null), List.of());
        return at + 1;
    }

    /** "week-long", "five-year", "24-hour", "a week-long": a duration as an adjective; "30-year-old" is an age. */
    private int hyphenated(int start, int at) {
        String[] parts = t.get(at).lower().split("-");
        int last = parts.length - 1;
        if (parts[last].equals("long") && last > 0) {
            last--;
        }
        if (parts[parts.length - 1].equals("old")) {
            return at + 1;
        }
        TimeWords.Unit unit = TimeWords.UNITS.get(parts[last]);
        if (unit == null || last == 0 && parts.length == 1) {
            return -1;
        }
        if (parts[last].endsWith("s")) { // "months-long": no stated length
            if (last != 0 || parts.length != 2) {
                return -1;
            }
            r.add(at, at + 1, new Timex("DURATION", unit.duration(null), null), List.of());
            return at + 1;
        }
        String count;
        if (last == 0) {
            count = "1"; // "week-long"
        } else {
            String joined = String.join("-", Arrays.copyOfRange(parts, 0, last));
            Integer spelled = TimeWords.NUMBERS.get(joined);
            count = spelled != null ? String.valueOf(spelled) : digits(joined);
            if (count == null && last == 2) {
                Integer tens = TimeWords.NUMBERS.get(parts[0]);
                Integer ones = TimeWords.NUMBERS.get(parts[1]);
                count = tens != null && ones != null && tens >= 20 && ones < 10 ? String.valueOf(tens + ones)
                        : null;
            }
            if (count == null) {
                return -1;
            }
            start = at; // "a five-year plan": the article belongs to the plan
        }
        r.add(start, at + 1, new Timex("DURATION", unit.duration(count), null), List.of());
        return at + 1;
    }

    int duration(Quantity q, int start, int end) {
        if (end - start == 3 && t.get(start).is("the") && t.get(start + 1).is("past") && "1".equals(q.count())
                && q.unit() == TimeWords.Unit.YEAR) {
            // "the past year": the year before the story's, as "last year" (TimeBank marks it a DATE)
            r.add(start, end, new Timex("DATE", String.valueOf(r.published.getYear() - 1), null), List.of());
            return end;
        }
        String value = q.count().equals("half") ? half(q.unit()) : q.count().endsWith(".5")
                ? andAHalf(q.unit(), Integer.parseInt(q.count().substring(0, q.count().length() - 2)))
                : q.unit().duration(q.count());
        r.add(start, end, new Timex("DURATION", value, q.mod()), List.of());
        return end;
    }

    // ---- helpers

    /**
     * A count and unit from token {@code i}: [qualifier] count unit, "a few days", "a couple of weeks", "half an
     * hour". Inside a reader's mention, a leading "the past" or "the last" is skipped.
     */
    Quantity quantity(int i, int to, boolean inMention) {
        int c = i;
        while (inMention && c < to && (t.get(c).is("the") || t.get(c).is("past") || t.get(c).is("last")
                || t.get(c).is("this") || PREPOSITIONS.contains(t.get(c).lower()) && !t.get(c).is("about")
                && !t.get(c).is("over") && !t.get(c).is("around"))) {
            c++;
        }
        String mod = null;
        if (c < to) {
            TimeWords.Qualifier q = TimeWords.qualifierAt(t, c, to);
            if (q != null) {
                mod = q.mod();
                c += q.words();
            }
        }
        if (c >= to) {
            return null;
        }
        Token ct = t.get(c);
        String count;
        int u;
        if ((ct.is("a") || ct.is("an")) && c + 2 <= to && (t.get(c + 1).is("few") || t.get(c + 1).is("couple"))) {
            count = t.get(c + 1).is("few") ? "X" : "2";
            u = c + 2;
            if (u < to && t.get(u).is("of")) {
                u++;
            }
        } else if (ct.is("half") && c + 1 < to && (t.get(c + 1).is("a") || t.get(c + 1).is("an"))) {
            count = "half";
            u = c + 2;
        } else {
            count = TimeWords.count(ct);
            u = c + 1;
            if (count == null) {
                return inMention ? pastOne(i, c, to, mod) : null;
            }
            int tens = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : 0;
            String ones = u < to && tens >= 20 && tens < 100 && tens % 10 == 0 ? TimeWords.count(t.get(u)) : null;
            if (ones != null && !ones.equals("X") && Integer.parseInt(ones) < 10 && !t.get(u).is("a")) {
                count = String.valueOf(tens + Integer.parseInt(ones)); // "twenty four hours"
                u++;
            }
            if (tens > 0 && andAHalf(u, to)) { // "two and a half years"
                count += ".5";
                u += 3;
            } else if (tens > 0 && u < to && t.get(u).is("1/2")) { // "5 1/2 hours"
                count += ".5";
                u++;
            }
        }
        if (u + 1 < to && BETWEEN.contains(t.get(u).lower()) && TimeWords.UNITS.containsKey(t.get(u + 1).lower())) {
            u++; // "two more weeks", "an additional year", "eight trading days"
        }
        if (u >= to || u >= t.size()) {
            return null;
        }
        TimeWords.Unit unit = TimeWords.UNITS.get(t.get(u).lower());
        if (unit == null || unit == TimeWords.Unit.SECOND && (ct.is("a") || ct.is("an"))) {
            return null;
        }
        if (count.equals("1") && t.get(u).lower().endsWith("s") && !ct.is("one")) {
            return null; // "a days": no
        }
        if (count.chars().allMatch(Character::isDigit) && andAHalf(u + 1, to)) {
            return new Quantity(i, count + ".5", unit, u + 4, mod); // "a minute and a half"
        }
        return new Quantity(i, count, unit, u + 1, mod);
    }

    private boolean andAHalf(int at, int to) {
        return at + 2 < to && t.get(at).is("and") && t.get(at + 1).is("a") && t.get(at + 2).is("half");
    }

    /** N and a half units, as TIMEX3 writes it: "PT1M30S", "PT5H30M", "P2Y6M". */
    private static String andAHalf(TimeWords.Unit unit, int n) {
        return switch (unit) {
            case SECOND -> "PT" + n + ".5S";
            case MINUTE -> "PT" + n + "M30S";
            case HOUR -> "PT" + n + "H30M";
            case DAY -> "P" + n + "DT12H";
            case WEEK -> "P" + (n * 7 + 3) + "DT12H";
            case FORTNIGHT -> "P" + (n * 14 + 7) + "D";
            case MONTH -> "P" + n + "M15D";
            case QUARTER -> "P" + (n * 3 + 1) + "M15D";
            case YEAR -> "P" + n + "Y6M";
            case DECADE -> "P" + (n * 10 + 5) + "Y";
            case CENTURY -> "P" + (n * 100 + 50) + "Y";
        };
    }

    /** "the past week": one unit. */
    private Quantity pastOne(int i, int c, int to, String mod) {
        TimeWords.Unit unit = c < to ? TimeWords.UNITS.get(t.get(c).lower()) : null;
        return unit == null ? null : new Quantity(i, "1", unit, c + 1, mod);
    }

    private static String half(TimeWords.Unit unit) {
        return switch (unit) {
            case SECOND -> "PT0.5S";
            case MINUTE -> "PT30S";
            case HOUR -> "PT30M";
            case DAY -> "PT12H";
            case WEEK -> "P3DT12H";
            case MONTH -> "P15D";
            case YEAR -> "P6M";
            case DECADE -> "P5Y";
            case CENTURY -> "P50Y";
            default -> unit.duration("0.5");
        };
    }

    private static String digits(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return null;
            }
        }
        return s;
    }
}
