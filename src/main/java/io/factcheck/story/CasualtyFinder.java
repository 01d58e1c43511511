package io.factcheck.story;

import io.factcheck.casualties.MeasureWords;
import io.factcheck.casualties.Qualifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds casualty figures: a count with its qualifier and a measure word.
 * <ul>
 *   <li>"At least 883 people have been killed", "nearly 900 dead", "2.3 million deaths";</li>
 *   <li>"security forces have killed more than 800 protesters", "arrested 200 people", "killing at least 12
 *       people";</li>
 *   <li>"the death toll rose to 5,000", "the number of people killed has risen to 883".</li>
 * </ul>
 * Money, ages, percentages, votes, troops, years and ordinals are not figures of people: they never stand next to
 * a measure word in these forms, and the few that could ("$5 million in damage", "a 30-year-old") are ruled out by
 * the marks and words around them. Place, event, source and as-of date come from the sentence and the story.
 */
final class CasualtyFinder {
    /**
     * @param qualifier as written ("at least"), or null for a figure stated as exact
     * @param measure   the measure phrase as the casualties function reads it ("killed", "death toll")
     */
    record Finding(int start, int end, long count, String qualifier, String measure, int countFrom, int countTo) {
    }

    /** Who a figure counts, between the number and the measure: "883 people killed". */
    private static final Set<String> PEOPLE = Set.of("people", "persons", "civilians", "protesters", "protestors",
            "demonstrators", "individuals", "residents", "villagers", "children", "men", "women", "others",
            "activists", "students", "journalists", "prisoners", "migrants", "refugees", "patients", "victims",
            "palestinians", "israelis", "lebanese", "gazans");
    private static final Set<String> LINKING = Set.of("have", "has", "had", "been", "were", "was", "are", "is",
            "being", "reportedly", "also", "already", "confirmed", "so", "far", "allegedly", "since",
            "officially", "thought", "believed", "feared", "to", "be", "remain", "remained", "remains", "still",
            "total");
    /** Verbs that put the figure after them, and the measure each gives: "killed at least 883 people". */
    private static final Map<String, String> VERBS = Map.of("killed", "killed", "detained", "detained",
            "arrested", "arrested", "injured", "injured", "wounded", "wounded", "killing", "killed",
            "injuring", "injured", "wounding", "wounded");
    /** Measure phrases that read as something else next to a number ("held talks", "dead heat"). */
    private static final Set<String> AMBIGUOUS = Set.of("held", "hurt");
    private static final Set<String> TOLL_LINKS = Set.of("rose", "risen", "has", "have", "had", "climbed", "reached",
            "stands", "stood", "was", "is", "of", "at", "to", "now", "increased", "jumped", "grew", "surpassed",
            "topped", "exceeded", "hit");
    /** What a number is when these follow it: not people. */
    private static final Set<String> NOT_PEOPLE_AFTER = Set.of("%", "percent", "per", "year-old", "years",
            "votes", "seats", "troops", "soldiers", "dollars", "euros", "kyat", "rubles", "roubles", "yuan", "pounds",
            "km", "miles", "kilometres", "kilometers", "times", "th", "st", "nd", "rd");
    private static final int LONGEST_QUALIFIER = 4;
    /** Measures a running number is kept of: "the number of people killed", "the number of deaths". */
    private static final Set<String> COUNTED = Set.of("killed", "dead", "deaths", "detained", "arrested",
            "injured", "wounded", "arrests", "fatalities");
    /** How many words may stand between "death toll" and its verb: "the death toll from the quake in Turkey". */
    private static final int TOLL_REACH = 8;

    List<Finding> find(Copy copy, Sentence s) {
        List<Token> tokens = copy.tokens;
        List<Finding> out = new ArrayList<>(1);
        int i = s.from();
        while (i < s.to()) {
            Counts.Count count = s.dateAt(i) == null ? Counts.at(tokens, i, s.to()) : null;
            if (count == null || !aboutPeople(tokens, s, count)) {
                i++;
                continue;
            }
            Finding found = countThenMeasure(copy, s, count);
            if (found == null) {
                found = measureThenCount(copy, s, count);
            }
            if (found != null) {
                out.add(found);
                out.addAll(SubCountFinder.after(copy, s, found));
            }
            i = count.to();
        }
        return out;
    }

    private static boolean aboutPeople(List<Token> tokens, Sentence s, Counts.Count count) {
        if (count.from() > s.from()) {
            Token before = tokens.get(count.from() - 1);
            if (before.isMark() && "$\u20AC\u00A3\u00A5#".contains(before.text()) || before.is("us$")) {
                return false;
            }
        }
        if (count.to() < s.to()) {
            Token after = tokens.get(count.to());
            String w = after.lower();
            return !NOT_PEOPLE_AFTER.contains(w) && !w.endsWith("-year-old") && !after.isMark('%');
        }
        return true;
    }

    /** "At least 883 people have been killed", "883 deaths". */
    private Finding countThenMeasure(Copy copy, Sentence s, Counts.Count count) {
        List<Token> tokens = copy.tokens;
        int j = count.to();
        String noun = null;
        if (j < s.to() && PEOPLE.contains(tokens.get(j).lower())) {
            noun = tokens.get(j).lower();
            j++;
        }
        int links = 0;
        while (j < s.to() && links < 5 && LINKING.contains(tokens.get(j).lower())) {
            j++;
            links++;
        }
        int end = measureAt(tokens, j, s.to());
        if (end < 0) {
            return null;
        }
        String measure = copy.span(j, end).toLowerCase();
        if (noun != null && links == 0 && MeasureWords.phrases().contains(noun + " " + measure)) {
            measure = noun + " " + measure; // "civilians killed", "children killed": a count of its own
        }
        return finding(copy, s, count, measure, end);
    }

    /** "killed at least 883 people", "the death toll rose to 883". */
    private Finding measureThenCount(Copy copy, Sentence s, Counts.Count count) {
        List<Token> tokens = copy.tokens;
        int q = qualifierStart(tokens, s, count.from());
        int before = q - 1;
        if (before < s.from()) {
            return null;
        }
        if (VERBS.containsKey(tokens.get(before).lower()) && count.to() < s.to()
                && PEOPLE.contains(tokens.get(count.to()).lower())) {
            Finding f = finding(copy, s, count, VERBS.get(tokens.get(before).lower()), count.to() + 1);
            return new Finding(tokens.get(before).start(), f.end(), f.count(), f.qualifier(), f.measure(),
                    count.from(), count.to());
        }
        int j = before;
        while (j > s.from() && TOLL_LINKS.contains(tokens.get(j).lower())) {
            j--;
        }
        if (j == before && !TOLL_LINKS.contains(tokens.get(before).lower())) {
            return null;
        }
        // "the death toll from the earthquake in Turkey has risen to": the toll may stand a few words back
        for (int k = j, words = 0; k > s.from() && words < TOLL_REACH && tokens.get(k).isWord(); k--, words++) {
            if (tokens.get(k).is("toll") && tokens.get(k - 1).is("death")) {
                Finding f = finding(copy, s, count, "death toll", count.to());
                return new Finding(tokens.get(k - 1).start(), f.end(), f.count(), f.qualifier(), f.measure(),
                        count.from(), count.to());
            }
            int number = numberOf(tokens, s, k);
            if (number >= 0) { // "the number of people killed rose to 883"
                Finding f = finding(copy, s, count, tokens.get(k).lower(), count.to());
                return new Finding(tokens.get(number).start(), f.end(), f.count(), f.qualifier(), f.measure(),
                        count.from(), count.to());
            }
        }
        return null;
    }

    /** Where "number of [people] killed" starts when token {@code k} is its measure word, else -1. */
    private static int numberOf(List<Token> tokens, Sentence s, int k) {
        if (!COUNTED.contains(tokens.get(k).lower())) {
            return -1;
        }
        int of = k - 1;
        if (of > s.from() && PEOPLE.contains(tokens.get(of).lower())) {
            of--;
        }
        return of > s.from() && tokens.get(of).is("of") && tokens.get(of - 1).is("number") ? of - 1 : -1;
    }

    private Finding finding(Copy copy, Sentence s, Counts.Count count, String measure, int end) {
        List<Token> tokens = copy.tokens;
        int q = qualifierStart(tokens, s, count.from());
        String qualifier = q < count.from() ? copy.span(q, count.from()).toLowerCase() : null;
        return new Finding(tokens.get(q).start(), tokens.get(end - 1).end(), count.value(), qualifier, measure,
                count.from(), count.to());
    }

    /** The longest qualifier phrase right before the count, or the count's own index when there is none. */
    static int qualifierStart(List<Token> tokens, Sentence s, int count) {
        Set<String> phrases = Qualifier.phrases();
        for (int n = Math.min(LONGEST_QUALIFIER, count - s.from()); n >= 1; n--) {
            StringBuilder phrase = new StringBuilder();
            boolean words = true;
            for (int k = count - n; k < count; k++) {
                words &= tokens.get(k).isWord();
                phrase.append(k > count - n ? " " : "").append(tokens.get(k).lower());
            }
            if (words && phrases.contains(phrase.toString())) {
                return count - n;
            }
        }
        return count;
    }

    /** The end of the longest measure phrase starting at {@code at}, or -1. */
    private static int measureAt(List<Token> tokens, int at, int limit) {
        Set<String> phrases = MeasureWords.phrases();
        for (int n = Math.min(2, limit - at); n >= 1; n--) {
            StringBuilder phrase = new StringBuilder();
            for (int k = at; k < at + n; k++) {
                phrase.append(k > at ? " " : "").append(tokens.get(k).lower());
            }
            String p = phrase.toString();
            if (phrases.contains(p) && !AMBIGUOUS.contains(p) && !p.equals("death toll")) {
                return at + n;
            }
        }
        return -1;
    }
}
