package io.factcheck.official;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A tenure after reconciliation: its effective end, why it ends there, and its holder's name ready to match. */
public record Term(Tenure tenure, DateSpan end, EndBasis endBasis, List<PersonName> names) {

    /** What the records say about this term on a day. */
    public enum Status { HELD, NOT_HELD, UNKNOWN }

    /**
     * A term is held from its start through the day before its end: on a handover day the successor holds the post.
     * Days inside an imprecise start or end ("2021" as a start year) are UNKNOWN, as are days after the snapshot of
     * a source that still shows the term open.
     */
    public Status statusOn(LocalDate day) {
        if (day.isBefore(tenure.start().start())) {
            return Status.NOT_HELD;
        }
        if (end != null && !day.isBefore(end.start())) {
            boolean insideImpreciseEnd = end.precision() != DatePrecision.DAY && !day.isAfter(end.end());
            return insideImpreciseEnd ? Status.UNKNOWN : Status.NOT_HELD;
        }
        if (day.isBefore(tenure.start().end())) {
            return Status.UNKNOWN;
        }
        LocalDate snapshot = tenure.source().snapshot();
        if (end == null && snapshot != null && day.isAfter(snapshot)) {
            return Status.UNKNOWN;
        }
        if (end == null && endBasis.uncertainFrom() != null && !day.isBefore(endBasis.uncertainFrom())) {
            return Status.UNKNOWN;
        }
        return Status.HELD;
    }

    public NameMatch match(PersonName written) {
        NameMatch best = NameMatch.NONE;
        for (PersonName name : names) {
            NameMatch m = written.matchAgainst(name);
            if (m.betterThan(best)) {
                best = m;
            }
        }
        return best;
    }

    public String describe() {
        return tenure.describe(end);
    }

    /** This term's row, and the record implying its end if another record decided it. */
    public List<Evidence> evidence(String role) {
        Tenure t = tenure;
        List<Evidence> out = new ArrayList<>(2);
        out.add(t.source().evidence(t.url(), t.recordId(), t.location(), describe(), role));
        if (endBasis.implied() != null) {
            out.add(endBasis.implied());
        }
        return out;
    }
}
