package io.factcheck.official;

import io.factcheck.kernel.Evidence;

/**
 * Why a term ends where it does: recorded on its own row, or implied by another record (which then goes into the
 * evidence, so the explanation can say which record decided).
 *
 * @param implied the record that implies the end, or null when the tenure's own row records it (or it is open)
 */
public record EndBasis(String explanation, Evidence implied) {
    static final EndBasis RECORDED = new EndBasis("recorded", null);
    static final EndBasis OPEN = new EndBasis("open at the source's snapshot", null);
}
