package io.factcheck.casualties;

import io.factcheck.kernel.Layered;
import io.factcheck.kernel.LayerConflict;
import io.factcheck.kernel.LoadReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A layer's figure of a running total that a lower layer's contradicts: lower than one published earlier, or higher
 * than one published later. A count of the dead does not fall; one of the two is a misreading or a correction the
 * desk should make explicit by replacing the other.
 */
final class ObservationConflicts {
    private ObservationConflicts() {
    }

    static void report(List<Layered.Entry<CasualtyObservation>> observations, LoadReport report) {
        Map<String, List<Layered.Entry<CasualtyObservation>>> bySeries = new HashMap<>();
        for (Layered.Entry<CasualtyObservation> o : observations) {
            if (o.record().series().cumulative()) {
                bySeries.computeIfAbsent(o.record().series().id(), k -> new ArrayList<>()).add(o);
            }
        }
        for (Layered.Entry<CasualtyObservation> o : observations) {
            if (o.level() == 0 || !o.record().series().cumulative()) {
                continue;
            }
            for (Layered.Entry<CasualtyObservation> lower : bySeries.get(o.record().series().id())) {
                if (lower.level() < o.level() && falls(o.record(), lower.record())) {
                    report.conflict(new LayerConflict("cumulative count", o.location(), o.key(), lower.location(),
                            lower.key(), o.record().series().id() + " is a running total, but "
                            + o.record().value() + " as of " + o.record().asOf() + " and " + lower.record().value()
                            + " as of " + lower.record().asOf() + " make it fall"));
                }
            }
        }
    }

    /** Whether the later of the two figures is the lower. */
    private static boolean falls(CasualtyObservation a, CasualtyObservation b) {
        return a.asOf().isAfter(b.asOf()) ? a.value() < b.value() : b.asOf().isAfter(a.asOf()) && b.value() < a.value();
    }
}
