package io.factcheck.recheck;

import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

import java.util.List;

/**
 * The answer for one item: a verdict asked again, or a story check whose claims were each asked again.
 *
 * @param index           the item's place in the request (for a story's claim: its place among the story's claims)
 * @param id              the item's {@code id} as sent (a story claim's {@code claim-N}), for the desk's archive
 * @param kind            the claim kind, or "story"
 * @param status          {@link #SAME}, {@link #CHANGED} (the verdict label differs) or {@link #ERROR}
 * @param originalVerdict the label published
 * @param currentVerdict  the label the loaded dataset gives now
 * @param checkedAt       the date the claim was asked at (for a date claim: the publication date its date was read
 *                        against)
 * @param checkedAtBasis  why that date: the claim's "asOf", its "context.publishedAt", or the date the caller asked for
 * @param changes         what differs, label or not (a corrected record, a new dataset version, a count that rose)
 * @param verdict         the whole new verdict, when the label changed
 * @param error           the problem that kept this item from being asked (a problem document)
 * @param claims          a story's claims, each answered
 */
public record RecheckAnswer(int index, String id, String kind, String status, VerdictLabel originalVerdict,
                            VerdictLabel currentVerdict, String checkedAt, String checkedAtBasis, List<Change> changes,
                            Verdict verdict, Object error, List<RecheckAnswer> claims) {
    public static final String SAME = "same";
    public static final String CHANGED = "changed";
    public static final String ERROR = "error";

    /** An item that could not be asked again: a malformed one, or one the verifiers refuse. */
    public static RecheckAnswer failed(int index, String id, String kind, VerdictLabel originalVerdict, Object error) {
        return new RecheckAnswer(index, id, kind, ERROR, originalVerdict, null, null, null, null, null, error, null);
    }

    /** A story check: changed when any of its claims changed, else an error when any failed, else the same. */
    public static RecheckAnswer story(int index, String id, List<RecheckAnswer> claims) {
        String status = claims.stream().anyMatch(c -> c.status.equals(CHANGED)) ? CHANGED
                : claims.stream().anyMatch(c -> c.status.equals(ERROR)) ? ERROR : SAME;
        return new RecheckAnswer(index, id, "story", status, null, null, null, null, null, null, null,
                List.copyOf(claims));
    }
}
