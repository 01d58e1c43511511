package io.factcheck.kernel;

import java.util.List;

/**
 * The answer to one claim: the label, how sure, the claim as understood, why, and the records behind it.
 *
 * @param kind        the claim kind ("official", "date", "casualties")
 * @param claim       the normalized claim, kind-specific
 * @param dataset     which dataset answered
 */
public record Verdict(String kind, VerdictLabel verdict, double confidence, Object claim,
                      String explanation, List<Evidence> evidence, DatasetRef dataset) {

    public Verdict {
        evidence = List.copyOf(evidence);
        if ((verdict == VerdictLabel.SUPPORTED || verdict == VerdictLabel.REFUTED) && evidence.isEmpty()) {
            throw new IllegalStateException(verdict + " verdict without evidence: " + explanation);
        }
    }

    /** The same claim answered otherwise: a rule that qualifies another's answer (an acting claim, say). */
    public Verdict answered(VerdictLabel label, double newConfidence, String newExplanation, List<Evidence> records) {
        return new Verdict(kind, label, newConfidence, claim, newExplanation, records, dataset);
    }
}
