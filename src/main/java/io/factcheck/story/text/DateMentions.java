package io.factcheck.story.text;

import io.factcheck.dates.DateExpressionException;
import io.factcheck.dates.DateExpressionReader;
import io.factcheck.dates.DateReadings;
import io.factcheck.dates.DateWords;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the date expressions of a sentence: runs of words the date reader knows, holding at least one word no date
 * can do without (a month, a weekday, a year, "ago"), read by the same reader the date function uses. The longest
 * readable stretch of a run wins; leading prepositions and fillers stay out of the span ("on Sunday night" is
 * "Sunday night").
 */
public final class DateMentions {
    /** A date expression: tokens [from, to) and what the reader made of them. */
    public record Mention(int from, int to, DateReadings readings) {
    }

    /** Words a date may hold but neither start nor end with. */
    private static final Set<String> EDGES = Set.of("on", "in", "at", "during", "back", "the", "of", "a", "an");

    private final DateExpressionReader reader;

    public DateMentions(DateExpressionReader reader) {
        this.reader = reader;
    }

    public List<Mention> find(Copy copy, int from, int to, LocalDate published) {
        List<Token> tokens = copy.tokens;
        List<Mention> out = null;
        int i = from;
        while (i < to) {
            int kind = classify(tokens.get(i));
            if (kind == DateWords.NONE || i > from && NameWords.monthSurname(tokens, i) && firstName(tokens.get(i - 1))) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            boolean anchored = kind == DateWords.ANCHOR;
            while (runEnd < to) {
                Token t = tokens.get(runEnd);
                int k = t.isMark(',') && runEnd + 1 < to ? classify(tokens.get(runEnd + 1)) : classify(t);
                if (k == DateWords.NONE) {
                    break;
                }
                anchored |= k == DateWords.ANCHOR;
                runEnd += t.isMark(',') ? 2 : 1;
            }
            if (anchored) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                readRun(copy, i, runEnd, published, out);
            }
            i = runEnd;
        }
        return out == null ? List.of() : out;
    }

    /** The mention of a sentence's list covering a token, or null. */
    public static Mention covering(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (token >= m.from() && token < m.to()) {
                return m;
            }
        }
        return null;
    }

    /** A word that may be a person's first name: capitalized, no date word, no sentence opener ("Theresa May"). */
    private static boolean firstName(Token t) {
        return t.isWord() && t.capitalized() && !t.possessive() && !NameWords.notName(t) && classify(t) == DateWords.NONE
                && t.text().length() > 1 && Character.isLowerCase(t.text().charAt(1));
    }

    private static int classify(Token t) {
        if (t.isMark() || t.isNumber() && (t.lower().indexOf('.') >= 0 || t.lower().indexOf(',') >= 0)) {
            return DateWords.NONE; // "2.3 million", "1,000": decimals and thousands are no dates in copy
        }
        String lower = t.dotted() && t.lower().endsWith(".") ? t.lower().substring(0, t.lower().length() - 1) : t.lower();
        return DateWords.classify(lower, Character.isUpperCase(t.text().charAt(0)));
    }

    /** Reads the longest stretches of a run that make a date, left to right. */
    private void readRun(Copy copy, int from, int to, LocalDate published, List<Mention> out) {
        List<Token> tokens = copy.tokens;
        int start = from;
        while (start < to) {
            if (EDGES.contains(tokens.get(start).lower()) || tokens.get(start).isMark()) {
                start++;
                continue;
            }
            Mention found = null;
            for (int end = to; end > start && found == null; end--) {
                Token last = tokens.get(end - 1);
                if (last.isMark() || EDGES.contains(last.lower()) || !holdsAnchor(tokens, start, end)) {
                    continue;
                }
                found = read(copy, start, end, published);
            }
            if (found != null) {
                if (!yearFollows(tokens, found.to(), to)) {
                    out.add(found);
                }
                start = found.to();
            } else {
                start++;
            }
        }
    }

    /**
     * "Feb. 1 last year": the reader does not read the pair, and "Feb. 1" alone would be the wrong year, so the day
     * is left out rather than misdated ("last year" is still listed).
     */
    private static boolean yearFollows(List<Token> tokens, int at, int to) {
        return at + 1 < to && (tokens.get(at).is("last") || tokens.get(at).is("this") || tokens.get(at).is("next"))
                && tokens.get(at + 1).is("year");
    }

    private static boolean holdsAnchor(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (classify(tokens.get(i)) == DateWords.ANCHOR) {
                return true;
            }
        }
        return false;
    }

    private Mention read(Copy copy, int from, int to, LocalDate published) {
        try {
            Token last = copy.tokens.get(to - 1);
            // "Monday's meeting": the possessive is no part of the date
            int end = last.possessive() ? last.end() - 2 : last.end();
            return new Mention(from, to, reader.read(copy.text.substring(copy.tokens.get(from).start(), end),
                    published));
        } catch (DateExpressionException e) {
            return null;
        }
    }
}
