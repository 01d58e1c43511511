package io.factcheck.story.timex;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.story.text.Tense;
import io.factcheck.story.text.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static io.factcheck.story.timex.TimexRun.PREPOSITIONS;
import static io.factcheck.story.timex.TimexRun.SHIFTS;

/** Calendar periods the reader leaves to the copy: quarters and halves, seasons, centuries. */
final class TimexPeriods extends TimexFamily {
    /** Decades in words, at the index of their tens: "the nineties" is 199 in a story of 1998. */
    private static final List<String> DECADES = List.of("", "", "twenties", "thirties", "forties", "fifties",
            "sixties", "seventies", "eighties", "nineties");

    TimexPeriods(TimexRun r) {
        super(r);
    }

    /** "the first quarter" 2021-Q1, "Q3 2020", "the second half of 2020" 2020-H2. */
    int quarter(int i) {
        int j = t.get(i).is("the") ? i + 1 : i;
        if (j + 1 < r.s.to() && t.get(j).is("fiscal")) {
            j++; // "the fiscal first quarter": the company's quarter, in the TIMEX3
        }
        if (j >= r.s.to()) {
            return -1;
        }
        String lower = t.get(j).lower();
        if (lower.startsWith("fiscal-")) {
            lower = lower.substring(7); // "the fiscal-first quarter"
        }
        String which = null;
        String part = "Q";
        int end;
        boolean adjective = false;
        if (lower.length() == 2 && lower.charAt(0) == 'q' && lower.charAt(1) >= '1' && lower.charAt(1) <= '4'
                && t.get(j).capitalized()) {
            which = lower.substring(1);
            end = j + 1;
        } else if (lower.endsWith("-quarter") && TimeWords.ORDINALS.containsKey(lower.substring(0, lower.length() - 8))) {
            which = TimeWords.ORDINALS.get(lower.substring(0, lower.length() - 8));
            end = j + 1;
            adjective = true;
        } else if (lower.endsWith("-half") && TimeWords.ORDINALS.containsKey(lower.substring(0, lower.length() - 5))
                && j + 1 < r.s.to() && t.get(j + 1).isWord()) {
            which = TimeWords.ORDINALS.get(lower.substring(0, lower.length() - 5)); // "second-half sales"
            part = "H";
            end = j + 1;
            adjective = true;
            if (which.compareTo("2") > 0) {
                return -1;
            }
        } else if (j + 1 < r.s.to() && (TimeWords.ORDINALS.containsKey(lower) || lower.equals("last")
                && t.get(j + 1).is("half")) && (t.get(j + 1).is("quarter") || t.get(j + 1).is("half"))) {
            which = lower.equals("last") ? "2" : TimeWords.ORDINALS.get(lower); // "the last half of 1989"
            part = t.get(j + 1).is("half") ? "H" : "Q";
            end = j + 2;
            if (part.equals("H") && which.compareTo("2") > 0) {
                return -1;
            }
        } else {
            return -1;
        }
        int year = -1;
        if (end + 1 < r.s.to() && t.get(end).is("of") && TimexRun.year(t.get(end + 1)) > 0) {
            year = TimexRun.year(t.get(end + 1));
            end += 2;
        } else if (end < r.s.to() && TimexRun.year(t.get(end)) > 0 && part.equals("Q")) {
            year = TimexRun.year(t.get(end));
            end++;
        } else if (end + 2 < r.s.to() && t.get(end).is("of") && (t.get(end + 1).is("this") || t.get(end + 1).is("last")
                || t.get(end + 1).is("next") || t.get(end + 1).is("the")) && t.get(end + 2).is("year")) {
            String shift = t.get(end + 1).lower();
            year = r.published.getYear() + (shift.equals("last") ? -1 : shift.equals("next") ? 1 : 0);
            end += 3;
        } else if (part.equals("H") && end - j > 1) {
            return -1; // "the first half" of a match, a century...
        }
        int n = which.charAt(0) - '0';
        int months = part.equals("Q") ? 3 : 6;
        if (year < 0) {
            year = r.published.getYear();
            LocalDate start = LocalDate.of(year, (n - 1) * months + 1, 1);
            if (start.isAfter(r.published)) {
                year--; // the last one begun by the story's date...
                start = start.minusYears(1);
            }
            long days = r.published.toEpochDay();
            long lastMiddle = start.plusMonths(months).toEpochDay() / 2 + start.toEpochDay() / 2;
            if (Tense.ahead(t, r.s.from(), r.s.to(), i, end) && days - lastMiddle > lastMiddle + 365 - days) {
                year++; // ...unless the copy looks ahead and the next one is nearer ("will report third-quarter")
            }
        }
        LocalDate start = LocalDate.of(year, (n - 1) * months + 1, 1);
        Timex timex = new Timex("DATE", year + "-" + part + n, null);
        int first = adjective && end == j + 1 && t.get(i).is("the") ? i + 1 : i; // "the" of "the third-quarter loss"
        r.add(first, end, timex, List.of(TimexRun.reading(new DateSpan(start, start.plusMonths(months).minusDays(1),
                DatePrecision.FUZZY))));
        r.remember(timex.value(), start);
        return end;
    }

    /** "last summer" 2020-SU, "the summer of 2019", "in the spring", "early winter". */
    int season(int i) {
        int j = i;
        String shift = null;
        String mod = null;
        if (t.get(j).is("the")) {
            j++;
        }
        if (j < r.s.to() && SHIFTS.contains(t.get(j).lower())) {
            shift = t.get(j).lower();
            j++;
        } else if (j < r.s.to() && (t.get(j).is("early") || t.get(j).is("late") || t.get(j).is("mid"))) {
            mod = t.get(j).is("early") ? "START" : t.get(j).is("late") ? "END" : "MID";
            j++;
        }
        if (j >= r.s.to()) {
            return -1;
        }
        Token w = t.get(j);
        String code = TimeWords.SEASONS.get(w.lower());
        if (code == null || w.capitalized() && j != r.s.from()) {
            return -1;
        }
        int end = j + 1;
        int year = -1;
        int[] spelled = end + 1 < r.s.to() && t.get(end).is("of") ? TimeWords.spelledYear(t, end + 1, r.s.to()) : null;
        if (end + 1 < r.s.to() && t.get(end).is("of") && TimexRun.year(t.get(end + 1)) > 0) {
            year = TimexRun.year(t.get(end + 1));
            end += 2;
        } else if (spelled != null) { // "the winter of nineteen ninety-four"
            year = spelled[0];
            end = spelled[1];
        } else if (end < r.s.to() && TimexRun.year(t.get(end)) > 0) {
            year = TimexRun.year(t.get(end));
            end++;
        }
        boolean ambiguous = w.is("spring") || w.is("fall");
        if (shift == null && year < 0) {
            Token before = i > r.s.from() ? t.get(i - 1) : null;
            boolean framed = t.get(i).is("the") && before != null && PREPOSITIONS.contains(before.lower())
                    || !ambiguous && (i == j && before != null && PREPOSITIONS.contains(before.lower()) || mod != null
                    || t.get(i).is("the"));
            boolean ofSomething = end < r.s.to() && t.get(end).is("of");
            if (!framed || ofSomething) {
                return -1;
            }
        }
        int start = i;
        if (year < 0) {
            year = seasonYear(code, shift, Tense.ahead(t, r.s.from(), r.s.to(), i, end));
        }
        r.add(start, end, new Timex("DATE", year + "-" + code, mod), List.of());
        return end;
    }

    /** The year of a season: the one that has begun by the publication date, or the one to come. */
    private int seasonYear(String code, String shift, boolean ahead) {
        int startMonth = TimeWords.SEASON_START.get(code);
        int year = r.published.getYear();
        LocalDate start = LocalDate.of(year, startMonth, 1);
        if (code.equals("WI") && r.published.getMonthValue() <= 2) {
            start = start.minusYears(1);
        }
        LocalDate end = start.plusMonths(3).minusDays(1);
        boolean begun = !start.isAfter(r.published);
        boolean over = end.isBefore(r.published);
        int current = start.getYear();
        if ("last".equals(shift) || "past".equals(shift) || "previous".equals(shift)) {
            return over ? current : current - 1;
        }
        if ("next".equals(shift) || "coming".equals(shift)) {
            return begun ? current + 1 : current;
        }
        if ("this".equals(shift)) {
            return current;
        }
        if (ahead) {
            return over ? current + 1 : current;
        }
        return begun ? current : current - 1;
    }

    /** "the 19th century" 18, "this century" 20. */
    int century(int i) {
        int j = t.get(i).is("the") ? i + 1 : i;
        int decade = j < r.s.to() && j > i ? DECADES.indexOf(t.get(j).lower()) : -1;
        if (decade >= 0) { // "the nineties": the decade of the century the story is in, or the last one's
            int century = r.published.getYear() / 100 * 100 - (decade * 10 > r.published.getYear() % 100 ? 100 : 0);
            r.add(i, j + 1, new Timex("DATE", String.valueOf((century + decade * 10) / 10), null), List.of());
            return j + 1;
        }
        if (j + 1 >= r.s.to() || !t.get(j + 1).is("century")) {
            return -1;
        }
        String w = t.get(j).lower();
        int n;
        if (w.equals("this") || w.equals("last") || w.equals("next")) {
            n = r.published.getYear() / 100 + 1 + (w.equals("last") ? -1 : w.equals("next") ? 1 : 0);
        } else if (w.length() >= 3 && w.length() <= 4 && Character.isDigit(w.charAt(0))
                && Character.isDigit(w.charAt(w.length() - 3)) && (w.endsWith("th")
                || w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd"))) {
            n = Integer.parseInt(w.substring(0, w.length() - 2));
        } else {
            return -1;
        }
        if (n < 1 || n > 30) {
            return -1;
        }
        r.add(i, j + 2, new Timex("DATE", String.format(Locale.ROOT, "%02d", n - 1), null), List.of());
        return j + 2;
    }
}
