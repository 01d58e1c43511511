package io.factcheck.story;

import io.factcheck.story.text.Token;

import java.util.List;
import java.util.Map;

/**
 * Reads a count of people in copy: digits ("883", "1,000", "2.3 million"), spelled numbers ("nine", "twenty-five",
 * "two dozen", "a hundred"). "Hundreds", "thousands" and "dozens" are no count: nothing can be checked against them.
 */
final class Counts {
    /** A count in tokens [from, to). */
    record Count(long value, int from, int to) {
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Long> SCALES = Map.of("dozen", 12L, "hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "lakh", 100_000L, "lakhs", 100_000L,
            "crore", 10_000_000L, "crores", 10_000_000L);

    private Counts() {
    }

    /** The count starting at token {@code at}, or null. */
    static Count at(List<Token> tokens, int at, int limit) {
        Token t = tokens.get(at);
        Double base = null;
        if (t.isNumber()) {
            base = digits(t.lower());
        } else if (t.isWord()) {
            base = spelled(t.lower());
            if (base == null && (t.is("a") || t.is("an")) && at + 1 < limit && SCALES.containsKey(tokens.get(at + 1).lower())) {
                base = 1.0; // "a dozen", "a hundred"
            }
        }
        if (base == null) {
            return null;
        }
        int end = at + 1;
        if (t.isNumber() && t.lower().length() <= 3 && t.lower().indexOf(',') < 0 && t.lower().indexOf('.') < 0) {
            // "11 300": thousands set apart by a space, as much of Europe and the UN write them
            while (end < limit && thousandsGroup(tokens.get(end - 1), tokens.get(end))) {
                base = base * 1000 + Double.parseDouble(tokens.get(end).lower());
                end++;
            }
        }
        double value = base;
        while (end < limit && tokens.get(end).isWord() && SCALES.containsKey(tokens.get(end).lower())) {
            value *= SCALES.get(tokens.get(end).lower());
            end++;
        }
        if (value != Math.rint(value) || value > 1e12) {
            return null;
        }
        return new Count((long) value, at, end);
    }

    private static boolean thousandsGroup(Token before, Token t) {
        return t.isNumber() && t.lower().length() == 3 && t.start() == before.end() + 1 && t.lower().indexOf(',') < 0
                && t.lower().indexOf('.') < 0;
    }

    /** "883", "1,000", "2.3"; null for "1,00" or "3.5.1". */
    private static Double digits(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        int dots = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',') {
                continue;
            }
            dots += c == '.' ? 1 : 0;
            plain.append(c);
        }
        if (dots > 1 || plain.isEmpty() || plain.length() > 15) {
            return null;
        }
        return Double.parseDouble(plain.toString());
    }

    private static Double spelled(String word) {
        Integer small = SMALL.get(word);
        if (small != null) {
            return small.doubleValue();
        }
        int dash = word.indexOf('-');
        if (dash > 0) {
            Integer tens = SMALL.get(word.substring(0, dash));
            Integer ones = SMALL.get(word.substring(dash + 1));
            if (tens != null && ones != null && tens % 10 == 0 && tens >= 20 && ones < 10) {
                return (double) (tens + ones);
            }
        }
        return null;
    }
}
