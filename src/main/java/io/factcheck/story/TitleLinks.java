package io.factcheck.story;

import io.factcheck.story.text.DateMentions;
import io.factcheck.story.text.Token;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A title linked to a name by a verb: "Dina Boluarte was sworn in Wednesday as the country's new president", "Theresa
 * May became Prime Minister", "X, who has been president since 2010", "Ismail served twice as foreign minister",
 * "Han Duck-soo has assumed the role of acting president". Read backward from the title to the name; "was", "had
 * been" and "served" make the post a former one, "is", "has been", "became" a current one.
 */
final class TitleLinks {
    /** The name before the link, tokens [from, to), and the status the link gives (or null for current). */
    record Link(int from, int to, String status) {
    }

    /** Verbs that link a person to a post. */
    private static final Set<String> VERBS = Set.of("became", "becomes", "becoming", "is", "was", "been", "named",
            "appointed", "elected", "reelected", "re-elected", "sworn", "served", "serves", "serving", "assumed",
            "returned", "installed");
    /** Words a link may hold besides its verb. */
    private static final Set<String> FILLERS = Set.of("as", "has", "had", "have", "in", "into", "office", "twice",
            "previously", "also", "the", "a", "an", "role", "of", "who", "new", "first", "then", "later", "once",
            "again", "briefly", "now", "still", "currently", "on");
    /** Verbs of a post held before: "was", "had been", "served". */
    private static final Set<String> PAST = Set.of("was", "served", "previously", "had", "once");
    /** Verbs of a post held now: "is", "has been". */
    private static final Set<String> NOW = Set.of("is", "has", "serves", "serving", "currently", "still", "now",
            // taking office: "was sworn in as", "was elected": the post is held from then on
            "sworn", "elected", "reelected", "re-elected", "appointed", "named", "installed", "became", "becomes",
            "becoming", "assumed", "returned");
    private static final int REACH = 8;

    private TitleLinks() {
    }

    /** Verbs that say a person rules a country: "X, who has led Myanmar since 2021". */
    private static final Set<String> RULED = Set.of("led", "ruled", "governed");

    /**
     * The name that "who has led" / "who ruled" before a country at token {@code verb} ties to the country's
     * leadership: "Senior Gen. Min Aung Hlaing, who has led Myanmar since 2021". "has" makes it current, a bare past
     * ("who led") former. Null when the verb is not one of these or no full (or known) name stands before.
     */
    static Link ruled(List<Token> tokens, Sentence s, int verb, Titles titles, Predicate<String> known) {
        PlaceNames.Mention place = verb + 1 < s.to() ? s.placeAt(verb + 1) : null;
        if (!RULED.contains(tokens.get(verb).lower()) || place == null || place.from() != verb + 1
                || place.demonym() || tokens.get(place.to() - 1).possessive()) {
            return null;
        }
        int i = verb - 1;
        boolean now = i >= s.from() && (tokens.get(i).is("has") || tokens.get(i).is("have"));
        if (now || i >= s.from() && tokens.get(i).is("had")) {
            i--;
        }
        if (i - 1 < s.from() || !tokens.get(i).is("who") || !tokens.get(i - 1).isMark(',')) {
            return null;
        }
        int from = Names.backward(tokens, i - 2, s.from(), s, titles);
        if (from < 0 || i - 1 - from < 2 && !known.test(tokens.get(from).lower())) {
            return null;
        }
        return new Link(from, i - 1, now ? null : "former");
    }

    /** Before an age apposition that ends at token {@code i} (", 64 years old" or ", 59"): the token before it. */
    private static int pastAge(List<Token> tokens, Sentence s, int i) {
        int at = i;
        if (at - 2 >= s.from() && tokens.get(at).is("old") && tokens.get(at - 1).lower().startsWith("year")) {
            at -= 2;
        }
        return at - 1 >= s.from() && tokens.get(at).isNumber() && tokens.get(at - 1).isMark(',') ? at - 2 : i;
    }

    /** The name a link before the title at token {@code a} ties to it, or null. */
    static Link before(List<Token> tokens, Sentence s, int a, Titles titles, Predicate<String> known) {
        int i = a - 1;
        boolean verb = false;
        boolean past = false;
        boolean now = false;
        int seen = 0;
        while (i >= s.from() && seen++ < REACH) {
            Token t = tokens.get(i);
            DateMentions.Mention d = s.dateAt(i);
            if (d != null) {
                i = d.from() - 1; // "sworn in Wednesday as"
                continue;
            }
            String w = t.lower();
            if (t.isWord() && !t.capitalized() && (VERBS.contains(w) || FILLERS.contains(w) || w.endsWith("ly"))
                    || t.possessive() && !t.capitalized()) {
                verb |= VERBS.contains(w);
                past |= PAST.contains(w);
                now |= NOW.contains(w);
                i--;
            } else {
                break;
            }
        }
        boolean as = !verb && i + 1 < a && tokens.get(i + 1).is("as") && i >= s.from() && tokens.get(i).capitalized();
        if (!verb && !as || i < s.from()) {
            return null; // a bare "as" links only a name right before it: "named General X as the new defense minister"
        }
        if ((tokens.get(i).isMark(',') || tokens.get(i).isMark('(')) && tokens.get(i + 1).is("who")) {
            i--; // "Benjamin Netanyahu, who had served as prime minister", "Leni Robredo (who is also ..."
            i = pastAge(tokens, s, i); // "Ali Bongo, 64 years old, who became president"
        } else if (tokens.get(i + 1).is("who")) {
            return null;
        }
        int to = i + 1;
        int from = i >= s.from() ? Names.backward(tokens, i, s.from(), s, titles) : -1;
        // one word is a name the story gave in full, or the subject that opens the sentence: "Ismail served as"
        boolean subject = verb && from == s.from() && !tokens.get(to).is("who");
        if (from < 0 || to - from < 2 && !known.test(tokens.get(from).lower()) && (!subject || as)) {
            return null;
        }
        return new Link(from, to, past && !now ? "former" : null);
    }
}
