package io.factcheck.official;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.VerdictLabel;
import io.factcheck.kernel.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What keeps a current claim from being REFUTED when the person's terms miss the day: a term of theirs that ends on
 * that very day (a handover day belongs to the outgoing holder as much as to the incoming one: copy written that day
 * still calls the outgoing one by the title), and a day on which the records show no one in the post at all (a term
 * is missing from the records, which is no evidence that someone else held it). A post left empty for longer than
 * {@value Post#GAP_DAYS} days, or abolished, is on record as vacant and still refutes.
 */
final class HandoverRule {
    private HandoverRule() {
    }

    static Optional<Verdict> judge(Check check, List<Match> precise) {
        LocalDate day = check.day();
        Post post = check.post;
        List<Match> endingThatDay = precise.stream().filter(m -> endsOn(m.term(), day)).toList();
        if (!endingThatDay.isEmpty()) {
            Term term = endingThatDay.get(0).term();
            return Optional.of(check.verdict(VerdictLabel.SUPPORTED, check.confidence(), check.person + " held "
                    + post.describe() + " " + term.span() + "; the term ended on " + day + ", and the day a term ends"
                    + " belongs to the outgoing holder as well as to the incoming one." + check.nameNote(),
                    Match.evidenceOf(endingThatDay, "decides")));
        }
        if (post.heldOn(day).isEmpty() && shortGap(post, day)) {
            List<Evidence> context = Match.evidenceOf(precise, "context");
            return Optional.of(check.unverifiable("The records show " + check.person + " in " + post.describe() + " "
                    + Match.spans(precise) + ", and no one in the post on " + day + ": the record of whoever held it"
                    + " that day (" + check.person + " included) is missing, so this is not a refutation."
                    + check.nameNote(), context));
        }
        return Optional.empty();
    }

    /**
     * Whether the day falls in a stretch of a few weeks between one recorded term's end and the next one's start: a
     * caretaker or interim term the records miss, not a post left empty for years or abolished.
     */
    private static boolean shortGap(Post post, LocalDate day) {
        LocalDate lastEnd = null;
        LocalDate nextStart = null;
        for (Term t : post.terms()) {
            LocalDate start = t.start().start();
            if (start.isAfter(day) && (nextStart == null || start.isBefore(nextStart))) {
                nextStart = start;
            }
            LocalDate end = t.end() == null ? null : t.end().start();
            if (end != null && !end.isAfter(day) && (lastEnd == null || end.isAfter(lastEnd))) {
                lastEnd = end;
            }
        }
        return lastEnd != null && nextStart != null && lastEnd.plusDays(Post.GAP_DAYS).isAfter(nextStart);
    }

    private static boolean endsOn(Term term, LocalDate day) {
        return term.end() != null && term.end().precision() == DatePrecision.DAY && term.end().start().equals(day);
    }
}
