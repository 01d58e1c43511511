package io.factcheck.story;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.story.text.Copy;
import io.factcheck.story.text.DateMentions;
import io.factcheck.story.text.Tense;
import io.factcheck.story.text.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The time an official's title speaks of, when it is not the story's own day.
 * <ul>
 *   <li>A sentence that reports the holder's removal, resignation, arrest in a coup, death or replacement ("President
 *       X was removed from office on April 11", "ousting President X", "President X resigned Sunday") speaks of the
 *       time before it: the title is checked on the day before that event's date, or, with no date, as a former
 *       post on the story's day.</li>
 *   <li>A sentence about a past event dated to the day ("On March 3, President X ordered ...") is checked on that
 *       day.</li>
 * </ul>
 */
final class TitleTime {
    /** @param asOf the day to check the title on (yyyy-mm-dd), or null for the story's day; @param status or null */
    record Reading(String asOf, String status) {
        static final Reading STORY_DAY = new Reading(null, null);
    }

    /** Verbs before a title whose holder they remove: "ousting President X", "toppled leader X". */
    private static final Set<String> REMOVING = Set.of("ousting", "ousted", "oust", "toppled", "toppling", "topple",
            "deposed", "deposing", "depose", "overthrew", "overthrowing", "overthrow", "removed", "removing", "replaced",
            "replacing", "succeeded", "succeeding", "impeached", "impeaching", "killed", "killing", "assassinated",
            "sacked", "dismissed", "unseated", "unseating", "detained", "arrested", "captured", "detaining",
            "arresting");
    /** Verbs after a name that say its holder left the post: "resigned", "was ousted", "stepped down". */
    private static final Set<String> LEFT = Set.of("resigned", "resigns", "resign", "quit", "quits", "died", "dies",
            "stepped", "step", "steps", "fled", "abdicated");
    /** The same, in the passive: only after "was", "were", "been" ("had fired" is the holder firing someone). */
    private static final Set<String> PASSIVE = Set.of("removed", "ousted", "overthrown", "toppled", "deposed",
            "killed", "assassinated", "replaced", "impeached", "sacked", "dismissed", "fired", "arrested", "detained",
            "captured", "unseated", "forced");
    /** Arrests end a term only in a coup. */
    private static final Set<String> ARRESTS = Set.of("arrested", "detained", "captured", "detaining", "arresting");
    /** Words between a name and its verb: "President X and Prime Minister Y were arrested", "X, who was ousted". */
    private static final Set<String> BETWEEN = Set.of("and", "who", "was", "were", "been", "had", "has", "have", "is",
            "later", "then", "finally", "reportedly", "eventually", "himself", "herself", "to", "forced", "being");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her");
    private static final int REACH = 12;

    private TitleTime() {
    }

    /** The time the title of the official read at characters [start, end) of sentence {@code s} speaks of. */
    static Reading of(Copy copy, Sentence s, int start, int end, LocalDate published) {
        List<Token> tokens = copy.tokens;
        int from = s.from();
        while (from < s.to() && tokens.get(from).start() < start) {
            from++;
        }
        int to = from;
        while (to < s.to() && tokens.get(to).end() <= end) {
            to++;
        }
        int verb = removal(tokens, s, from, to);
        if (verb >= 0) {
            DateMentions.Mention d = nearestDate(tokens, s, verb, published);
            if (d == null) {
                return new Reading(null, "former");
            }
            DateSpan when = d.readings().best();
            return new Reading(when.start().minusDays(1).toString(), null);
        }
        if (s.dates().size() == 1 && !Tense.present(tokens, s.from(), s.to())) {
            DateMentions.Mention d = s.dates().get(0);
            DateSpan when = d.readings().best();
            if (when.precision() == DatePrecision.DAY && when.start().isBefore(published) && !said(tokens, s, d)) {
                return new Reading(when.start().toString(), null);
            }
        }
        return Reading.STORY_DAY;
    }

    /** The token of the verb that removes the holder named at [from, to), or -1. */
    private static int removal(List<Token> tokens, Sentence s, int from, int to) {
        int before = from - 1;
        while (before >= s.from() && DETERMINERS.contains(tokens.get(before).lower())) {
            before--;
        }
        if (before >= s.from() && REMOVING.contains(tokens.get(before).lower())
                && (!ARRESTS.contains(tokens.get(before).lower()) || coup(tokens, s))) {
            return before;
        }
        boolean passive = false;
        for (int i = to; i < s.to() && i < to + REACH; i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (LEFT.contains(w) || passive && PASSIVE.contains(w) && (!ARRESTS.contains(w) || coup(tokens, s))) {
                return i;
            }
            passive |= w.equals("was") || w.equals("were") || w.equals("been");
            boolean skip = t.isMark(',') || t.capitalized() || BETWEEN.contains(w) || w.endsWith("ly");
            if (!skip) {
                break;
            }
        }
        return -1;
    }

    private static boolean coup(List<Token> tokens, Sentence s) {
        for (int i = s.from(); i < s.to(); i++) {
            if (tokens.get(i).is("coup") || tokens.get(i).is("putsch") || tokens.get(i).is("mutiny")) {
                return true;
            }
        }
        return false;
    }

    /** The date of the removal: the sentence's date nearest its verb, not a future one nor a saying's. */
    private static DateMentions.Mention nearestDate(List<Token> tokens, Sentence s, int verb, LocalDate published) {
        DateMentions.Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMentions.Mention d : s.dates()) {
            int distance = d.from() > verb ? d.from() - verb : verb - d.to();
            boolean opens = d.from() <= s.from() + 1 && d.to() <= verb;
            if (!opens && commaBetween(tokens, Math.min(verb, d.from()), Math.max(verb, d.to()))) {
                continue; // "ousting President X, who came to power in January": the date is the clause's
            }
            if (distance < bestDistance && !d.readings().best().start().isAfter(published) && !said(tokens, s, d)) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean commaBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isMark(',')) {
                return true;
            }
        }
        return false;
    }

    /** "said on Monday": when something was said, not when it happened. */
    private static boolean said(List<Token> tokens, Sentence s, DateMentions.Mention d) {
        for (int j = d.from() - 1; j >= Math.max(s.from(), d.from() - 3); j--) {
            if (Attribution.isSpeech(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }
}
