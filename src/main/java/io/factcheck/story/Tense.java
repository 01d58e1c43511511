package io.factcheck.story;

import java.util.List;
import java.util.Set;

/**
 * Whether a clause speaks of now: "the military has still not managed" (present perfect) or "protesters marched"
 * (past). Read from the first verb form that tells: an auxiliary, or a word ending in "-ed".
 */
final class Tense {
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
    static boolean cumulative(List<Token> tokens, int from, int to) {
        return any(tokens, from, to, CUMULATIVE);
    }

    /** Whether tokens [from, to) speak of what is yet to happen. */
    static boolean future(List<Token> tokens, int from, int to) {
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

    /** True when the first verb form in tokens [from, to) is a present or present perfect one. */
    static boolean present(List<Token> tokens, int from, int to) {
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
