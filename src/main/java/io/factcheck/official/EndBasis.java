package io.factcheck.official;

import io.factcheck.kernel.Evidence;

import java.time.LocalDate;

/**
 * Why a term ends where it does: recorded on its own row, or implied by another record (which then goes into the
 * evidence, so the explanation can say which record decided).
 *
 * @param implied       the record that implies the end, or that casts doubt on an open term; null when the
 *                      tenure's own row records it (or it is open)
 * @param uncertainFrom for an open term whose government ended without saying who stayed: from this day on the
 *                      records cannot tell whether it lasted
 */
public record EndBasis(String explanation, Evidence implied, LocalDate uncertainFrom) {
    static final EndBasis RECORDED = new EndBasis("recorded", null, null);
    static final EndBasis OPEN = new EndBasis("open at the source's snapshot", null, null);

    static EndBasis implied(String explanation, Evidence record) {
        return new EndBasis(explanation, record, null);
    }
}
