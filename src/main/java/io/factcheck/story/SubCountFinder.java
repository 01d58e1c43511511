package io.factcheck.story;

import io.factcheck.casualties.MeasureWords;
import io.factcheck.story.text.Copy;
import io.factcheck.story.text.Token;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sub-counts a toll carries after it: "more than 40,000 Palestinians have been killed, including 16,500
 * children", "1,108 killed, among them 234 children". Each is a figure of its own, of the toll's measure narrowed
 * to who it counts ("children killed"), checked against the counter's series of that sub-count, never the toll.
 * Only measures the casualties function reads are made; a figure already read with its own measure word ("including
 * 16,500 children killed") is left to {@link CasualtyFinder}.
 */
final class SubCountFinder {
    /** Words that open a sub-count after a toll. */
    private static final List<List<String>> OPENERS = List.of(List.of("including"), List.of("among", "them"),
            List.of("among", "whom"), List.of("of", "whom"), List.of("of", "them"));
    /** Who a sub-count counts, folded, and how the measure names them. */
    private static final Map<String, String> WHO = Map.ofEntries(Map.entry("children", "children"),
            Map.entry("minors", "minors"), Map.entry("women", "women"), Map.entry("journalists", "journalists"),
            Map.entry("reporters", "reporters"), Map.entry("medics", "medics"),
            Map.entry("health workers", "health workers"), Map.entry("medical staff", "medical staff"),
            Map.entry("medical workers", "medical workers"), Map.entry("rescuers", "rescuers"),
            Map.entry("first responders", "first responders"));
    /** Whether the toll's measure is of the killed or of the injured. */
    private static final Set<String> KILLED = Set.of("killed", "dead", "deaths", "died", "death toll", "fatalities",
            "lives lost", "civilians killed", "civilian deaths");
    private static final Set<String> INJURED = Set.of("injured", "wounded", "hurt", "injuries");
    private static final Set<String> LINKS = Set.of("were", "are", "was", "being");
    /** How many words may stand between a toll and the comma before its sub-count: "killed in the Gaza Strip". */
    private static final int REACH = 8;

    private SubCountFinder() {
    }

    /** The sub-counts right after {@code toll}, up to the sentence's end or its next toll. */
    static List<CasualtyFinder.Finding> after(Copy copy, Sentence s, CasualtyFinder.Finding toll) {
        String kind = KILLED.contains(toll.measure()) ? "killed" : INJURED.contains(toll.measure()) ? "injured" : null;
        if (kind == null) {
            return List.of();
        }
        List<Token> tokens = copy.tokens;
        int at = afterComma(tokens, s, firstTokenAfter(tokens, s, toll.end()));
        int opened = opener(tokens, s, at);
        if (opened < 0) {
            return List.of();
        }
        while (opened < s.to() && LINKS.contains(tokens.get(opened).lower())) {
            opened++;
        }
        int q = opened;
        int count = q;
        while (count < s.to() && count - q < 4 && Counts.at(tokens, count, s.to()) == null) {
            count++;
        }
        Counts.Count n = count < s.to() ? Counts.at(tokens, count, s.to()) : null;
        if (n == null || CasualtyFinder.qualifierStart(tokens, s, count) != q) {
            return List.of();
        }
        int whoEnd = n.to();
        while (whoEnd < s.to() && LINKS.contains(tokens.get(whoEnd).lower())) {
            whoEnd++;
        }
        for (int words = 2; words >= 1; words--) {
            if (whoEnd + words > s.to()) {
                continue;
            }
            String who = WHO.get(copy.span(whoEnd, whoEnd + words).toLowerCase());
            String measure = who == null ? null : who + " " + kind;
            if (measure != null && MeasureWords.phrases().contains(measure)
                    && !followedByMeasure(tokens, s, whoEnd + words)) {
                String qualifier = q < count ? copy.span(q, count).toLowerCase() : null;
                return List.of(new CasualtyFinder.Finding(tokens.get(q).start(), tokens.get(whoEnd + words - 1).end(),
                        n.value(), qualifier, measure, n.from(), n.to()));
            }
        }
        return List.of();
    }

    /**
     * The token after the comma that closes the toll's phrase ("killed in Gaza, including ..."), at most
     * {@value #REACH} words on and with no other figure between; {@code at} itself when no comma comes.
     */
    private static int afterComma(List<Token> tokens, Sentence s, int at) {
        for (int i = at; i < s.to() && i - at <= REACH; i++) {
            if (tokens.get(i).isMark(',')) {
                return i + 1;
            }
            if (Counts.at(tokens, i, s.to()) != null || tokens.get(i).isMark() && !tokens.get(i).isMark('-')) {
                return at;
            }
        }
        return at;
    }

    private static int firstTokenAfter(List<Token> tokens, Sentence s, int offset) {
        int i = s.from();
        while (i < s.to() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    /** The token after an opener starting at {@code at}, or -1. */
    private static int opener(List<Token> tokens, Sentence s, int at) {
        for (List<String> words : OPENERS) {
            int i = 0;
            while (i < words.size() && at + i < s.to() && tokens.get(at + i).is(words.get(i))) {
                i++;
            }
            if (i == words.size()) {
                return at + i;
            }
        }
        return -1;
    }

    private static boolean followedByMeasure(List<Token> tokens, Sentence s, int at) {
        return at < s.to() && MeasureWords.phrases().contains(tokens.get(at).lower());
    }
}
