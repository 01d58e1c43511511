package io.factcheck.official;

import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Status "former": the person held the post before the as-of date and not on it. A term of theirs that ended by then
 * supports it, one still held refutes it, and one the records cannot place on the day (an imprecise end, an open term
 * past its source's snapshot) leaves it open. Records that show the person only taking the post later refute it only
 * where the post has one holder and the records name who held it that day; otherwise an earlier term may be missing.
 */
final class FormerRule {
    /**
     * Days before a term's recorded or implied end in which a "former" is not refuted: ends are dated by the
     * successor's taking office (Yunus on 2024-08-08), while the holder may have resigned days before (Sheikh Hasina,
     * 2024-08-05), and the Factbook's weekly snapshots cannot tell the two apart.
     */
    static final int RESIGNATION_DAYS = 7;

    private FormerRule() {
    }

    private static boolean endsSoonAfter(Term term, LocalDate day) {
        return term.end() != null && !term.end().start().isAfter(day.plusDays(RESIGNATION_DAYS));
    }

    static Verdict judge(Check check, List<Match> terms) {
        LocalDate day = check.day();
        Post post = check.post;
        List<Match> held = Match.heldOn(terms, day);
        if (!held.isEmpty() && held.stream().allMatch(m -> endsSoonAfter(m.term(), day))) {
            Term term = held.get(0).term();
            return check.unverifiable(check.person + " held " + post.describe() + " " + term.heldSpan() + "; the"
                    + " records end the term within " + RESIGNATION_DAYS + " days of " + day + ", dated by the"
                    + " successor's taking office, and a holder who resigns is former before the successor takes"
                    + " office." + check.nameNote(), Match.evidenceOf(held, "context"));
        }
        if (!held.isEmpty()) {
            return check.verdict(VerdictLabel.REFUTED, check.confidence(), check.person + " held " + post.describe()
                    + " " + held.get(0).term().heldSpan() + "; " + day + " falls in that term, so " + check.person
                    + " was not a former holder then." + check.nameNote(), Match.evidenceOf(held, "contradicts"));
        }
        List<Match> unknown = Match.unknownOn(terms, day);
        if (!unknown.isEmpty()) {
            Term term = unknown.get(0).term();
            return check.unverifiable("The data shows " + term.describe() + ", but " + term.whyUnknown(day)
                    + ". Whether " + check.person + " had left the post by then is not on record." + check.nameNote(),
                    Match.evidenceOf(unknown, "context"));
        }
        List<Match> precise = Match.precise(terms);
        List<Match> ended = precise.stream().filter(m -> !day.isBefore(m.term().start().start())).toList();
        if (!ended.isEmpty()) {
            Term last = ended.get(ended.size() - 1).term();
            boolean past = check.pastRecords(post);
            return check.verdict(VerdictLabel.SUPPORTED, check.confidence() * (past ? Check.PAST_RECORDS : 1.0),
                    check.person + " held " + post.describe() + " " + last.span() + "; that term ended before " + day
                            + ", and no record shows " + check.person + " in the post on that day."
                            + (past ? pastRecordsNote(post) : "") + check.nameNote(),
                    Match.evidenceOf(ended, "decides"));
        }
        return onlyLater(check, precise);
    }

    /** Every term of the person's starts after the day. */
    private static Verdict onlyLater(Check check, List<Match> later) {
        Post post = check.post;
        String shown = check.person + " held " + post.describe() + " only " + Match.spans(later) + ", after "
                + check.day();
        if (post.singleHolder() && !check.pastRecords(post)) {
            List<Evidence> evidence = new ArrayList<>(Match.evidenceOf(later, "contradicts"));
            String onTheDay = check.holdersOn(post, evidence);
            if (!onTheDay.isEmpty()) {
                return check.verdict(VerdictLabel.REFUTED, check.confidence(), shown + ", not before it."
                        + onTheDay + check.nameNote(), evidence);
            }
        }
        return check.unverifiable("The records show that " + shown + "; they do not show whether "
                + check.person + " held it before." + check.nameNote(), Match.evidenceOf(later, "context"));
    }

    static String pastRecordsNote(Post post) {
        return " The records of the post are current only to " + post.coveredUntil()
                + ", so a return to it after that would not show.";
    }
}
