package io.factcheck.story.text;

import java.util.List;
import java.util.Set;

/**
 * Whether a clause speaks of now: "the military has still not managed" (present perfect) or "protesters marched"
 * (past). Read from the first verb form that tells: an auxiliary, or a word ending in "-ed".
 */
public final class Tense {
    private static final Set<String> PRESENT = Set.of("has", "have", "is", "are", "am", "remains", "remain",
            "continues", "continue", "stays", "stay", "says", "say", "controls", "holds", "hold", "faces", "face",
            "seems", "seem", "appears", "appear", "does", "do", "can", "cannot", "must", "keeps", "keep");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "could", "would", "went", "came",
            "took", "made", "began", "fled", "held", "left", "met", "said", "told", "saw", "led", "won", "lost",
            "fell", "rose", "sent", "ran", "became", "got", "gave", "kept", "brought");
    /** Words ending in "-ed" that are no past tense. */
    private static final Set<String> NOT_PAST = Set.of("need", "speed", "indeed", "hundred", "red", "bed", "seed",
            "feed", "creed", "greed", "shed", "united", "armed", "based", "led", "alleged", "so-called", "detailed");

    /** Words that make a count a running total: "have been killed so far", "the death toll", "in total". */
    private static final Set<String> CUMULATIVE = Set.of("have", "has", "since", "far", "total", "toll", "date",
            "overall", "altogether", "remain", "remains", "tally");
    /** Words that put an event ahead of the sentence: "elections will be held in November". */
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "scheduled", "planned", "due",
            "upcoming", "expected", "plans", "planning", "set", "slated", "could", "may", "might");

    private Tense() {
    }

    /** Whether tokens [from, to) speak of a running total rather than one incident's toll. */
    public static boolean cumulative(List<Token> tokens, int from, int to) {
        return any(tokens, from, to, CUMULATIVE);
    }

    /** Whether tokens [from, to) speak of what is yet to happen. */
    public static boolean future(List<Token> tokens, int from, int to) {
        return any(tokens, from, to, FUTURE);
    }

    private static boolean any(List<Token> tokens, int from, int to, Set<String> words) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isWord() && words.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words that put what follows them ahead when "to" or "for" comes next: "is expected to", "scheduled for". */
    private static final Set<String> AHEAD_BEFORE_TO = Set.of("expected", "due", "set", "scheduled", "slated", "plans",
            "plan", "planned", "planning", "going", "poised", "intends", "intend", "aims", "aim", "hopes", "hope");
    private static final Set<String> AHEAD = Set.of("will", "shall", "won't", "upcoming", "forthcoming", "expects",
            "scheduled", "expect", "forecasts", "forecast", "predicts", "predict", "anticipates", "anticipate");
    /** Auxiliaries after which an "-ed" word is a participle whose tense the auxiliary gives: "will be held". */
    private static final Set<String> AUXILIARY = Set.of("be", "been", "being", "is", "are", "was", "were", "has",
            "have", "had", "to", "will", "would", "could", "should", "may", "might", "must", "not");
    private static final Set<String> MODALS = Set.of("would", "could", "should", "may", "might", "must");
    /** How far from a date its verb is looked for, in tokens either way. */
    private static final int VERB_REACH = 12;

    /**
     * Whether the clause around tokens [at, end) speaks of what is yet to happen: the verb form nearest to the
     * expression (either way, within its sentence [from, to)) is a future one ("will", "'ll", "is expected to",
     * "scheduled for", "upcoming") rather than a past or present one. "The coup happened in February, and elections
     * will be held in November": February is past, November ahead.
     */
    public static boolean ahead(List<Token> tokens, int from, int to, int at, int end) {
        return of(tokens, from, to, at, end) > 0;
    }

    /**
     * The tense of the clause around tokens [at, end), as {@link #ahead} reads it: +1 ahead, -1 past or present, 0
     * when no verb form near it tells.
     */
    public static int of(List<Token> tokens, int from, int to, int at, int end) {
        boolean leftOpen = true;
        boolean rightOpen = true;
        for (int d = 1; d <= VERB_REACH; d++) {
            int left = at - d;
            int right = end - 1 + d;
            // a quotation has its own tense: "will leave at 4 (4 a.m. Thursday),'' Castro said" looks ahead
            leftOpen &= left >= from && !quote(tokens.get(left));
            rightOpen &= right < to && !quote(tokens.get(right));
            int mark = leftOpen ? verbTense(tokens, from, left, to) : 0;
            if (mark == 0 && rightOpen) {
                mark = verbTense(tokens, from, right, to);
            }
            if (mark != 0) {
                return mark;
            }
            if (!leftOpen && !rightOpen) {
                break;
            }
        }
        return 0;
    }

    private static boolean quote(Token t) {
        return t.isMark() && "\"\u201C\u201D`'\u2018\u2019\u00AB\u00BB".indexOf(t.text().charAt(0)) >= 0;
    }

    /** +1 for a future form, -1 for a past or present one, 0 for a word that tells nothing. */
    private static int verbTense(List<Token> tokens, int from, int i, int to) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return 0;
        }
        String w = t.lower();
        boolean plan = AHEAD.contains(w) || AHEAD_BEFORE_TO.contains(w);
        if (plan && i - 1 >= from && (tokens.get(i - 1).is("had") || tokens.get(i - 1).is("been")
                && i - 2 >= from && tokens.get(i - 2).is("had"))) {
            return -1; // "it had been due to expire Friday": a plan of the past, whose day is past
        }
        if (AHEAD.contains(w) || w.endsWith("'ll")) {
            return 1;
        }
        if (w.equals("would") && !(i + 1 < to && tokens.get(i + 1).is("have")) && reported(tokens, from, i)) {
            return 1; // "he said the talks would resume in September": the future seen from the past
        }
        boolean noun = w.equals("plans") || w.equals("plan"); // "vacation plans for the trip": no verb
        if (AHEAD_BEFORE_TO.contains(w) && i + 1 < to && (tokens.get(i + 1).is("to")
                || tokens.get(i + 1).is("for") && !noun)) {
            return 1;
        }
        if ((w.equals("is") || w.equals("are")) && i + 2 < to && tokens.get(i + 1).is("to")
                && tokens.get(i + 2).isWord()) {
            return 1; // "is to resume trading Tuesday"
        }
        boolean participle = i > from && AUXILIARY.contains(tokens.get(i - 1).lower());
        boolean verb = PRESENT.contains(w) || PAST.contains(w)
                || (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w) && !t.capitalized());
        if (!verb) {
            return 0;
        }
        return participle ? auxiliaryTense(tokens, from, i - 1) : -1; // "will stay": the auxiliary tells
    }

    /**
     * The tense the auxiliaries ending at {@code last} give a verb: "were held" past, "has been held" present,
     * "will be held" and "is expected to be held" ahead; 0 when the chain says nothing ("to be held").
     */
    private static int auxiliaryTense(List<Token> tokens, int from, int last) {
        for (int i = last; i >= from && i > last - 4; i--) {
            String w = tokens.get(i).lower();
            if (AHEAD.contains(w) || w.endsWith("'ll")
                    || (AHEAD_BEFORE_TO.contains(w) && i + 1 <= last && tokens.get(i + 1).is("to"))) {
                return 1;
            }
            if (!AUXILIARY.contains(w) || MODALS.contains(w)) {
                return 0; // a modal decides for itself when the search reaches it: "said they would be held"
            }
            if (!w.equals("to") && (PRESENT.contains(w) || PAST.contains(w))) {
                return -1;
            }
        }
        return 0;
    }

    private static final Set<String> REPORTING = Set.of("said", "says", "told", "announced", "added", "stated",
            "promised", "pledged", "vowed", "warned", "insisted", "expected", "hoped", "reported");

    private static boolean reported(List<Token> tokens, int from, int before) {
        for (int i = from; i < before; i++) {
            if (REPORTING.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** True when the first verb form in tokens [from, to) is a present or present perfect one. */
    public static boolean present(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            String w = t.lower();
            if (PRESENT.contains(w)) {
                return true;
            }
            if (PAST.contains(w) || (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w)
                    && !t.capitalized())) {
                return false;
            }
        }
        return false;
    }
}
