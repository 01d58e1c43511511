package io.factcheck.dates;

/**
 * What a single word of running copy can be in a date expression, so a finder scanning a story tries the reader only
 * on runs of words that could be a date and that hold at least one word no date can do without.
 */
public final class DateWords {
    /** Not a word of date expressions: a run of date words ends before it. */
    public static final int NONE = 0;
    /** A word dates use but that is no date alone: "the", "last", "five", "early", "on". */
    public static final int PART = 1;
    /** A word that makes a run worth reading: a month, weekday, year, "today", "ago", a unit ("last week"). */
    public static final int ANCHOR = 2;

    private static final int ANCHORS = Kind.any(Kind.MONTH, Kind.WEEKDAY, Kind.YEAR, Kind.DECADE, Kind.NUMERIC,
            Kind.RELATIVE_DAY, Kind.AGO, Kind.WEEKEND, Kind.UNIT);

    private DateWords() {
    }

    /**
     * @param lower       the word in lower case, without a trailing abbreviation dot ("feb", "2021", "mid-june")
     * @param capitalized whether the copy capitalized it: "may" and "march" alone are verbs, "sun" a noun
     */
    public static int classify(String lower, boolean capitalized) {
        if (Lexicon.FILLERS.contains(lower)) {
            return PART;
        }
        Token token = Lexicon.word(lower);
        if (token == null) {
            token = Tokenizer.classify(lower);
            if (token.is(Kind.UNKNOWN)) {
                return hyphenated(lower, capitalized);
            }
        }
        if (!token.isAny(ANCHORS)) {
            return PART;
        }
        boolean needsCapital = (token.is(Kind.MONTH) && Lexicon.MONTHS_THAT_ARE_WORDS.contains(lower))
                || token.abbreviation();
        return needsCapital && !capitalized ? PART : ANCHOR;
    }

    /** "mid-June", "late-2020": the reader splits them, so the word is as good as its best part. */
    private static int hyphenated(String lower, boolean capitalized) {
        int dash = lower.indexOf('-');
        if (dash <= 0 || dash == lower.length() - 1) {
            return NONE;
        }
        int first = classify(lower.substring(0, dash), capitalized);
        int second = classify(lower.substring(dash + 1), true);
        return first == NONE || second == NONE ? NONE : Math.max(first, second);
    }
}
