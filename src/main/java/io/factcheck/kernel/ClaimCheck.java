package io.factcheck.kernel;

import java.util.List;

/**
 * One claim being checked, of any kind: the one place a verifier's answer becomes a {@link Verdict}, carrying the
 * claim as understood when the answer was reached. A wing's check adds what it reads of its claim and how it
 * phrases the answer; the kind, the dataset and the verdict's shape are settled here.
 */
public abstract class ClaimCheck {
    private final String kind;
    private final DatasetRef dataset;

    protected ClaimCheck(String kind, DatasetRef dataset) {
        this.kind = kind;
        this.dataset = dataset;
    }

    /** The claim as understood so far, in the kind's own reading: built when a verdict is, so it shows what was found. */
    protected abstract Object reading();

    public Verdict verdict(VerdictLabel label, double confidence, String explanation, List<Evidence> evidence) {
        return new Verdict(kind, label, confidence, reading(), explanation, evidence, dataset);
    }

    /** No answer from the records: absence of evidence is never a refutation. */
    public Verdict unverifiable(String explanation, List<Evidence> evidence) {
        return verdict(VerdictLabel.UNVERIFIABLE, 0.0, explanation, evidence);
    }
}
