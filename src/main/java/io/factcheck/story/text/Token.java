package io.factcheck.story.text;

/**
 * One word, number or mark of the copy, with its place in the text.
 *
 * @param start      offset of its first UTF-16 unit in the story's text
 * @param end        offset just past it
 * @param lower      the word in lower case, typographic apostrophes made plain, without a possessive "'s" or an
 *                   abbreviation's dot: what rules compare ("russia", "feb", "u.s")
 * @param possessive whether the word ended in "'s" ("Russia's")
 * @param breakBefore whether a line break stands between it and the token before
 */
public record Token(int start, int end, String text, String lower, Type type, boolean possessive, boolean breakBefore) {

    public enum Type { WORD, NUMBER, MARK }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    public boolean isMark() {
        return type == Type.MARK;
    }

    /** A word the copy wrote with a capital first letter. */
    public boolean capitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String word) {
        return lower.equals(word);
    }

    public boolean isMark(char c) {
        return type == Type.MARK && text.length() == 1 && text.charAt(0) == c;
    }

    /** An abbreviation or initial written with its dot ("Feb.", "Gen.", "U.S.", "F."). */
    public boolean dotted() {
        return text.charAt(text.length() - 1) == '.';
    }
}
