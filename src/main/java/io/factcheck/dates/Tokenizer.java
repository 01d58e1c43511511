package io.factcheck.dates;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns written text into tokens: splits on blanks and commas, lower-cases, drops trailing dots ("Feb.", "Sept."),
 * splits "mid-February" but keeps "2021-02-01" whole, drops the fillers "the" and "of", merges phrases
 * ("more than", "the day before yesterday"), joins "twenty five", and drops leading prepositions ("on Feb. 1",
 * "in 2021"). A hand-written scanner rather than regular expressions: one pass, no backtracking.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<String> words = new ArrayList<>(8);
        List<Boolean> caps = new ArrayList<>(8);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || isSeparator(text.charAt(i));
            if (separator && start >= 0) {
                addWord(text.substring(start, i), words, caps);
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        List<Token> tokens = classify(words, caps);
        joinTens(tokens);
        while (!tokens.isEmpty() && (tokens.get(0).is(Kind.PREPOSITION) || leadingOver(tokens))) {
            tokens.remove(0);
        }
        return tokens;
    }

    /** "over the weekend", "over the past week": "over" is a preposition there, not the hedge of "over a year ago". */
    private static boolean leadingOver(List<Token> tokens) {
        return tokens.size() > 1 && tokens.get(0).word().equals("over")
                && tokens.get(1).isAny(Kind.any(Kind.PAST, Kind.LAST, Kind.THIS, Kind.WEEKEND));
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ',' || c == ';';
    }

    /** Cleans one blank-separated word and adds it (or its hyphen- or dot-separated parts). */
    private static void addWord(String raw, List<String> words, List<Boolean> caps) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            b.append(normalize(raw.charAt(i)));
        }
        int from = 0;
        int to = b.length();
        while (from < to && "([\"".indexOf(b.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ".)]\":!?".indexOf(b.charAt(to - 1)) >= 0) {
            to--;
        }
        if (from == to) {
            return;
        }
        // "1990's" is "1990s"
        if (to - from >= 3 && b.charAt(to - 1) == 's' && b.charAt(to - 2) == '\''
                && Character.isDigit(b.charAt(to - 3))) {
            b.deleteCharAt(to - 2);
            to--;
        }
        // "2021-02-01T10:00:00Z": the date as written; the time (and its zone) does not move it
        if (to - from > 11 && b.charAt(from + 10) == 't' && isNumericShape(b.substring(from, from + 10))) {
            to = from + 10;
        }
        String word = b.substring(from, to);
        String original = raw.substring(from, Math.min(to, raw.length()));
        if (!isNumericShape(word) && Lexicon.word(word) == null
                && (word.indexOf('-') >= 0 || word.indexOf('.') >= 0)) {
            // "mid-February", "mid-2021", "twenty-five", "Feb.1": the parts are the words
            int partStart = 0;
            for (int i = 0; i <= word.length(); i++) {
                if (i == word.length() || word.charAt(i) == '-' || word.charAt(i) == '.') {
                    if (i > partStart) {
                        add(word.substring(partStart, i), original.charAt(Math.min(partStart, original.length() - 1)),
                                words, caps);
                    }
                    partStart = i + 1;
                }
            }
            return;
        }
        add(word, original.charAt(0), words, caps);
    }

    private static void add(String word, char firstOriginal, List<String> words, List<Boolean> caps) {
        if (Lexicon.FILLERS.contains(word)) {
            return;
        }
        words.add(word);
        caps.add(Character.isUpperCase(firstOriginal));
    }

    /** Lower case, one kind of dash and apostrophe; length-preserving so the original stays aligned. */
    private static char normalize(char c) {
        return switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            case '\u2018', '\u2019', '\u02BC' -> '\'';
            case '\u201C', '\u201D' -> '"';
            default -> Character.toLowerCase(c);
        };
    }

    /** Digits joined by '/', '-' or '.': "2021-02-01", "2/1", "02.01.2021". */
    static boolean isNumericShape(String word) {
        boolean separator = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '/' || c == '-' || c == '.') {
                separator = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return separator && Character.isDigit(word.charAt(0)) && Character.isDigit(word.charAt(word.length() - 1));
    }

    private static List<Token> classify(List<String> words, List<Boolean> caps) {
        List<Token> tokens = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int merged = 0;
            if (Lexicon.startsPhrase(words.get(i))) {
                for (int n = Math.min(Lexicon.LONGEST_PHRASE, words.size() - i); n >= 2 && merged == 0; n--) {
                    Token phrase = Lexicon.phrase(String.join(" ", words.subList(i, i + n)));
                    if (phrase != null) {
                        tokens.add(phrase);
                        merged = n;
                    }
                }
            }
            if (merged == 0) {
                tokens.add(classify(words.get(i)).capitalized(caps.get(i)));
                merged = 1;
            }
            i += merged;
        }
        return tokens;
    }

    static Token classify(String word) {
        Token known = Lexicon.word(word);
        if (known != null) {
            return known;
        }
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return Token.unknown(word);
        }
        String suffix = word.substring(digits);
        int value = digits > 9 ? Integer.MAX_VALUE : Integer.parseInt(word, 0, digits, 10);
        if (suffix.isEmpty()) {
            int kinds = Kind.COUNT.bit;
            if (digits <= 2) {
                kinds |= Kind.DAY.bit;
            } else if (digits == 4 && value >= 1000 && value <= 2999) {
                kinds |= Kind.YEAR.bit;
            }
            return Token.of(word, kinds, value, null);
        }
        if (digits <= 2 && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
            return Token.of(word, Kind.DAY.bit, value, null);
        }
        if (digits == 4 && suffix.equals("s") && value % 10 == 0 && value >= 1000) {
            return Token.of(word, Kind.DECADE.bit, value, null);
        }
        if (isNumericShape(word)) {
            NumericDate numeric = NumericDate.parse(word);
            if (numeric != null) {
                return Token.of(word, Kind.NUMERIC.bit, 0, numeric);
            }
        }
        return Token.unknown(word);
    }

    /** "twenty five" is 25, "thirty first" the 31st. */
    private static void joinTens(List<Token> tokens) {
        for (int i = tokens.size() - 2; i >= 0; i--) {
            Token tens = tokens.get(i);
            Token ones = tokens.get(i + 1);
            if (tens.is(Kind.TENS) && ones.spelledOut() && ones.number() >= 1 && ones.number() <= 9
                    && ones.number() == ones.upper() && (ones.is(Kind.COUNT) || ones.is(Kind.DAY))
                    && !ones.word().equals("a") && !ones.word().equals("an")) {
                int kind = ones.is(Kind.DAY) ? Kind.DAY.bit : Kind.COUNT.bit;
                tokens.set(i, Token.of(tens.word() + "-" + ones.word(), kind, tens.number() + ones.number(), null));
                tokens.remove(i + 1);
            }
        }
    }
}
