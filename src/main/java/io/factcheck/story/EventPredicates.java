package io.factcheck.story;

import io.factcheck.story.text.Copy;
import io.factcheck.story.text.DateMentions;
import io.factcheck.story.text.Token;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Dated events of any kind, read from the words that carry the date: a verb of happening ("The war erupted on
 * October 7", "Sheikh Hasina resigned on August 5", "In April 2002, Chavez was overthrown", "the quake struck last
 * Saturday"), or an event noun the date is attached to ("the 1996 shelling of Qana", "Thursday's general elections",
 * "the attacks in Paris on 13 November 2015", "killed on Saturday in attacks by militants"). A date that belongs to
 * another verb ("On Tuesday, protesters marched against the coup") dates that verb, not the event, and makes no claim.
 */
final class EventPredicates {
    /** One event and its date: tokens [from, to) cover both; {@code event} is the event's words as written. */
    record Event(int from, int to, String event) {
    }

    /** Nouns of events that happen on a day. */
    private static final Set<String> NOUNS = Set.of("war", "conflict", "fighting", "clashes", "attack", "attacks",
            "assault", "offensive", "invasion", "incursion", "raid", "raids", "bombing", "bombings", "blast", "blasts",
            "explosion", "explosions", "shooting", "shootings", "massacre", "airstrike", "airstrikes", "shelling",
            "uprising", "rebellion", "revolution", "insurgency", "crackdown", "mutiny", "earthquake", "earthquakes",
            "quake", "tremor", "tsunami", "flood", "floods", "flooding", "storm", "hurricane", "typhoon", "cyclone",
            "landslide", "landslides", "mudslide", "mudslides", "heatwave", "wildfire", "wildfires", "eruption",
            "outbreak", "inauguration", "assassination", "resignation", "ouster", "overthrow", "disaster", "siege",
            "ceasefire", "truce", "genocide", "riots", "stampede", "crash", "invasions", "operation", "victory");
    /** "air strike", "drone strike": a strike only with the word before it. */
    private static final Set<String> STRIKES = Set.of("air", "drone", "missile", "rocket", "military", "israeli");
    /** Verbs that say an event happened, or a leader took or left office. */
    private static final Set<String> VERBS = Set.of("erupted", "began", "begun", "started", "struck", "hit",
            "rocked", "devastated", "occurred", "stormed", "targeted", "exploded", "swept", "resigned", "resigns",
            "quit", "sworn", "inaugurated", "elected", "reelected", "re-elected", "ousted", "overthrown", "overthrew",
            "toppled", "deposed", "invaded", "launched", "bombed", "attacked", "ambushed", "shelled", "abducted",
            "kidnapped", "assassinated", "won", "flooded", "collapsed", "crashed", "erupts", "strikes", "hits");
    /** A verb that needs the word after it: "broke out", "took office", "came to power", "stepped down". */
    private static final Set<String> PARTICLE_VERBS = Set.of("broke", "took", "came", "stepped", "step", "seized",
            "assumed", "returned", "made", "put", "became", "becoming", "sealed", "declared", "removed");
    private static final Set<String> PARTICLES = Set.of("out", "office", "power", "over", "down", "landfall", "back",
            "president", "prime", "leader", "off", "himself", "herself", "control", "war", "martial", "from");
    /** Verbs of a state that holds since a day: "who has led Myanmar since 2021". */
    private static final Set<String> SINCE_VERBS = Set.of("led", "ruled", "governed", "embroiled");
    /** Verbs in "-ed" that a date may pass on its way to the event's words: "The elections were held on April 11". */
    private static final Set<String> PASSED = Set.of("held", "recorded", "killed", "wounded", "injured", "based",
            "backed", "armed", "forced", "detained", "arrested", "appointed", "named", "experienced", "witnessed", "failed", "attempted", "ended", "foiled");
    /** Nouns an event word may modify, then no event itself: "coup leader X flew home on Sunday". */
    private static final Set<String> MODIFIED = Set.of("leader", "leaders", "chief", "plotters", "plotter", "victims",
            "survivors", "zone", "commission", "commissioner", "minister", "officials", "official", "results",
            "campaign", "monitors", "observers", "candidate", "candidates", "relief", "refugees", "hero");
    /** Verbs of a count, not of an event: "the toll from Typhoon Haiyan rose to 1,744 Monday". */
    private static final Set<String> TALLY_VERBS = Set.of("rose", "risen", "stood", "stands", "reached", "toll",
            "climbed", "hit", "tally");
    /** Coups named by their verb: "Chavez was overthrown", when the sentence speaks of a coup. */
    private static final Set<String> COUP_VERBS = Set.of("ousted", "overthrown", "overthrew", "toppled", "deposed",
            "seized", "took", "removed", "detained", "arrested", "captured");
    /** Dates of the bounds of a tally or of a statement, not of an event. */
    private static final Set<String> NOT_EVENT_DATES = Set.of("from", "until", "till", "through", "to", "by");
    private static final int REACH = 10;
    /** Words between a verb and its particle: "returned to office", "put him back in office". */
    private static final Set<String> BETWEEN = Set.of("to", "him", "her", "them", "back", "in", "into");
    /** Arrests that are a coup's when the sentence speaks of one: "soldiers detained President X on Wednesday". */
    private static final Set<String> SEIZING = Set.of("detained", "arrested", "captured");
    /** Nouns of a count or its publication, which a date between them and an event dates instead. */
    private static final Set<String> RESULTS = Set.of("results", "count", "tally", "figures");
    /** Verbs of being put in an office: "appointed as the acting President". */
    private static final Set<String> TAKING_OFFICE = Set.of("appointed", "named", "installed", "chosen",
            "confirmed", "designated");
    /** Words between "as" and the title of the office taken. */
    private static final Set<String> TITLE_FILLERS = Set.of("the", "a", "its", "new", "acting", "interim",
            "caretaker", "country's", "nation's");
    /** Nouns that name one storm or operation with a capitalized name after them: "Hurricane Katia". */
    private static final Set<String> NAMED = Set.of("hurricane", "typhoon", "cyclone", "storm", "operation");
    /** Titles of a head of state or government, written capitalized before the holder's name. */
    private static final Set<String> HEADS_OF_STATE = Set.of("president", "premier", "king", "emir", "chancellor");
    /** Nouns after an event word that make it another subtype of it: "coup attempt", "coup plot". */
    private static final Set<String> ATTEMPT_NOUNS = Set.of("attempt", "attempts", "plot");

    private EventPredicates() {
    }

    /** The event the date mention {@code d} dates, or null. */
    /**
     * @param recorded   whether a folded word names a kind of event the dates wing records ("coup", "elections")
     * @param recordedAt whether the token at an index is such a word where it stands ("a no-confidence vote" is not)
     */
    static Event of(Copy copy, Sentence s, DateMentions.Mention d, Predicate<String> recorded, IntPredicate recordedAt) {
        List<Token> tokens = copy.tokens;
        if (d.from() > s.from() && NOT_EVENT_DATES.contains(tokens.get(d.from() - 1).lower())
                || saying(tokens, s, d) || tokens.get(d.from()).is("past") || restated(tokens, s, d)
                || dateline(tokens, s, d) || afterADay(tokens, s, d)) {
            return null;
        }
        boolean since = d.from() > s.from() && tokens.get(d.from() - 1).is("since");
        // the verb the date belongs to: the nearest before it in its clause, else the first after it
        Event before = walk(copy, s, d, since, recorded, recordedAt, -1);
        return before != null ? before : walk(copy, s, d, since, recorded, recordedAt, 1);
    }

    /** The first event word from the date in one direction ({@code step} -1 or 1), within its clause. */
    private static Event walk(Copy copy, Sentence s, DateMentions.Mention d, boolean since, Predicate<String> recorded,
                              IntPredicate recordedAt, int step) {
        for (int i = step < 0 ? d.from() - 1 : d.to(), seen = 0; i >= s.from() && i < s.to() && seen < REACH;
                i += step, seen++) {
            Token t = copy.tokens.get(i);
            Event e = at(copy, s, i, d, since, recorded, recordedAt);
            if (e != null) {
                return e;
            }
            if (endsClause(t) && (!Attribution.isSpeech(t) || speech(copy.tokens, s, i)) || s.dateAt(i) != null
                    || otherVerb(t) || RESULTS.contains(t.lower())) {
                break; // "won a sixth term in the latest provisional results on Monday": the results' day
            }
        }
        return null;
    }

    /** The event word at token {@code i}, spanned together with the date. */
    private static Event at(Copy copy, Sentence s, int i, DateMentions.Mention d, boolean since,
                            Predicate<String> recorded, IntPredicate recordedAt) {
        List<Token> tokens = copy.tokens;
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return null;
        }
        String w = t.lower();
        int end = i + 1;
        boolean modifier = i + 1 < s.to() && MODIFIED.contains(tokens.get(i + 1).lower());
        boolean event = VERBS.contains(w) || since && SINCE_VERBS.contains(w)
                || !modifier && (recorded.test(PlaceNames.fold(w)) ? recordedAt.test(i) : noun(tokens, s, i));
        if (!event && PARTICLE_VERBS.contains(w)) {
            int p = i + 1 < s.to() && BETWEEN.contains(tokens.get(i + 1).lower()) ? i + 2 : i + 1;
            p = p < s.to() && tokens.get(p).is("in") ? p + 1 : p; // "put him back in office"
            if (p < s.to() && PARTICLES.contains(tokens.get(p).lower())) {
                event = true;
                end = p + 1;
            }
        }
        if (!event && SEIZING.contains(w) && (coupSentence(tokens, s, recorded) || headOfStateNext(tokens, s, i))) {
            event = true; // "his soldiers detained President Mohamed Bazoum on Wednesday": the president's fall
        }
        if (!event && TAKING_OFFICE.contains(w)) {
            int head = asHead(tokens, s, i + 1); // "was on Wednesday appointed as the acting President"
            if (head > 0) {
                event = true;
                end = head + 1;
            }
        }
        int first = i;
        if (!event && otherVerb(t) && !TALLY_VERBS.contains(w) && i - 2 >= s.from() && tokens.get(i - 1).capitalized()
                && tokens.get(i - 2).capitalized() && NAMED.contains(tokens.get(i - 2).lower())) {
            event = true; // "Hurricane Katia scraped past on September 9": a named storm's verb
            first = i - 2;
        }
        if (!event) {
            return null;
        }
        if (end == i + 1 && i + 1 < s.to() && ATTEMPT_NOUNS.contains(tokens.get(i + 1).lower())) {
            end = i + 2; // "a coup attempt in Bolivia failed Thursday": the attempt, not a coup, is dated
        }
        int from = Math.min(first, d.from());
        int to = Math.max(end, d.to());
        String words = copy.span(first, end);
        boolean coupVerb = COUP_VERBS.contains(w) && !recorded.test(w) && coupSentence(tokens, s, recorded);
        return new Event(from, to, coupVerb ? "coup (" + words + ")" : words);
    }

    /** The head of "as the acting President" / "as prime minister" starting at token {@code at}, or -1. */
    private static int asHead(List<Token> tokens, Sentence s, int at) {
        if (at >= s.to() || !tokens.get(at).is("as")) {
            return -1;
        }
        int i = at + 1;
        while (i < s.to() && i < at + 4 && (TITLE_FILLERS.contains(tokens.get(i).lower()))) {
            i++;
        }
        if (i >= s.to()) {
            return -1;
        }
        String w = tokens.get(i).lower();
        if (w.equals("prime") && i + 1 < s.to() && tokens.get(i + 1).is("minister")) {
            return i + 1;
        }
        return HEADS_OF_STATE.contains(w) || w.equals("leader") ? i : -1;
    }

    /**
     * The event a date is the start of in ", when ..." after it: "since February 2021, when the military deposed the
     * government in a coup". The date then dates two things, each its own claim; this is the second, spanned from
     * "when" to its verb.
     */
    static Event whenClause(Copy copy, Sentence s, DateMentions.Mention d, Predicate<String> recorded,
                            IntPredicate recordedAt) {
        List<Token> tokens = copy.tokens;
        if (d.to() + 1 >= s.to() || !tokens.get(d.to()).isMark(',') || !tokens.get(d.to() + 1).is("when")) {
            return null;
        }
        Event e = walk(copy, s, d, false, recorded, recordedAt, 1);
        return e == null || e.to() <= d.to() + 1 ? null : new Event(d.to() + 1, e.to(), e.event());
    }

    /** "detained President X", "arrested Prime Minister X": a sitting head of state or government is seized. */
    private static boolean headOfStateNext(List<Token> tokens, Sentence s, int i) {
        if (i + 2 >= s.to() || !tokens.get(i + 1).capitalized()) {
            return false;
        }
        String next = tokens.get(i + 1).lower();
        return HEADS_OF_STATE.contains(next) || next.equals("prime") && tokens.get(i + 2).is("minister");
    }

    private static boolean coupSentence(List<Token> tokens, Sentence s, Predicate<String> recorded) {
        for (int i = s.from(); i < s.to(); i++) {
            if (tokens.get(i).is("coup") && recorded.test("coup")) {
                return true;
            }
        }
        return false;
    }

    /** A verb of something else the date may belong to: "On Tuesday, protesters marched against the coup". */
    private static boolean otherVerb(Token t) {
        String w = t.lower();
        return t.isWord() && !t.capitalized() && (w.length() > 4 && w.endsWith("ed") && !PASSED.contains(w)
                && !VERBS.contains(w) || TALLY_VERBS.contains(w));
    }

    /**
     * "Feb. 1 last year": the date reader leaves the day out rather than misdate it, and "last year" alone would date
     * the event to the wrong year.
     */
    private static boolean afterADay(List<Token> tokens, Sentence s, DateMentions.Mention d) {
        return d.from() > s.from() && tokens.get(d.from() - 1).isNumber();
    }

    /** "Yangon, June 28 - Myanmar coup leader ...": the story's dateline, not an event's date. */
    private static boolean dateline(List<Token> tokens, Sentence s, DateMentions.Mention d) {
        return d.from() > s.from() && tokens.get(d.from() - 1).isMark(',') && d.to() < s.to()
                && (tokens.get(d.to()).isMark('-') || tokens.get(d.to()).isMark('\u2013')
                || tokens.get(d.to()).isMark('\u2014'));
    }

    /** "Sunday (June 28)": the date in brackets restates the one before it. */
    private static boolean restated(List<Token> tokens, Sentence s, DateMentions.Mention d) {
        return d.from() - 2 >= s.from() && tokens.get(d.from() - 1).isMark('(') && s.dateAt(d.from() - 2) != null;
    }

    /**
     * An event noun; "strike" only as "air strike", "drone strike"; not inside a body's name ("the National
     * Disaster Management Agency").
     */
    static boolean isNoun(List<Token> tokens, Sentence s, int i) {
        return tokens.get(i).isWord() && noun(tokens, s, i);
    }

    private static boolean noun(List<Token> tokens, Sentence s, int i) {
        String w = tokens.get(i).lower();
        if (tokens.get(i).capitalized() && i > s.from() && tokens.get(i - 1).capitalized()) {
            return false;
        }
        if (w.equals("strike") || w.equals("strikes")) {
            return i > s.from() && STRIKES.contains(tokens.get(i - 1).lower());
        }
        return NOUNS.contains(w);
    }

    private static boolean endsClause(Token t) {
        return t.isMark(';') || t.isMark(':') || t.isMark('\u2014') || Attribution.isSpeech(t);
    }

    /**
     * A speech verb at token {@code j}, unless a noun of the same spelling: after a determiner, a number or a
     * capitalized word ("the Oaxaca and Chiapas states on September 7", "the two reports").
     */
    private static boolean speech(List<Token> tokens, Sentence s, int j) {
        if (!Attribution.isSpeech(tokens.get(j))) {
            return false;
        }
        if (j == s.from() || !tokens.get(j).lower().endsWith("s")) {
            return true;
        }
        Token p = tokens.get(j - 1);
        return !(p.isNumber() || p.capitalized() || p.is("the") || p.is("two") || p.is("both") || p.is("these"));
    }

    /** "said on Monday", "told reporters Tuesday", "announced Monday": when it was said. */
    private static boolean saying(List<Token> tokens, Sentence s, DateMentions.Mention d) {
        for (int j = d.from() - 1; j >= Math.max(s.from(), d.from() - 3); j--) {
            if (speech(tokens, s, j) || tokens.get(j).is("announced")) {
                return true;
            }
        }
        return d.to() < s.to() && (tokens.get(d.to()).is("said") || tokens.get(d.to()).is("told"));
    }
}
