package io.factcheck.story;

import io.factcheck.story.text.Copy;
import io.factcheck.story.text.DateMentions;
import io.factcheck.story.text.Token;

import java.util.List;

/**
 * Tolls: a figure that a toll's words give through a link ("the death toll rose to 883", "the number of people
 * killed has risen to 883", "the casualties swelled to 15,207", "deaths topped 1,000", "risen by 522 to 66,851").
 * The toll may stand a few words back ("the death toll from the earthquake in Turkey has risen to"), but no other
 * figure of people, no case count and no colon may stand between.
 */
final class CasualtyTolls {
    /** How many tokens may stand between a toll and its figure: "the death toll from the quake in Turkey has". */
    private static final int TOLL_REACH = 24;

    private CasualtyTolls() {
    }

    /**
     * "the death toll rose to 883", "the number of people killed has risen to 883", "the casualties swelled to
     * 15,207", "deaths topped 1,000", "put the death toll at around 149".
     */
    static CasualtyFinder.Finding toll(Copy copy, Sentence s, Counts.Count count) {
        List<Token> tokens = copy.tokens;
        int q = CasualtyFinder.qualifierStart(tokens, s, count.from());
        int k = q - 1;
        String over = null;
        int links = q < count.from() && CasualtyWords.OVER.contains(tokens.get(q).lower()) ? 1 : 0;
        while (k > s.from() && tollLink(tokens, k)) {
            if (CasualtyWords.OVER.contains(tokens.get(k).lower())) {
                over = "over";
            }
            k -= tokens.get(k).isNumber() ? 2 : 1; // "has risen by 522 to 66,851"
            links++;
        }
        if (links == 0) {
            return null;
        }
        for (int words = 0; k >= s.from() && words < TOLL_REACH; k--, words++) {
            Token t = tokens.get(k);
            if (t.isMark(';') || t.isMark(':') || otherFigure(tokens, s, k)
                    || CasualtyWords.NOT_TOLLS.contains(t.lower())) {
                return null;
            }
            String measure = tollAt(tokens, s, k);
            if (measure != null) {
                int start = tokenStart(tokens, s, k);
                CasualtyFinder.Finding f = CasualtyFinder.finding(copy, s, count, measure, count.to(), q);
                return new CasualtyFinder.Finding(tokens.get(start).start(), f.end(), f.count(),
                        f.qualifier() == null ? over : f.qualifier(), f.measure(), count.from(), count.to());
            }
        }
        return null;
    }

    /** A word between a toll and its figure; "by" only after a rise, and "by 522" of a rise before its total. */
    private static boolean tollLink(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.is("by") || t.isNumber()) {
            int verb = t.isNumber() ? k - 2 : k - 1;
            return verb >= 0 && (!t.isNumber() || tokens.get(k - 1).is("by"))
                    && CasualtyWords.RISES.contains(tokens.get(verb).lower());
        }
        return CasualtyWords.TOLL_LINKS.contains(t.lower()) || CasualtyWords.OVER.contains(t.lower());
    }

    /** Another count of people at token {@code k}: not a date's number ("March 28"), nor "7.4 magnitude". */
    private static boolean otherFigure(List<Token> tokens, Sentence s, int k) {
        Token t = tokens.get(k);
        if (t.is("a") || t.is("an") || Counts.at(tokens, k, s.to()) == null) {
            return false;
        }
        DateMentions.Mention d = s.dateAt(k);
        if (d != null && d.to() - d.from() > 1) {
            return false;
        }
        return k + 1 >= s.to() || !CasualtyWords.NOT_PEOPLE_AFTER.contains(tokens.get(k + 1).lower())
                && !tokens.get(k + 1).lower().endsWith("-magnitude");
    }

    /** The measure of a toll whose head word is token {@code k}, or null. */
    private static String tollAt(List<Token> tokens, Sentence s, int k) {
        Token t = tokens.get(k);
        String measure = CasualtyWords.TOLLS.get(t.lower());
        if (measure == null || !t.isWord()) {
            return null;
        }
        if (t.is("toll") || t.is("deaths") || t.is("fatalities") || t.is("casualties")) {
            return measure;
        }
        if (t.is("count")) { // "the death count"
            return k > s.from() && tokens.get(k - 1).is("death") ? measure : null;
        }
        // "the number of [people] killed", "the number of injured", "the number of dead"
        int of = k - 1;
        while (of > s.from() && of > k - 7 && !tokens.get(of).is("of")) {
            of--;
        }
        return of > s.from() && tokens.get(of).is("of") && tokens.get(of - 1).is("number") ? measure : null;
    }

    /** Where a toll's words start: "the death toll", "the number of people killed". */
    private static int tokenStart(List<Token> tokens, Sentence s, int k) {
        int start = k;
        if (k > s.from() && tokens.get(k).is("toll") && tokens.get(k - 1).is("death")) {
            start = k - 1;
        }
        for (int j = start - 1; j > s.from() && j >= k - 4; j--) {
            if (tokens.get(j).is("number") && tokens.get(j + 1).is("of")) {
                return j;
            }
        }
        return start;
    }
}
