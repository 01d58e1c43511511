package io.factcheck.kernel;

/** The four answers a verifier can give. Absence of evidence is always {@link #UNVERIFIABLE}. */
public enum VerdictLabel {
    /** The reference data confirms the claim. */
    SUPPORTED,
    /** The reference data contradicts the claim. */
    REFUTED,
    /** Literally compatible with the data, but would mislead a reader. */
    MISLEADING,
    /** The reference data does not cover the claim. */
    UNVERIFIABLE
}
