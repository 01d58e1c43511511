package io.factcheck.official;

import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

/** An acting claim: judged as holding the post, with weaker support, and never refuted. */
final class ActingRule {
    /** How much an acting claim's support loses: the records do not say whether a term was acting. */
    static final double ACTING = 0.9;

    private ActingRule() {
    }

    /**
     * An acting claim is judged as holding the post, and its support is weaker: the records do not say whether a
     * term was acting. It is never refuted: acting holders often go unrecorded (a deputy standing in for an absent
     * holder, or someone acting before their own appointment), so another holder or a later term proves nothing.
     */
    static Verdict asActing(Check check, Verdict verdict) {
        if (check.status != ClaimStatus.ACTING) {
            return verdict;
        }
        return switch (verdict.verdict()) {
            case SUPPORTED -> verdict.answered(VerdictLabel.SUPPORTED, verdict.confidence() * ACTING,
                    verdict.explanation() + " The records do not say whether that term was an acting one.",
                    verdict.evidence());
            case REFUTED -> verdict.answered(VerdictLabel.UNVERIFIABLE, 0.0, verdict.explanation()
                    + " The claim says acting, and acting holders often go unrecorded (standing in for an absent"
                    + " holder, or before their own appointment), so this is not a refutation.",
                    Evidence.withRole(verdict.evidence(), "context"));
            default -> verdict;
        };
    }
}
