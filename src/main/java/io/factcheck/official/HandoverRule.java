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
 * is missing from the records, which is no evidence that someone else held it).
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
        if (post.heldOn(day).isEmpty()) {
            List<Evidence> context = Match.evidenceOf(precise, "context");
            return Optional.of(check.unverifiable("The records show " + check.person + " in " + post.describe() + " "
                    + Match.spans(precise) + ", and no one in the post on " + day + ": the record of whoever held it"
                    + " that day (" + check.person + " included) is missing, so this is not a refutation."
                    + check.nameNote(), context));
        }
        return Optional.empty();
    }

    private static boolean endsOn(Term term, LocalDate day) {
        return term.end() != null && term.end().precision() == DatePrecision.DAY && term.end().start().equals(day);
    }
}
