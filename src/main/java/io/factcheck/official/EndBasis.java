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

    /** Why a stored row's term ends where it does, with the record that decided it. */
    static EndBasis of(TenureStore store, int row) {
        int ref = store.endRef(row);
        return switch (store.endKind(row)) {
            case RECORDED -> RECORDED;
            case OPEN -> OPEN;
            case SUCCESSOR -> {
                Tenure u = store.tenure(ref);
                yield implied("implied by the successor " + u.person() + " taking office " + u.start(),
                        u.evidence(u.describe(u.end()), "implies end (successor)"));
            }
            case GOVERNMENT_FELL -> {
                GovernmentEnd g = store.governmentEnds().get(ref);
                Tenure fell = store.tenure(store.fallenRuler(row));
                yield implied("implied by the end of the government on " + g.date() + " ("
                        + g.description() + "), in which " + fell.person() + "'s rule ended ("
                        + fell.source().name() + " " + fell.recordId() + ")",
                        g.evidence("implies end (government ended)"));
            }
            case GOVERNMENT_UNCERTAIN -> {
                GovernmentEnd g = store.governmentEnds().get(ref);
                yield new EndBasis("open, but the government it served ended on " + g.date() + " ("
                        + g.description() + ") and no record says whether " + store.person(row) + " stayed on",
                        g.evidence("casts doubt (government ended)"), g.date());
            }
        };
    }
}
