package io.factcheck.story;

import io.factcheck.casualties.Qualifier;
import io.factcheck.story.text.Copy;
import io.factcheck.story.text.DateMentions;
import io.factcheck.story.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds casualty figures: a count of people with its qualifier and what happened to them, however the copy orders
 * the words.
 * <ul>
 *   <li>count first: "At least 883 people have been killed", "soldiers and police officers in the north were
 *       wounded", "six people lost their lives", "nearly 900 dead", "2.3 million deaths";</li>
 *   <li>verb first: "security forces have killed more than 800 protesters", "killing 12", "wounding 28 others",
 *       "leaving 24 dead", "claimed 130 lives";</li>
 *   <li>a toll: "the death toll rose to 5,000", "the number of people killed has risen to 883", "the casualties
 *       swelled to 15,207", "deaths topped 1,000";</li>
 *   <li>a further figure of a measure the sentence gave: "another 67 in Negombo", "452 in Taroudant", "including
 *       64 children", "up from 2,000".</li>
 * </ul>
 * Money, ages, percentages, votes, years and ordinals are not figures of people: they never stand next to a
 * measure word in these forms, and the few that could ("$5 million in damage", "a 30-year-old") are ruled out by
 * the marks and words around them. Place, event, source and as-of date come from the sentence and the story.
 */
final class CasualtyFinder {
    /**
     * @param qualifier as claims write it ("at least", "about", "over"), or null for a figure stated as exact
     * @param measure   killed, deaths, injured, missing, detained, arrested or casualties
     */
    record Finding(int start, int end, long count, String qualifier, String measure, int countFrom, int countTo) {
    }

    private static final int LONGEST_QUALIFIER = 4;
    /** How many tokens may stand between a count (and its people) and its measure. */
    private static final int MEASURE_REACH = 10;
    /** How far back a further figure may find the one whose measure it takes. */
    private static final int FOLLOW_REACH = 40;
    private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "according", "reported",
            "announced", "added");

    List<Finding> find(Copy copy, Sentence s) {
        List<Token> tokens = copy.tokens;
        List<Finding> out = new ArrayList<>(1);
        int i = s.from();
        while (i < s.to()) {
            Counts.Count count = s.dateAt(i) == null || bareYearFigure(tokens, s, i) ? Counts.at(tokens, i, s.to()) : null;
            if (count == null || !aboutPeople(tokens, s, count)) {
                i++;
                continue;
            }
            Finding found = verbThenCount(copy, s, count);
            if (found == null) {
                found = countThenMeasure(copy, s, count);
            }
            if (found == null) {
                found = CasualtyTolls.toll(copy, s, count);
            }
            if (found == null && !out.isEmpty()) {
                found = followUp(copy, s, count, out.get(out.size() - 1));
            }
            int next = count.to();
            if (found != null && !foreseen(tokens, s, found)) {
                out.add(found);
                if (eachOfTwo(tokens, s, count.to())) {
                    out.add(found); // "two each in Noto and Anamizu": a figure for each place
                }
                // "killed in Gaza, including 16,500 children": the children's own count, not a further toll
                for (Finding sub : SubCountFinder.after(copy, s, found)) {
                    out.add(sub);
                    next = Math.max(next, sub.countTo());
                }
            }
            i = next;
        }
        return out;
    }

    /** "(1345)" after a figure, "2012 people": a number a date reader could take for a year, standing as a count. */
    private static boolean bareYearFigure(List<Token> tokens, Sentence s, int i) {
        DateMentions.Mention d = s.dateAt(i);
        if (d.from() != i || d.to() != i + 1 || !tokens.get(i).isNumber()) {
            return false;
        }
        boolean parenthesized = i > s.from() && tokens.get(i - 1).isMark('(') && i + 1 < s.to()
                && tokens.get(i + 1).isMark(')');
        return parenthesized || CasualtyWords.peopleEnd(tokens, i + 1, s.to()) > i + 1
                || CasualtyWords.measureAt(tokens, i + 1, s.to(), false) != null;
    }

    /**
     * A figure the copy does not assert: a projection ("may rise to over 10,000 dead", "could be more than 1,000
     * dead") or one it reports as denied ("rejected the claim about 65 deaths").
     */
    private static boolean foreseen(List<Token> tokens, Sentence s, Finding f) {
        int at = f.countFrom() - 1;
        while (at > s.from() && tokens.get(at).start() >= f.start()) {
            at--;
        }
        for (int k = f.countFrom() - 1; k >= Math.max(s.from(), at - 5); k--) {
            Token t = tokens.get(k);
            if (k <= at && (t.isMark(',') || t.isMark(';'))) {
                return false;
            }
            if (CasualtyWords.UNASSERTED.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "each in Noto and Anamizu" after a figure and its measure. */
    private static boolean eachOfTwo(List<Token> tokens, Sentence s, int from) {
        for (int k = from; k < Math.min(s.to() - 2, from + 3); k++) {
            if (tokens.get(k).is("each") && tokens.get(k + 1).is("in")) {
                for (int j = k + 2; j < Math.min(s.to() - 1, k + 7); j++) {
                    if (tokens.get(j).is("and")) {
                        return tokens.get(j + 1).capitalized();
                    }
                }
            }
        }
        return false;
    }

    private static boolean aboutPeople(List<Token> tokens, Sentence s, Counts.Count count) {
        if (count.from() > s.from()) {
            Token before = tokens.get(count.from() - 1);
            if (before.isMark() && "$\u20AC\u00A3\u00A5#".contains(before.text()) || before.is("us$")
                    || before.is("no") || before.is("magnitude") || before.is("aged") || before.is("age")) {
                return false;
            }
            Token twoBefore = count.from() - 2 >= s.from() ? tokens.get(count.from() - 2) : null;
            if (twoBefore != null && (before.is("of") && twoBefore.is("age") // "under the age of ten"
                    || before.is("in") && (twoBefore.isNumber() || Counts.at(tokens, count.from() - 2, s.to()) != null)
                    || (before.is("to") || before.isMark('-')) && twoBefore.isNumber() && !fromBefore(tokens, s,
                    count.from() - 2))) { // "one in 10", "500 to 5,000": a share, a range
                return false;
            }
        }
        if (count.to() < s.to()) {
            Token after = tokens.get(count.to());
            String w = after.lower();
            if ((w.equals("to") || after.isMark('-')) && count.to() + 1 < s.to() && tokens.get(count.to() + 1).isNumber()
                    && !fromBefore(tokens, s, count.from()) || w.equals("of") && count.value() == 1) {
                return false; // "0 to 200 fatalities" is a range, "one of his sons" no count
            }
            return !CasualtyWords.NOT_PEOPLE_AFTER.contains(w) && !w.endsWith("-year-old") && !w.endsWith("-magnitude")
                    && !after.isMark('%');
        }
        return true;
    }

    /** "from 212,000 to 230,000" is a rise; a range has no "from". */
    private static boolean fromBefore(List<Token> tokens, Sentence s, int at) {
        return at > s.from() && (tokens.get(at - 1).is("from") || tokens.get(at - 1).is("by"));
    }

    /** "At least 883 people have been killed", "883 deaths", "95 people, including 14 officers, died". */
    private Finding countThenMeasure(Copy copy, Sentence s, Counts.Count count) {
        List<Token> tokens = copy.tokens;
        int people = CasualtyWords.peopleEnd(tokens, count.to(), s.to());
        boolean afterPeople = people > count.to();
        int j = people;
        for (int steps = 0; j < s.to() && steps < MEASURE_REACH; steps++) {
            CasualtyWords.Measure m = CasualtyWords.measureAt(tokens, j, s.to(),
                    afterPeople || j > count.to() || count.value() == 1);
            if (m != null) {
                return finding(copy, s, count, m.measure(), m.end(), qualifierStart(tokens, s, count.from()));
            }
            Token t = tokens.get(j);
            int noun = j == people ? nounAfterModifiers(tokens, j, s.to()) : -1;
            if (noun >= 0) { // "418 more Covid-19-related deaths", "545 total doctor deaths"
                j = noun;
            } else if (t.isMark(',') && j + 1 < s.to() && tokens.get(j + 1).is("including")) {
                j = closingComma(tokens, j + 1, s.to()); // "95 people, including 14 officers, died"
            } else if (CasualtyWords.linking(t)) {
                j++;
            } else if (CasualtyWords.preposition(t) || t.is("and") && j == people && afterPeople) {
                j = phraseEnd(tokens, j + 1, s.to()); // "people in the north", "soldiers and police officers"
            } else {
                return null;
            }
        }
        return null;
    }

    /** Where a measure noun stands after one or two words that qualify it ("total doctor deaths"), or -1. */
    private static int nounAfterModifiers(List<Token> tokens, int at, int limit) {
        for (int k = at + 1; k < Math.min(limit, at + 3); k++) {
            if (!tokens.get(k - 1).isWord() || tokens.get(k - 1).is("and") || SPEECH.contains(tokens.get(k - 1).lower())) {
                return -1;
            }
            CasualtyWords.Measure m = CasualtyWords.measureAt(tokens, k, limit, true);
            if (m != null && CasualtyWords.NOUNS.contains(tokens.get(k).lower())) {
                return k;
            }
        }
        return -1;
    }

    /** Past the words of a noun phrase after a preposition: up to a linking word, a measure or a mark. */
    private static int phraseEnd(List<Token> tokens, int from, int limit) {
        int k = from;
        while (k < limit && k < from + 6 && (tokens.get(k).isWord() || tokens.get(k).isMark('\''))
                && !CasualtyWords.linking(tokens.get(k)) && CasualtyWords.measureAt(tokens, k, limit, true) == null
                && !SPEECH.contains(tokens.get(k).lower())) {
            k++;
        }
        return k;
    }

    private static int closingComma(List<Token> tokens, int from, int limit) {
        for (int k = from; k < Math.min(limit, from + 10); k++) {
            if (tokens.get(k).isMark(',')) {
                return k + 1;
            }
        }
        return limit;
    }

    /** "killed at least 883 people", "wounding 28 others", "leaving 24 dead", "claimed 130 lives". */
    private Finding verbThenCount(Copy copy, Sentence s, Counts.Count count) {
        List<Token> tokens = copy.tokens;
        int q = qualifierStart(tokens, s, count.from());
        int before = q - 1;
        while (before > s.from() && (tokens.get(before).is("another") || tokens.get(before).is("a")
                && tokens.get(before + 1).is("further"))) {
            before--;
        }
        if (before < s.from() || !tokens.get(before).isWord()) {
            return null;
        }
        String verb = tokens.get(before).lower();
        int people = CasualtyWords.peopleEnd(tokens, count.to(), s.to());
        if (CasualtyWords.VERBS.containsKey(verb)) {
            if (people == count.to() && !bareFigureEnds(tokens, count.to(), s.to())) {
                return null;
            }
            return finding(copy, s, count, CasualtyWords.VERBS.get(verb), Math.max(people, count.to()), before);
        }
        if (CasualtyWords.LEAVING.contains(verb) || verb.equals("in") && before > s.from()
                && tokens.get(before - 1).lower().startsWith("result")) {
            CasualtyWords.Measure m = CasualtyWords.measureAt(tokens, people, s.to(), true);
            if (m == null && verb.startsWith("claim") && people > count.to()) {
                m = new CasualtyWords.Measure(people, "deaths"); // "claimed 289 victims"
            }
            if (m != null) {
                return finding(copy, s, count, m.measure(), m.end(), verb.equals("in") ? before - 1 : before);
            }
        }
        return null;
    }

    /** A bare figure after a verb ("wounded more than 12,000") ends where the clause does, not before a noun. */
    private static boolean bareFigureEnds(List<Token> tokens, int at, int limit) {
        if (at >= limit) {
            return true;
        }
        Token t = tokens.get(at);
        return t.isMark() && !t.isMark('%') || t.is("and") || t.is("in") || t.is("at") || t.is("on")
                || t.is("since") || t.is("during") || t.is("across") || t.is("when") || t.is("as");
    }

    /**
     * A further figure of the measure the sentence gave last: "another 67 in the church attack", "452 in
     * Taroudant", "including 64 children", "16 children and five women", "up from 2,000 a day before".
     */
    private Finding followUp(Copy copy, Sentence s, Counts.Count count, Finding last) {
        List<Token> tokens = copy.tokens;
        int q = qualifierStart(tokens, s, count.from());
        if (count.from() <= last.countTo() || count.from() - last.countTo() > FOLLOW_REACH) {
            return null;
        }
        Token before = tokens.get(q - 1);
        boolean lead = before.isMark(',') || before.isMark('(') || CasualtyWords.FOLLOW_UP.contains(before.lower())
                || CasualtyWords.RECORDED.contains(before.lower()) || before.is("up");
        if (!lead) {
            return null;
        }
        int people = CasualtyWords.peopleEnd(tokens, count.to(), s.to());
        int end = people;
        if (end < s.to()) {
            Token after = tokens.get(end);
            boolean closes = after.isMark() || after.is("in") || after.is("at") || after.is("on") || after.is("and")
                    || after.is("each") || after.is("a") || after.is("from") || after.is("to");
            if (!closes || people == count.to() && !after.isMark() && !after.is("in") && !after.is("on")
                    && !after.is("each") && !after.is("a") && !after.is("and") && !after.is("at")) {
                return null;
            }
        }
        int start = q;
        while (start > s.from() + 1 && (tokens.get(start - 1).is("another") || tokens.get(start - 1).is("further")
                || tokens.get(start - 1).is("additional") || tokens.get(start - 1).is("a")
                || tokens.get(start - 1).is("an"))) {
            start--; // "a further five", "another 67"
        }
        return finding(copy, s, count, last.measure(), placeEnd(tokens, s, Math.max(end, count.to())), start);
    }

    /** Past "in Taroudant", "in the Free State" after a further figure: the place it is given for. */
    private static int placeEnd(List<Token> tokens, Sentence s, int at) {
        if (at + 1 >= s.to() || !(tokens.get(at).is("in") || tokens.get(at).is("at"))) {
            return at;
        }
        int k = at + 1;
        while (k < s.to() && (tokens.get(k).is("the") || tokens.get(k).is("town") || tokens.get(k).is("of"))) {
            k++;
        }
        int end = k;
        while (end < s.to() && end < k + 4 && tokens.get(end).capitalized()) {
            end++;
        }
        return end > k ? end : at;
    }

    static Finding finding(Copy copy, Sentence s, Counts.Count count, String measure, int end, int start) {
        List<Token> tokens = copy.tokens;
        int q = qualifierStart(tokens, s, count.from());
        String qualifier = q < count.from() ? CasualtyWords.qualifier(copy.span(q, count.from())) : null;
        int from = Math.min(start, q);
        return new Finding(tokens.get(from).start(), tokens.get(Math.max(end, count.to()) - 1).end(), count.value(),
                qualifier, measure, count.from(), count.to());
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
            String p = phrase.toString();
            if (words && (phrases.contains(p) || CasualtyWords.OVER.contains(p))
                    && !(p.equals("up to") && count - n - 1 >= s.from() && rises(tokens.get(count - n - 1)))) {
                return count - n;
            }
        }
        return count;
    }

    /** "rose up to 2,344" is a rise to the figure, not "up to" it. */
    private static boolean rises(Token t) {
        return t.is("rose") || t.is("risen") || t.is("climbed") || t.is("gone") || t.is("went");
    }
}
