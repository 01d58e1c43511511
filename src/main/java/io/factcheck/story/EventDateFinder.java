package io.factcheck.story;

import io.factcheck.dates.DateExpressionException;
import io.factcheck.dates.DateExpressionReader;
import io.factcheck.kernel.Place;
import io.factcheck.story.text.Copy;
import io.factcheck.story.text.DateMentions;
import io.factcheck.story.text.Tense;
import io.factcheck.story.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds date claims: a date tied to an event of a kind the dataset records.
 * A sentence that speaks of what is yet to happen ("will", "scheduled", "expected") makes no date claim.
 * <ul>
 *   <li>"the Feb. 1 coup", "the November 2020 military coup": the date, then the event;</li>
 *   <li>"the coup on February 1", "elections held in November": the event, then the date;</li>
 *   <li>"almost five months after the coup", when the sentence speaks of now ("the military has still not
 *       managed"): written as the date reader reads it, "almost five months ago". In a past-tense sentence
 *       ("Two months after the coup, protesters marched") it dates the march, not the coup: no claim.</li>
 * </ul>
 */
final class EventDateFinder {
    /**
     * @param event the event's words as written ("coup", "military coup", "elections")
     * @param date  the date as the date reader takes it ("Feb. 1", "almost five months ago")
     * @param place the place the event's words name, or null (then the checker infers one)
     */
    record Finding(int start, int end, String event, String date, Place place) {
    }

    /** Words between a date and its event: "the Feb. 1 military coup", "the 2015 general elections". */
    private static final Set<String> MODIFIERS = Set.of("military", "army", "presidential", "parliamentary",
            "general", "legislative", "national", "failed", "attempted", "abortive", "bloodless", "disputed",
            "contested", "snap", "landmark", "historic", "successful", "latest", "last", "palace", "federal",
            "local", "constitutional", "and");
    /** Words between an event and its date: "elections held in November", "the coup that took place on". */
    private static final Set<String> LINKS = Set.of("held", "staged", "launched", "that", "which", "took", "place",
            "was", "were", "carried", "out", "mounted");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "of");
    private static final Set<String> SEIZED = Set.of("seized", "seizing", "seize", "seizes", "grabbed", "grabbing");
    private static final Set<String> AFTER = Set.of("after", "since");
    /** Words a quantity of time does not start with: "in the five months after" is "five months". */
    private static final Set<String> NOT_QUANTITY = Set.of("in", "the", "of", "on", "at", "for", "during", "and");
    private static final Set<String> UNITS = Set.of("hour", "hours", "day", "days", "week", "weeks", "month",
            "months", "year", "years", "decade", "decades");

    private static final Set<String> VOTE_WORDS = Set.of("vote", "ballot");
    /** What a parliament votes on (the word before "vote"), not whom a country elects. */
    private static final Set<String> MOTIONS = Set.of("confidence", "no-confidence", "impeachment", "censure",
            "budget", "cloture", "procedural", "committee", "floor", "party-line", "recall");

    /** "a vote of no confidence", "a vote of censure". */
    private static final Set<String> MOTIONS_AFTER_OF = Set.of("no", "confidence", "censure");

    private final Function<String, String> kindOf;
    private final DateExpressionReader reader;

    /** @param kindOf the kind of event a folded word names, or null (the dates wing's resolver) */
    EventDateFinder(Function<String, String> kindOf, DateExpressionReader reader) {
        this.kindOf = kindOf;
        this.reader = reader;
    }

    List<Finding> find(Copy copy, Sentence s, LocalDate published) {
        List<Token> tokens = copy.tokens;
        List<Finding> out = new ArrayList<>(1);
        for (DateMentions.Mention d : s.dates()) {
            if (Tense.ahead(tokens, s.from(), s.to(), d.from(), d.to()) || d.readings().best().start().isAfter(published)) {
                continue; // "elections will be held in November": nothing has happened to check
            }
            Finding found = dateThenEvent(copy, s, d);
            if (found == null) {
                found = eventThenDate(copy, s, d);
            }
            if (found == null) {
                found = predicate(copy, s, d);
            }
            if (found != null && !overlaps(out, found)) {
                out.add(found); // "the 2020 election was held on Nov. 3": one claim, the first read
            }
            EventPredicates.Event when = EventPredicates.whenClause(copy, s, d, w -> kindOf.apply(w) != null,
                    i -> isEvent(tokens, s, i));
            if (when != null && (found == null || found.end() <= tokens.get(when.from()).start())) {
                out.add(finding(copy, s, d, when));
            }
        }
        for (int i = s.from(); i < s.to(); i++) {
            if (tokens.get(i).isWord() && AFTER.contains(tokens.get(i).lower())) {
                Finding found = timeAfterEvent(copy, s, i, published);
                if (found != null && !overlaps(out, found)) {
                    out.add(found);
                }
            }
        }
        return out;
    }

    private static boolean overlaps(List<Finding> found, Finding f) {
        for (Finding other : found) {
            if (f.start() < other.end() && other.start() < f.end()) {
                return true;
            }
        }
        return false;
    }

    /** The event word at {@code at}: a kind the dataset records, unless the words around it make it another thing. */
    private boolean isEvent(List<Token> tokens, Sentence s, int at) {
        Token t = tokens.get(at);
        return t.isWord() && kindOf.apply(PlaceNames.fold(t.lower())) != null && !electsNoOne(tokens, s, at);
    }

    /**
     * A vote or ballot that chooses no government: "a no-confidence vote", "the impeachment vote", "a vote of no
     * confidence", "a vote to impeach". Parliaments hold them every week; none is an election.
     */
    private static boolean electsNoOne(List<Token> tokens, Sentence s, int at) {
        if (!VOTE_WORDS.contains(tokens.get(at).lower())) {
            return false;
        }
        for (int i = Math.max(s.from(), at - 3); i < at; i++) {
            if (tokens.get(i).isWord() && MOTIONS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        int next = at + 1;
        return next + 1 < s.to() && (tokens.get(next).is("of") && MOTIONS_AFTER_OF.contains(tokens.get(next + 1).lower())
                || tokens.get(next).is("to") && tokens.get(next + 1).isWord() && !tokens.get(next + 1).is("the"));
    }

    /** "seized power": a coup named by its verb, when the dataset records coups. */
    private boolean isSeizure(List<Token> tokens, Sentence s, int at) {
        return at > s.from() && tokens.get(at).is("power") && SEIZED.contains(tokens.get(at - 1).lower())
                && kindOf.apply("coup") != null;
    }

    private Finding dateThenEvent(Copy copy, Sentence s, DateMentions.Mention d) {
        List<Token> tokens = copy.tokens;
        PlaceNames.Mention owner = d.from() > s.from() ? s.placeAt(d.from() - 1) : null;
        Place place = owner == null ? null : owner.place(); // "Thailand's 2014 coup"
        int j = d.to();
        while (j < s.to() && j < d.to() + 4) {
            Token t = tokens.get(j);
            if (isEvent(tokens, s, j)) {
                if (place == null) {
                    place = placeAfter(tokens, s, j + 1); // "the Feb. 1 coup in Myanmar"
                }
                return new Finding(tokens.get(d.from()).start(), t.end(), copy.span(d.to(), j + 1),
                        copy.span(d.from(), d.to()), place);
            }
            PlaceNames.Mention m = s.placeAt(j);
            if (m != null) {
                place = m.place();
                j = m.to();
            } else if (t.isWord() && MODIFIERS.contains(t.lower()) || t.isMark(',') && j == d.to()) {
                j++; // "the Feb. 1, 2021, coup": AP style closes a full date with a comma
            } else {
                return null;
            }
        }
        return null;
    }

    /** The event a date's verb or noun names: "The war erupted on October 7", "the 1996 shelling of Qana". */
    private Finding predicate(Copy copy, Sentence s, DateMentions.Mention d) {
        EventPredicates.Event e = EventPredicates.of(copy, s, d, w -> kindOf.apply(w) != null,
                i -> isEvent(copy.tokens, s, i));
        return e == null ? null : finding(copy, s, d, e);
    }

    private static Finding finding(Copy copy, Sentence s, DateMentions.Mention d, EventPredicates.Event e) {
        return new Finding(copy.tokens.get(e.from()).start(), copy.tokens.get(e.to() - 1).end(), e.event(),
                copy.span(d.from(), d.to()), placeWithin(s, e.from(), e.to()));
    }

    /** The one place named in tokens [from, to), or null. */
    private static Place placeWithin(Sentence s, int from, int to) {
        Place found = null;
        for (PlaceNames.Mention m : s.places()) {
            if (m.from() >= from && m.to() <= to) {
                if (found != null && found != m.place()) {
                    return null;
                }
                found = m.place();
            }
        }
        return found;
    }

    /** The place of "in Myanmar" starting at token {@code at}, or null. */
    private static Place placeAfter(List<Token> tokens, Sentence s, int at) {
        PlaceNames.Mention m = at + 1 < s.to() && tokens.get(at).is("in") ? s.placeAt(at + 1) : null;
        return m != null && m.from() == at + 1 ? m.place() : null;
    }

    private Finding eventThenDate(Copy copy, Sentence s, DateMentions.Mention d) {
        List<Token> tokens = copy.tokens;
        int j = d.from() - 1;
        if (j < s.from() || !PREPOSITIONS.contains(tokens.get(j).lower())) {
            return null;
        }
        j--;
        int links = 0;
        Place place = null;
        while (j >= s.from() && links < 4) {
            PlaceNames.Mention m = s.placeAt(j);
            if (m != null && m.from() - 1 > s.from() && tokens.get(m.from() - 1).is("in")) {
                place = m.place(); // "the coup in Myanmar on February 1"
                j = m.from() - 2;
            } else if (LINKS.contains(tokens.get(j).lower()) || tokens.get(j).isMark(',') && links > 0) {
                j--; // "the coup, which took place on Feb. 1"
            } else {
                break;
            }
            links++;
        }
        if (j > s.from() && isSeizure(tokens, s, j)) {
            // "the military seized power on Feb. 1": the event's words are the verb's, the kind is a coup
            return new Finding(tokens.get(j - 1).start(), tokens.get(d.to() - 1).end(),
                    "coup (" + copy.span(j - 1, j + 1) + ")", copy.span(d.from(), d.to()), place);
        }
        if (j < s.from() || !isEvent(tokens, s, j)) {
            return null;
        }
        int eventStart = j;
        while (eventStart - 1 >= s.from()) {
            Token p = tokens.get(eventStart - 1);
            PlaceNames.Mention m = s.placeAt(eventStart - 1);
            if (m != null) {
                place = place == null ? m.place() : place;
                eventStart = m.from();
            } else if (p.isWord() && MODIFIERS.contains(p.lower()) && !p.is("and")) {
                eventStart--;
            } else {
                break;
            }
        }
        return new Finding(tokens.get(eventStart).start(), tokens.get(d.to() - 1).end(),
                copy.span(eventStart, j + 1), copy.span(d.from(), d.to()), place);
    }

    /** "almost five months after the coup" in a sentence of now: the coup was almost five months ago. */
    private Finding timeAfterEvent(Copy copy, Sentence s, int after, LocalDate published) {
        List<Token> tokens = copy.tokens;
        int unit = after - 1;
        if (unit <= s.from() || !UNITS.contains(tokens.get(unit).lower())) {
            return null;
        }
        int event = after + 1;
        if (event < s.to() && tokens.get(event).is("the")) {
            event++;
        }
        Place place = null;
        int limit = Math.min(s.to(), event + 7);
        while (event < limit && !isEvent(tokens, s, event) && !EventPredicates.isNoun(tokens, s, event)) {
            PlaceNames.Mention m = s.placeAt(event);
            if (m != null) {
                place = m.place();
                event = m.to();
            } else if (tokens.get(event).isWord()) {
                event++; // "a week after one of the most devastating quakes"
            } else {
                return null;
            }
        }
        if (event >= limit) {
            return null;
        }
        if (event >= s.to()) {
            return null;
        }
        // the quantity: up to four words before the unit ("almost five", "more than two", "a few")
        for (int start = Math.max(s.from(), unit - 4); start < unit; start++) {
            if (tokens.get(start).isMark() || NOT_QUANTITY.contains(tokens.get(start).lower())) {
                continue;
            }
            String elapsed = copy.span(start, unit + 1) + " ago";
            if (readable(elapsed, published) && speaksOfNow(tokens, s, start, event + 1)) {
                return new Finding(tokens.get(start).start(), tokens.get(event).end(), copy.span(event, event + 1),
                        elapsed.replaceAll("\\s+", " "), place);
            }
        }
        return null;
    }

    /**
     * Whether the clause around the phrase [start, end) is in the present: for an opening phrase, the main clause
     * past its comma ("Almost five months after the coup that ended ..., the military has"); inside a sentence, the
     * words before it ("It is now five months since the coup").
     */
    private static boolean speaksOfNow(List<Token> tokens, Sentence s, int start, int end) {
        if (start > s.from() && Tense.present(tokens, s.from(), start)) {
            return true;
        }
        // "More than 40 hours have passed since the earthquake", "and 341 are missing six days after the disaster"
        int unit = start;
        while (unit < end && !UNITS.contains(tokens.get(unit).lower())) {
            unit++;
        }
        int after = unit;
        while (after < end && !AFTER.contains(tokens.get(after).lower())) {
            after++;
        }
        if (after > unit + 1 && Tense.present(tokens, unit + 1, after)) {
            return true;
        }
        for (int c = start - 1; c > s.from(); c--) {
            Token t = tokens.get(c);
            if (t.isMark(',') || t.is("and") || t.is("that") || t.is("but")) {
                if (Tense.present(tokens, c + 1, start)) {
                    return true;
                }
                break;
            }
        }
        for (int i = end; i < s.to(); i++) {
            if (tokens.get(i).isMark(',')) {
                return Tense.present(tokens, i + 1, s.to());
            }
        }
        return start == s.from() && Tense.present(tokens, end, s.to());
    }

    private boolean readable(String text, LocalDate published) {
        try {
            reader.read(text, published);
            return true;
        } catch (DateExpressionException e) {
            return false;
        }
    }
}
