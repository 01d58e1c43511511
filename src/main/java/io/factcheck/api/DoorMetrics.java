package io.factcheck.api;

import io.factcheck.kernel.Verdict;
import io.factcheck.recheck.RecheckReport;
import io.factcheck.story.StoryCheck;

/**
 * What the doors tell operators: verdicts given and requests refused. The core knows nothing of it; the HTTP app
 * records them with Micrometer (api/http), a cloud function binding with nothing ({@link #NONE}).
 */
public interface DoorMetrics {
    DoorMetrics NONE = new DoorMetrics() {
    };

    default void verdict(Verdict verdict) {
    }

    /** The verdict, counted: for the doors' one-line calls. */
    default Verdict counted(Verdict verdict) {
        verdict(verdict);
        return verdict;
    }

    default void story(StoryCheck check) {
        check.claims().stream().map(StoryCheck.FoundClaim::verdict).filter(java.util.Objects::nonNull)
                .forEach(this::verdict);
    }

    /** A re-check answered: its items, by status (same, changed, error). */
    default void rechecked(RecheckReport report) {
    }

    /** A refusal answered with this problem (its type says why). */
    default void refused(Problem problem) {
    }
}
