package io.factcheck.story.timex;


import io.factcheck.story.text.Token;

import java.util.List;
import java.util.Locale;

/** Sets, TIMEX3's recurring times: "every year" P1Y, "each Monday", "twice a week", "daily", "on Mondays". */
final class TimexSets extends TimexFamily {
    TimexSets(TimexRun r) {
        super(r);
    }

    /** "every year", "each Monday", "twice a week", "daily", "on Mondays". */
    int set(int i) {
        Token w = t.get(i);
        String lower = w.lower();
        String frequency = TimeWords.FREQUENCIES.get(lower);
        boolean adjective = i + 1 < r.s.to() && t.get(i + 1).isWord() && !t.get(i + 1).capitalized();
        if (frequency != null && lower.equals("quarterly") && adjective) {
            return -1; // "a quarterly dividend": a kind of payment, not a recurring time TimeML marks
        }
        if (frequency != null && (!w.capitalized() || i == r.s.from())) {
            r.add(i, i + 1, new Timex("SET", frequency, null), List.of());
            return i + 1;
        }
        if (w.capitalized() && lower.endsWith("s") && TimeWords.weekday(lower.substring(0, lower.length() - 1)) > 0
                && !w.possessive()) {
            r.add(i, i + 1, new Timex("SET", "XXXX-WXX-" + TimeWords.weekday(lower.substring(0, lower.length() - 1)),
                    null), List.of());
            return i + 1;
        }
        int at = i;
        if (w.is("once") || w.is("twice") || w.is("thrice")) {
            at = i + 1;
        } else if (TimeWords.count(w) != null && i + 1 < r.s.to() && t.get(i + 1).is("times")) {
            at = i + 2;
        }
        if (at > i) {
            if (at + 1 < r.s.to() && (t.get(at).is("a") || t.get(at).is("an") || t.get(at).is("per")
                    || t.get(at).is("every") || t.get(at).is("each"))) {
                TimeWords.Unit unit = TimeWords.UNITS.get(t.get(at + 1).lower());
                if (unit != null) {
                    r.add(i, at + 2, new Timex("SET", unit.duration("1"), null), List.of());
                    return at + 2;
                }
            }
            return -1;
        }
        if (!(w.is("every") || w.is("each")) || i + 1 >= r.s.to()) {
            return -1;
        }
        int j = i + 1;
        String count = "1";
        if (t.get(j).is("other") && j + 1 < r.s.to()) {
            count = "2";
            j++;
        } else if (TimeWords.count(t.get(j)) != null && j + 1 < r.s.to() && !t.get(j).is("a")) {
            count = TimeWords.count(t.get(j));
            j++;
        }
        String next = t.get(j).lower();
        TimeWords.Unit unit = TimeWords.UNITS.get(next);
        String value = null;
        if (unit != null) {
            value = unit.duration(count);
        } else if (TimeWords.weekday(next) > 0) {
            value = "XXXX-WXX-" + TimeWords.weekday(next);
        } else if (TimeWords.month(next) > 0 && t.get(j).capitalized()) {
            value = String.format(Locale.ROOT, "XXXX-%02d", TimeWords.month(next));
        } else if (TimeWords.PARTS_OF_DAY.containsKey(next)) {
            value = "XXXX-XX-XX" + TimeWords.PARTS_OF_DAY.get(next);
        } else if (next.equals("weekend")) {
            value = "XXXX-WXX-WE";
        } else if (TimeWords.SEASONS.containsKey(next)) {
            value = "XXXX-" + TimeWords.SEASONS.get(next);
        }
        if (value == null) {
            return -1;
        }
        r.add(i, j + 1, new Timex("SET", value, null), List.of());
        return j + 1;
    }
}
