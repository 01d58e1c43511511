package io.factcheck.recheck;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.casualties.CasualtyClaim;
import io.factcheck.dates.DateClaim;
import io.factcheck.kernel.Verdict;
import io.factcheck.official.OfficialClaim;
import io.factcheck.official.PostContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Asks published claims again of one dataset and says, for each, whether the verdict is the same. One per request:
 * the whole batch is answered by the dataset that served when it started.
 */
public final class Rechecker {
    private final ReferenceDataset dataset;

    public Rechecker(ReferenceDataset dataset) {
        this.dataset = dataset;
    }

    /** The claim type a verdict of this kind was asked with, or null for a kind no verifier answers. */
    public static Class<?> claimType(String kind) {
        return kind == null ? null : Question.CLAIM_TYPES.get(kind);
    }

    /** The kinds a re-check can ask, sorted, for a refusal's message. */
    public static String kinds() {
        return String.join(", ", new java.util.TreeSet<>(Question.CLAIM_TYPES.keySet()));
    }

    /** The request to read when only the verdict was kept: see {@link Question#requestOf}. */
    public static Map<String, Object> requestOf(String kind, Map<String, Object> understood) {
        return Question.requestOf(kind, understood);
    }

    public ReferenceDataset dataset() {
        return dataset;
    }

    /**
     * Asks a claim again and compares the answer with the published verdict. The claim must have passed its
     * constraints; a claim a verifier refuses throws its {@code ClaimRejected}.
     *
     * @param claim    the claim as sent then (an OfficialClaim, DateClaim or CasualtyClaim)
     * @param at       the date to ask at, or null for the claim's own
     * @param atBasis  how the caller named that date, said in the answer
     */
    public RecheckAnswer recheck(int index, String id, Object claim, PublishedVerdict original, LocalDate at,
                                 String atBasis) {
        Question question = Question.of(claim, original, at, atBasis);
        Verdict now = verify(question.claim());
        PostContext post = question.claim() instanceof OfficialClaim official && now.verdict() != original.verdict()
                ? dataset.officials().context(official) : null;
        List<Change> changes = Differences.between(original, now, question.checkedAt(), post);
        boolean changed = now.verdict() != original.verdict();
        return new RecheckAnswer(index, id, question.kind(), changed ? RecheckAnswer.CHANGED : RecheckAnswer.SAME,
                original.verdict(), now.verdict(), question.checkedAt(), question.basis(), changes,
                changed ? now : null, null, null);
    }

    private Verdict verify(Object claim) {
        if (claim instanceof OfficialClaim c) {
            return dataset.officials().verify(c);
        }
        if (claim instanceof DateClaim c) {
            return dataset.dates().verify(c);
        }
        return dataset.casualties().verify((CasualtyClaim) claim);
    }
}
