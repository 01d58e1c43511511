package io.factcheck.story.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The copy cut into tokens and sentences, every piece keeping its offsets in the text. One pass over the characters,
 * no regular expressions: the story check reads millions of characters a second.
 *
 * <p>A dot ends a sentence unless it closes an abbreviation ("Feb.", "Gen.", "No. 5", "U.S.") or an initial
 * ("John F. Kennedy"); a blank line always ends one, and a single line break does unless the text runs on in lower
 * case (hard-wrapped copy). Markup and control characters are text like any other: they never move an offset.
 */
public final class Copy {
    /** Abbreviations whose dot never ends a sentence: they stand before a name or a number. */
    private static final Set<String> TITLES = Set.of("gen", "lt", "col", "maj", "capt", "cpt", "cpl", "sgt", "adm",
            "brig", "cmdr", "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "rev", "hon", "pres", "st", "mt",
            "ft", "gens", "lt.gen", "maj.gen", "sr", "jr", "vs", "approx", "est", "dept", "fig", "corp", "inc", "co",
            "ltd", "messrs", "supt", "insp", "sec");
    /** Abbreviations that end a sentence only when a capitalized word follows them ("in Feb. The ..."). */
    private static final Set<String> SHORT_FORMS = Set.of("jan", "feb", "febr", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
            "sun", "no", "nos", "art", "para", "p", "pp", "ch", "vol", "approx");

    public final String text;
    public final List<Token> tokens;
    /** Sentences as token ranges: sentence i is tokens [starts[i], starts[i + 1]). */
    public final int[] starts;

    private Copy(String text, List<Token> tokens, int[] starts) {
        this.text = text;
        this.tokens = tokens;
        this.starts = starts;
    }

    public static Copy read(String text) {
        List<Token> tokens = tokenize(text);
        return new Copy(text, tokens, sentenceStarts(text, tokens));
    }

    public int sentenceCount() {
        return starts.length - 1;
    }

    /** The sentence a token belongs to. */
    public int sentenceOf(int token) {
        int lo = 0;
        int hi = sentenceCount() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= token) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The text of tokens [from, to) as written, spaces and marks between them included. */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    // ---- tokens

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 8);
        int n = text.length();
        int i = 0;
        boolean lineBreak = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lineBreak = true;
                i++;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                i = word(text, i, lineBreak, out);
                lineBreak = false;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                out.add(new Token(i, end, text.substring(i, end), String.valueOf(c), Token.Type.MARK, false, lineBreak));
                lineBreak = false;
                i = end;
            }
        }
        return out;
    }

    /** Reads one word or number from {@code from}; returns where it ends. */
    private static int word(String text, int from, boolean lineBreak, List<Token> out) {
        int n = text.length();
        boolean digits = Character.isDigit(text.charAt(from));
        boolean innerDot = false;
        int i = from + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)) && joins(c, text, i, digits)) {
                innerDot |= c == '.';
                i += 2;
            } else {
                break;
            }
        }
        int end = i;
        String raw = text.substring(from, end);
        boolean possessive = false;
        String lower = plain(raw);
        if (lower.endsWith("'s") && lower.length() > 2) {
            possessive = true;
            lower = lower.substring(0, lower.length() - 2);
        }
        // a dot that closes an abbreviation or an initial belongs to the word
        if (end < n && text.charAt(end) == '.' && !digits && takesDot(lower, raw, innerDot, text, end + 1)) {
            end++;
            raw = text.substring(from, end);
        }
        boolean number = digits && isNumber(lower);
        out.add(new Token(from, end, raw, lower, number ? Token.Type.NUMBER : Token.Type.WORD, possessive, lineBreak));
        return end;
    }

    /** Marks that join two parts of one word: "Suu Kyi's", "ex-President", "U.S", "1,000", "2.3". */
    private static boolean joins(char c, String text, int at, boolean digits) {
        return switch (c) {
            case '\'', '\u2019' -> !digits;
            case '-', '\u2011' -> true;
            case '.' -> digits ? Character.isDigit(text.charAt(at + 1)) : isInitialDot(text, at);
            case ',' -> digits && (threeDigits(text, at + 1) || indianGroup(text, at + 1));
            case '/' -> digits && Character.isDigit(text.charAt(at + 1));
            default -> false;
        };
    }

    /** "U.S", "e.g": a dot between single letters. */
    private static boolean isInitialDot(String text, int at) {
        boolean singleBefore = at < 2 || !Character.isLetter(text.charAt(at - 2));
        boolean singleAfter = at + 2 >= text.length() || !Character.isLetter(text.charAt(at + 2));
        return singleBefore && singleAfter;
    }

    /** "2,38,270", "1,23,456": Indian grouping puts two digits between commas before the last three. */
    private static boolean indianGroup(String text, int from) {
        return from + 3 < text.length() && Character.isDigit(text.charAt(from))
                && Character.isDigit(text.charAt(from + 1)) && text.charAt(from + 2) == ','
                && Character.isDigit(text.charAt(from + 3));
    }

    private static boolean threeDigits(String text, int from) {
        if (from + 3 > text.length()) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return from + 3 == text.length() || !Character.isDigit(text.charAt(from + 3));
    }

    private static boolean isNumber(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!(c >= '0' && c <= '9') && c != ',' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Lower case with typographic apostrophes and dashes made plain. */
    private static String plain(String raw) {
        StringBuilder b = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char p = c == '\u2019' ? '\'' : c == '\u2011' ? '-' : Character.toLowerCase(c);
            if (p != c && b == null) {
                b = new StringBuilder(raw.length()).append(raw, 0, i);
            }
            if (b != null) {
                b.append(p);
            }
        }
        return b == null ? raw : b.toString();
    }

    private static boolean takesDot(String lower, String raw, boolean innerDot, String text, int after) {
        if (innerDot || TITLES.contains(lower)) {
            return true;
        }
        boolean initial = raw.length() == 1 && Character.isUpperCase(raw.charAt(0));
        char next = nextVisible(text, after);
        if (initial) {
            return Character.isUpperCase(next);
        }
        if (SHORT_FORMS.contains(lower)) {
            return lower.equals("no") || lower.equals("nos") ? Character.isDigit(next)
                    : Character.isDigit(next) || Character.isLowerCase(next) || next == ',';
        }
        return false;
    }

    private static char nextVisible(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return 0; // a line break after the dot: the sentence ended
            }
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    // ---- sentences

    private static int[] sentenceStarts(String text, List<Token> tokens) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int size = tokens.size();
        for (int i = 1; i < size; i++) {
            Token t = tokens.get(i);
            Token prev = tokens.get(i - 1);
            boolean newSentence;
            if (t.breakBefore()) {
                newSentence = !runsOn(prev, t, text);
            } else {
                newSentence = endsSentence(tokens, i - 1) && !continuesAfterMark(t);
            }
            if (newSentence && starts.get(starts.size() - 1) != i) {
                starts.add(i);
            }
        }
        starts.add(size);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether token {@code i} closes a sentence: a terminal mark, or closing quotes and brackets after one. */
    private static boolean endsSentence(List<Token> tokens, int i) {
        int j = i;
        while (j >= 0 && isCloser(tokens.get(j))) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        Token t = tokens.get(j);
        if (!(t.isMark('.') || t.isMark('!') || t.isMark('?') || t.isMark('\u2026'))) {
            return false;
        }
        // only the last closer after the mark ends it: ".”" ends after the quote
        return i + 1 >= tokens.size() || !isCloser(tokens.get(i + 1));
    }

    private static boolean isCloser(Token t) {
        return t.isMark() && "\"\u201D\u2019')]".indexOf(t.text().charAt(0)) >= 0;
    }

    /** "3.5" or "?!" cases: a mark right after the terminal one continues it. */
    private static boolean continuesAfterMark(Token t) {
        return t.isMark('.') || t.isMark('!') || t.isMark('?') || t.isMark(',');
    }

    /** A line break inside a sentence of hard-wrapped copy: the text goes on in lower case after a word or comma. */
    private static boolean runsOn(Token prev, Token next, String text) {
        boolean lowerNext = next.isWord() && Character.isLowerCase(next.text().charAt(0));
        boolean openPrev = prev.isWord() || prev.isNumber() || prev.isMark(',');
        return lowerNext && openPrev;
    }
}
