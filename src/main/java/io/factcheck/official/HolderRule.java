package io.factcheck.official;

import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A claim that the matched person holds the post on the day: SUPPORTED when a term of theirs covers it, REFUTED when
 * the post's records cover the day and their terms do not (unless the written name fits that day's holder too).
 */
final class HolderRule {
    /** How much support loses when another source does not show the person in the post on the day. */
    static final double DISPUTED = 0.8;

    private HolderRule() {
    }

    static Verdict judge(Check check, List<Match> matched) {
        LocalDate day = check.day();
        List<Match> terms = Match.withoutOutvoted(matched, day);
        Post post = check.post;
        List<Match> held = Match.heldOn(terms, day);
        Optional<Verdict> disagreement = Match.heldOnlyByACorroboratingSource(check, held);
        if (disagreement.isPresent()) {
            return disagreement.get();
        }
        if (!held.isEmpty()) {
            List<Match> disputing = Match.disputing(terms, held, day);
            List<Evidence> evidence = new ArrayList<>(Match.evidenceOf(held, "decides"));
            evidence.addAll(Match.evidenceOf(disputing, "disagrees"));
            String dispute = disputing.isEmpty() ? "" : " The sources disagree on the term's bounds by more than "
                    + Match.SAME_BOUND_DAYS + " days near that day:" + Match.disputes(disputing);
            return check.verdict(VerdictLabel.SUPPORTED, check.confidence() * (disputing.isEmpty() ? 1.0 : DISPUTED),
                    check.person + " held " + post.describe() + " " + held.get(0).term().heldSpan() + "; " + day
                            + " falls in that term." + Match.agreement(held) + dispute + check.nameNote(), evidence);
        }
        List<Match> unknown = Match.unknownOn(terms, day);
        if (!unknown.isEmpty()) {
            Term term = unknown.get(0).term();
            return check.unverifiable("The data shows " + term.describe() + ", but " + term.whyUnknown(day) + "."
                    + check.nameNote(), Match.evidenceOf(unknown, "context"));
        }
        if (check.pastRecords(post) || !post.covers(day)) {
            String reach = check.pastRecords(post) ? " are current only to " + post.coveredUntil()
                    : " do not cover " + day + " (they begin in " + post.recordedFrom().getYear()
                    + ", or skip more than " + Post.GAP_DAYS + " days around that day)";
            return check.unverifiable("The records of " + post.describe() + reach + "; they show " + check.person
                    + " in it " + Match.spans(terms) + ", and cannot say who held it on " + day + "."
                    + check.nameNote(), Match.evidenceOf(terms, "context"));
        }
        List<Match> precise = Match.precise(terms);
        Optional<Verdict> handover = HandoverRule.judge(check, precise);
        if (handover.isPresent()) {
            return handover.get();
        }
        List<Evidence> evidence = new ArrayList<>(Match.evidenceOf(precise, "contradicts"));
        String onTheDay = check.holdersOn(post, evidence);
        // another holder the name fits, not the same person's own record of another source (linked to them)
        Optional<Term> sameName = post.heldOn(day).stream().filter(t -> t.match(check.name).isMatch()
                && matched.stream().noneMatch(m -> m.term().personKey().equals(t.personKey()))).findFirst();
        if (sameName.isPresent()) {
            return check.unverifiable(check.person + " held " + post.describe() + " " + Match.spans(precise) + "."
                    + onTheDay + " The written name '" + check.claim.name() + "' fits " + sameName.get().fullName()
                    + " too, so it may name that holder." + check.nameNote(),
                    Evidence.withRole(evidence, "context"));
        }
        return check.verdict(VerdictLabel.REFUTED, check.confidence(), check.person + " held " + post.describe()
                + " only " + Match.spans(precise) + ", not on " + day + "." + onTheDay + check.elsewhere(post)
                + check.nameNote(), evidence);
    }
}
