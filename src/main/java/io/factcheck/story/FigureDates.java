package io.factcheck.story;

import io.factcheck.kernel.DateSpan;
import io.factcheck.story.text.Copy;
import io.factcheck.story.text.DateMentions;
import io.factcheck.story.text.Tense;
import io.factcheck.story.text.Token;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The date a casualty figure is given as of, read from the dates of its sentence: the story's own, a day the
 * sentence gives a running total on ("as of June 1", "by Sunday", "the toll rose to 1,744 on Monday"), or none when
 * the sentence dates the figure to a day or period of its own ("on Sunday, 12 were killed", "daily deaths").
 * Dates of when something was said, of the event counted and of where a running total starts do not count.
 */
final class FigureDates {
    private final Copy copy;
    private final LocalDate published;
    /** Whether a folded word names a kind of event ("coup", "earthquake"). */
    private final Predicate<String> eventWord;

    FigureDates(Copy copy, LocalDate published, Predicate<String> eventWord) {
        this.copy = copy;
        this.published = published;
        this.eventWord = eventWord;
    }

    /**
     * The figure's as-of date: "" for the story's own date, a date when the sentence dates the figure ("as of
     * June 1", "by Sunday"), or null when it dates it to a period of its own ("on Sunday, 12 were killed").
     */
    String asOf(Sentence s) {
        String asOf = "";
        for (DateMentions.Mention d : s.dates()) {
            Token before = d.from() > s.from() ? copy.tokens.get(d.from() - 1) : null;
            String word = before == null ? "" : before.lower();
            if (word.equals("since") || word.equals("after") || word.equals("before") || eventFollows(s, d)
                    || datesSaying(s, d) || runningSince(s, d)) {
                continue;
            }
            boolean asOfWord = word.equals("by") || word.equals("through") || word.equals("until")
                    || (word.equals("of") && d.from() - 2 >= s.from() && copy.tokens.get(d.from() - 2).is("as"));
            DateSpan best = d.readings().best();
            if (!asOfWord && !(best.start().equals(best.end()) && runningTotal(s))) {
                return null;
            }
            LocalDate end = best.end();
            asOf = (end.isAfter(published) ? published : end).toString();
        }
        return asOf;
    }

    /**
     * "since the coup on Feb. 1", "since the quake struck on Sunday": the date is where a running total starts,
     * or the day of the event it counts, not a period of its own.
     */
    private boolean runningSince(Sentence s, DateMentions.Mention d) {
        for (int j = d.from() - 1; j >= Math.max(s.from(), d.from() - 6); j--) {
            Token t = copy.tokens.get(j);
            if (t.isMark(',') || t.isMark(';')) {
                return false;
            }
            if (t.is("since") || t.isWord() && eventWord.test(PlaceNames.fold(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the death toll rose to 1,744 on Monday": a running total, which a day dates as of, unless the sentence
     * counts that day alone ("daily deaths", "in the past 24 hours", "new deaths").
     */
    private boolean runningTotal(Sentence s) {
        if (!Tense.cumulative(copy.tokens, s.from(), s.to())) {
            return false;
        }
        for (int i = s.from(); i < s.to(); i++) {
            Token t = copy.tokens.get(i);
            if (t.is("daily") || t.is("day") || t.is("new") || t.is("24") || t.is("past")) {
                return false;
            }
        }
        return true;
    }

    /** "the UN said on Monday": the date is when it was said, not what the figure counts. */
    private boolean datesSaying(Sentence s, DateMentions.Mention d) {
        for (int j = d.from() - 1; j >= Math.max(s.from(), d.from() - 2); j--) {
            if (Attribution.isSpeech(copy.tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    private boolean eventFollows(Sentence s, DateMentions.Mention d) {
        for (int j = d.to(); j < Math.min(s.to(), d.to() + 3); j++) {
            if (copy.tokens.get(j).isWord() && eventWord.test(PlaceNames.fold(copy.tokens.get(j).lower()))) {
                return true;
            }
        }
        return false;
    }
}
