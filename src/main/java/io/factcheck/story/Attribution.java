package io.factcheck.story;

import io.factcheck.story.text.Copy;
import io.factcheck.story.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who makes a claim: the speaker of the quotation it sits in, or the one the sentence reports ("according to AAPP",
 * ", state-run media reported Monday.", "The UN said"). Null when the story asserts it itself.
 */
final class Attribution {
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "reported", "reports",
            "announced", "announces", "stated", "states", "claimed", "claims", "declared", "insisted", "wrote",
            "tweeted", "confirmed", "estimated", "estimates", "counted", "noted", "warned");
    /** What stands between "according to" and the one who said it: "figures from", "a report by". */
    private static final Set<String> CARRIERS = Set.of("figures", "data", "statistics", "estimates", "a", "report",
            "reports", "tally", "count", "counts", "numbers", "records", "from", "by", "of", "latest", "the");
    private static final int LONGEST_SPEAKER = 10;
    /** What may follow a closing verb of saying: when, where and how it was said. */
    private static final Set<String> AFTER_SAYING = Set.of("on", "in", "at", "late", "early", "earlier", "later",
            "this", "last", "week", "month", "a", "an", "the", "statement", "told", "reporters", "briefing",
            "interview", "conference", "news", "agency", "report", "its", "their", "website", "online", "night",
            "morning", "evening", "afternoon", "overnight");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "while", "as", "so");
    private static final Set<String> NOT_SPEAKER = Set.of("has", "have", "had", "been", "be", "being", "is", "was",
            "were", "are", "not", "no", "never", "although", "though", "if", "when", "while", "because", "since",
            "after", "before", "it", "which", "that", "as");

    /** Quotations as character ranges [start, end) of the text, curly or straight double quotes. */
    private final List<int[]> quotes = new ArrayList<>();
    private final Copy copy;

    Attribution(Copy copy) {
        this.copy = copy;
        int open = -1;
        for (Token t : copy.tokens) {
            if (!t.isMark()) {
                continue;
            }
            char c = t.text().charAt(0);
            if (c == '\u201C' || (c == '"' && open < 0)) {
                open = t.start();
            } else if ((c == '\u201D' || c == '"') && open >= 0) {
                quotes.add(new int[] {open, t.end()});
                open = -1;
            }
        }
    }

    /** Who said the claim at [start, end) of sentence {@code s}, or null. */
    String of(Sentence s, int start, int end) {
        for (int[] q : quotes) {
            if (start >= q[0] && end <= q[1]) {
                String speaker = speakerOfQuote(s, q);
                return speaker != null ? speaker : "an unnamed speaker (quoted)";
            }
        }
        return reported(s, start);
    }

    /** "X said" or "said X" outside the quotation, in its sentence; "..., who said" names the one before. */
    private String speakerOfQuote(Sentence s, int[] quote) {
        List<Token> tokens = copy.tokens;
        for (int i = s.from(); i < s.to(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= quote[0] && t.end() <= quote[1] || !SPEECH.contains(t.lower())) {
                continue;
            }
            int from = i - 1;
            if (from >= s.from() && tokens.get(from).is("who")) {
                from--;
                if (from >= s.from() && tokens.get(from).isMark(',')) {
                    from--;
                }
            }
            String before = nameEndingAt(s, from);
            if (before != null) {
                return before;
            }
            if (i + 1 < s.to() && tokens.get(i + 1).capitalized()) {
                int end = i + 1;
                while (end < s.to() && tokens.get(end).capitalized()) {
                    end++;
                }
                return copy.span(i + 1, end);
            }
        }
        return reported(s, quote[0]);
    }

    private String nameEndingAt(Sentence s, int last) {
        List<Token> tokens = copy.tokens;
        if (last < s.from() || !tokens.get(last).capitalized()) {
            return null;
        }
        int first = last;
        while (first - 1 >= s.from() && tokens.get(first - 1).capitalized() && last - first < 5) {
            first--;
        }
        return copy.span(first, last + 1);
    }

    /** "according to X", or a closing ", X said." / an opening "X said". */
    private String reported(Sentence s, int claimStart) {
        List<Token> tokens = copy.tokens;
        for (int i = s.from(); i + 1 < s.to(); i++) {
            if (tokens.get(i).is("according") && tokens.get(i + 1).is("to")) {
                int from = i + 2;
                while (from < s.to() - 1 && CARRIERS.contains(tokens.get(from).lower())
                        && !tokens.get(from).capitalized()) {
                    from++;
                }
                int to = from;
                while (to < s.to() && !isClauseEnd(tokens.get(to)) && to - from < LONGEST_SPEAKER) {
                    to++;
                }
                if (to > from) {
                    String who = copy.span(from, to);
                    return tokens.get(from - 1).is("the") ? "the " + who : who;
                }
            }
        }
        int lastComma = -1;
        for (int i = s.from(); i < s.to(); i++) {
            if (tokens.get(i).isMark(',') && tokens.get(i).start() >= claimStart) {
                lastComma = i;
            }
        }
        if (lastComma > 0) {
            for (int i = lastComma + 1; i < s.to() && i <= lastComma + LONGEST_SPEAKER; i++) {
                if (SPEECH.contains(tokens.get(i).lower()) && i > lastComma + 1 && speaker(tokens, lastComma + 1, i)
                        && closes(s, i + 1)) {
                    return outside(claimStart, lastComma + 1, i);
                }
            }
        }
        for (int i = s.from() + 1; i < s.to() && i <= s.from() + LONGEST_SPEAKER; i++) {
            Token t = tokens.get(i);
            if (t.isMark() && !t.isMark('(') && !t.isMark(')')) {
                break;
            }
            if (SPEECH.contains(t.lower()) && tokens.get(s.from()).capitalized() && speaker(tokens, s.from(), i)) {
                return outside(claimStart, s.from(), i);
            }
        }
        return null;
    }

    /**
     * Whether a verb of saying closes its sentence: only when, and where, it was said may follow
     * (", state media reported on Monday."); "but Russia said he would not attend" reports something else.
     */
    private boolean closes(Sentence s, int from) {
        for (int i = from; i < s.to(); i++) {
            Token t = copy.tokens.get(i);
            if (!t.isMark() && s.dateAt(i) == null && !AFTER_SAYING.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** The speaker in tokens [from, to), unless the claim is the speaker itself ("Foreign Minister X said"). */
    private String outside(int claimStart, int from, int to) {
        List<Token> tokens = copy.tokens;
        boolean self = claimStart >= tokens.get(from).start() && claimStart < tokens.get(to - 1).end();
        while (from < to - 1 && CONJUNCTIONS.contains(tokens.get(from).lower())) {
            from++;
        }
        return self ? null : copy.span(from, to);
    }

    /** Whether a token is a verb of saying: a date right after it dates the saying ("said on Monday"). */
    static boolean isSpeech(Token t) {
        return SPEECH.contains(t.lower());
    }

    /**
     * Whether tokens [from, to) can be who says something: no verb, negation or subordinating word among them
     * ("no arms deal has been reported" reports nothing).
     */
    private static boolean speaker(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            boolean bracket = t.isMark('(') || t.isMark(')'); // "the Assistance Association ... (AAPP) said"
            if (!bracket && isClauseEnd(t) || NOT_SPEAKER.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClauseEnd(Token t) {
        return t.isMark() && ",.;:!?)\u201D\"".indexOf(t.text().charAt(0)) >= 0;
    }
}
