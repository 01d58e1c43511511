package io.factcheck.story.timex;

import io.factcheck.story.text.Token;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words of temporal expressions the date reader leaves to the story's tagger: units of durations, counts, the
 * qualifiers that become TIMEX3 {@code mod}s, seasons, set words and references to now. Built once.
 */
final class TimeWords {

    /** A unit of a duration, with its TIMEX3 letter and how many of that letter one unit is. */
    enum Unit {
        SECOND("S", 1, true), MINUTE("M", 1, true), HOUR("H", 1, true), DAY("D", 1, false), WEEK("W", 1, false),
        FORTNIGHT("W", 2, false), MONTH("M", 1, false), QUARTER("M", 3, false), YEAR("Y", 1, false),
        DECADE("Y", 10, false), CENTURY("Y", 100, false);

        final String letter;
        final int times;
        final boolean clock;

        Unit(String letter, int times, boolean clock) {
            this.letter = letter;
            this.times = times;
            this.clock = clock;
        }

        /** "P5M", "PT1H", "P20Y" ("two decades"), "PXY" (an unknown count). */
        String duration(String count) {
            String amount = count == null ? "X" : times == 1 ? count : multiply(count, times);
            return (clock ? "PT" : "P") + amount + letter;
        }

        private static String multiply(String count, int times) {
            try {
                return String.valueOf(Integer.parseInt(count) * times);
            } catch (NumberFormatException e) {
                return "X"; // "several decades": the count is vague
            }
        }
    }

    /** A qualifier in front of a count and the TIMEX3 mod it gives. */
    record Qualifier(int words, String mod) {
    }

    static final Map<String, Unit> UNITS = new HashMap<>();
    static final Map<String, Integer> NUMBERS = new HashMap<>();
    /** Vague counts: "a few", "several" ("X" in a TIMEX3 value). */
    static final Set<String> VAGUE = Set.of("few", "several", "many");
    static final Map<String, String> ORDINALS = Map.ofEntries(Map.entry("first", "1"), Map.entry("1st", "1"),
            Map.entry("second", "2"), Map.entry("2nd", "2"), Map.entry("third", "3"), Map.entry("3rd", "3"),
            Map.entry("fourth", "4"), Map.entry("4th", "4"));
    /** Seasons, TIMEX3 codes, and the month each begins (meteorological seasons). */
    static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA",
            "winter", "WI");
    static final Map<String, Integer> SEASON_START = Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12);
    /** Adverbs and adjectives of frequency: "daily" is TIMEX3 SET P1D. */
    static final Map<String, String> FREQUENCIES = Map.of("daily", "P1D", "weekly", "P1W", "monthly", "P1M",
            "annually", "P1Y", "yearly", "P1Y", "hourly", "PT1H", "nightly", "XXXX-XX-XXTNI", "quarterly", "P3M");
    static final Map<String, String> REFERENCES = Map.of("now", "PRESENT_REF", "currently", "PRESENT_REF",
            "presently", "PRESENT_REF", "nowadays", "PRESENT_REF", "recently", "PAST_REF", "lately", "PAST_REF");
    static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "TMO", "afternoon", "TAF", "evening", "TEV",
            "night", "TNI", "overnight", "TNI");
    static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};

    /** Which of the tagger's forms a word can begin, as bits: most words of copy begin none, and cost one look-up. */
    static final int CLOCK = 1;
    static final int PART_OF_DAY = 2;
    static final int SET = 4;
    static final int ANCHORED = 8;
    static final int QUARTER = 16;
    static final int SEASON = 32;
    static final int CENTURY = 64;
    static final int QUANTITY = 128;
    static final int REFERENCE = 256;
    static final int HOLIDAY = 512;
    static final int THIS_PERIOD = 1024;
    static final int REPORTING = 2048;
    private static final Map<String, Integer> TRIGGERS = new HashMap<>();

    private static final Map<String, Qualifier> QUALIFIERS = new HashMap<>();
    private static final Set<String> QUALIFIER_STARTS = new java.util.HashSet<>();

    private TimeWords() {
    }

    /** The qualifier written from token {@code at} on ("almost", "more than", "at least"), or null. */
    static Qualifier qualifierAt(java.util.List<Token> tokens, int at, int to) {
        if (!QUALIFIER_STARTS.contains(tokens.get(at).lower())) {
            return null;
        }
        for (int n = Math.min(3, to - at); n >= 1; n--) {
            StringBuilder words = new StringBuilder();
            for (int i = at; i < at + n; i++) {
                words.append(i > at ? " " : "").append(tokens.get(i).lower());
            }
            Qualifier q = QUALIFIERS.get(words.toString());
            if (q != null) {
                return q;
            }
        }
        return null;
    }

    /** The forms token {@code t} can begin, as bits; 0 for most words. */
    static int triggers(Token t) {
        String w = t.lower();
        Integer known = TRIGGERS.get(w);
        if (known != null) {
            return known;
        }
        if (t.isNumber()) {
            return CLOCK | SET | QUANTITY;
        }
        if (t.isMark() || w.isEmpty()) {
            return 0;
        }
        int bits = 0;
        if (Character.isDigit(w.charAt(0))) {
            bits |= CLOCK | CENTURY;
        }
        if (w.indexOf('-') > 0) {
            bits |= QUANTITY | QUARTER;
        }
        if (t.capitalized() && w.endsWith("s")) {
            bits |= SET; // "Mondays"
        }
        return bits;
    }

    private static void trigger(int bits, String... words) {
        for (String w : words) {
            TRIGGERS.merge(w, bits, (a, b) -> a | b);
        }
    }

    /** A count as TIMEX3 writes it ("5", "24", "X"), or null when the word is none. */
    static String count(Token t) {
        String w = t.lower();
        if (t.isNumber()) {
            return w.indexOf(',') >= 0 || w.length() > 4 ? null : w.startsWith(".") ? null : w;
        }
        Integer n = NUMBERS.get(w);
        if (n != null) {
            return String.valueOf(n);
        }
        int dash = w.indexOf('-');
        if (dash > 0) { // "twenty-five"
            Integer tens = NUMBERS.get(w.substring(0, dash));
            Integer ones = NUMBERS.get(w.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones >= 1 && ones <= 9) {
                return String.valueOf(tens + ones);
            }
        }
        return VAGUE.contains(w) ? "X" : null;
    }

    static int weekday(String lower) {
        for (int i = 0; i < WEEKDAYS.length; i++) {
            if (WEEKDAYS[i].equals(lower)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * A year written in words from token {@code at} ("nineteen ninety-six", "nineteen eighty", "two thousand", "two
     * thousand and one"), as {year, end}, or null.
     */
    static int[] spelledYear(java.util.List<Token> tokens, int at, int to) {
        if (at + 1 >= to) {
            return null;
        }
        Integer century = NUMBERS.get(tokens.get(at).lower());
        String second = tokens.get(at + 1).lower();
        if (century != null && century == 2 && second.equals("thousand")) {
            int end = at + 2;
            int year = 2000;
            int and = end < to && tokens.get(end).is("and") ? end + 1 : end;
            String ones = and < to ? count(tokens.get(and)) : null;
            if (ones != null && !ones.equals("X") && Integer.parseInt(ones) < 100 && !tokens.get(and).is("a")) {
                year += Integer.parseInt(ones);
                end = and + 1;
            }
            return end < to && UNITS.containsKey(tokens.get(end).lower()) ? null : new int[] {year, end};
        }
        if (century == null || century < 11 || century > 20 || tokens.get(at).isNumber()) {
            return null;
        }
        String rest = count(tokens.get(at + 1));
        if (rest == null || rest.equals("X") || tokens.get(at + 1).isNumber() || tokens.get(at + 1).is("a")) {
            return null;
        }
        int tens = Integer.parseInt(rest);
        return tens >= 10 && tens < 100 ? new int[] {century * 100 + tens, at + 2} : null;
    }

    /** A month's number from its name or abbreviation ("Sept.", "jan"), or 0. */
    static int monthOf(String lower) {
        String name = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        if (name.length() < 3) {
            return 0;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].startsWith(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    static int month(String lower) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(lower)) {
                return i + 1;
            }
        }
        return 0;
    }

    static {
        for (Unit u : Unit.values()) {
            String name = u.name().toLowerCase(java.util.Locale.ROOT);
            UNITS.put(name, u);
            UNITS.put(name + "s", u);
        }
        UNITS.put("centuries", Unit.CENTURY);
        UNITS.put("mins", Unit.MINUTE);
        UNITS.put("hrs", Unit.HOUR);
        String[] small = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        for (int i = 0; i < small.length; i++) {
            NUMBERS.put(small[i], i + 1);
        }
        String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            NUMBERS.put(tens[i], 30 + 10 * i);
        }
        NUMBERS.put("a", 1);
        NUMBERS.put("an", 1);
        NUMBERS.put("hundred", 100);
        NUMBERS.put("dozen", 12);
        for (String w : new String[] {"about", "around", "approximately", "roughly", "some", "almost", "nearly",
                "circa", "approx", "close to", "just about"}) {
            QUALIFIERS.put(w, new Qualifier(w.split(" ").length, "APPROX"));
        }
        for (String w : new String[] {"more than", "over", "upwards of", "well over", "just over", "longer than",
                "in excess of"}) {
            QUALIFIERS.put(w, new Qualifier(w.split(" ").length, "MORE_THAN"));
        }
        for (String w : new String[] {"less than", "under", "fewer than", "just under", "shorter than"}) {
            QUALIFIERS.put(w, new Qualifier(w.split(" ").length, "LESS_THAN"));
        }
        for (String w : new String[] {"at least", "no less than", "no fewer than"}) {
            QUALIFIERS.put(w, new Qualifier(w.split(" ").length, "EQUAL_OR_MORE"));
        }
        for (String w : new String[] {"at most", "up to", "no more than", "not more than"}) {
            QUALIFIERS.put(w, new Qualifier(w.split(" ").length, "EQUAL_OR_LESS"));
        }
        for (String w : QUALIFIERS.keySet()) {
            QUALIFIER_STARTS.add(w.split(" ")[0]);
            trigger(QUANTITY, w.split(" ")[0]);
        }
        trigger(CLOCK, "noon", "midday", "midnight");
        trigger(PART_OF_DAY | ANCHORED | CENTURY | SEASON, "this");
        trigger(PART_OF_DAY | CENTURY | SEASON, "last");
        trigger(PART_OF_DAY, "mid", "mid-morning", "mid-afternoon", "midmorning", "midafternoon");
        trigger(CENTURY, "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties");
        trigger(SET, "every", "each", "once", "twice", "thrice");
        trigger(SET, FREQUENCIES.keySet().toArray(String[]::new));
        trigger(ANCHORED | QUARTER | SEASON | CENTURY | QUANTITY | REFERENCE, "the");
        trigger(ANCHORED, "that");
        trigger(QUARTER, "q1", "q2", "q3", "q4");
        trigger(QUARTER, ORDINALS.keySet().toArray(String[]::new));
        trigger(SEASON, SEASONS.keySet().toArray(String[]::new));
        trigger(SEASON, "next", "past", "coming", "previous", "early", "late", "mid");
        trigger(CENTURY, "next");
        trigger(QUANTITY | SET, NUMBERS.keySet().toArray(String[]::new));
        trigger(QUANTITY, VAGUE.toArray(String[]::new));
        trigger(QUANTITY, "half");
        trigger(REFERENCE, REFERENCES.keySet().toArray(String[]::new));
        trigger(REFERENCE, "present", "these", "future", "near", "foreseeable", "distant");
        trigger(ANCHORED, "following", "same", "preceding");
        trigger(QUANTITY, "final", "couple");
        trigger(HOLIDAY, "christmas", "new", "halloween", "valentine", "easter", "good", "thanksgiving", "labor",
                "memorial", "election", "independence", "veterans");
        trigger(THIS_PERIOD, "the");
        trigger(REPORTING, "the", "that", "year-end", "year", "this", "last", "next");
        trigger(REPORTING, "latest", "current", "most-recent", "year-earlier", "year-ago", "prior-year",
                "comparable", "corresponding", "fiscal", "full", "entire", "quarter", "period");
        trigger(THIS_PERIOD, "end", "beginning", "start", "middle");
        trigger(REFERENCE, "recent", "some", "current");
        trigger(QUANTITY, UNITS.keySet().toArray(String[]::new));
    }
}
