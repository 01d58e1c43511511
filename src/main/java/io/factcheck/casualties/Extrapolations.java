package io.factcheck.casualties;

import io.factcheck.kernel.Evidence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Series of {@link CasualtySeries.Role#EXTRAPOLATION} figures: a compiler's estimates for days no counter gave a
 * figure (Tech for Palestine's {@code ext_*} fields, figures carried over between flash updates). They never decide
 * a verdict; when one is newer than the deciding figure, the explanation and evidence show it, marked as such.
 */
final class Extrapolations {
    private Extrapolations() {
    }

    // plain loops, and no copy when there is nothing to take out: every claim passes here, few series are estimates
    static List<CasualtyIndex.Entry> of(List<CasualtyIndex.Entry> entries) {
        return only(entries, true);
    }

    static List<CasualtyIndex.Entry> without(List<CasualtyIndex.Entry> entries) {
        return only(entries, false);
    }

    private static List<CasualtyIndex.Entry> only(List<CasualtyIndex.Entry> entries, boolean estimates) {
        int kept = 0;
        for (CasualtyIndex.Entry e : entries) {
            kept += is(e) == estimates ? 1 : 0;
        }
        if (kept == entries.size()) {
            return entries;
        }
        if (kept == 0) {
            return List.of();
        }
        List<CasualtyIndex.Entry> out = new ArrayList<>(kept);
        for (CasualtyIndex.Entry e : entries) {
            if (is(e) == estimates) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean is(CasualtyIndex.Entry e) {
        return e.series().role() == CasualtySeries.Role.EXTRAPOLATION;
    }

    /**
     * Adds the latest estimate of the chosen series' measure and event on or before {@code day}, when it is newer
     * than the deciding figure and within {@code window} days of the day.
     */
    static void note(List<CasualtyIndex.Entry> estimates, CasualtySeries chosen, CasualtyObservation deciding,
                     LocalDate day, int window, StringBuilder explanation, List<Evidence> evidence) {
        List<String> notes = null;
        for (CasualtyIndex.Entry e : estimates) {
            if (e.series().measure() != chosen.measure() || !e.series().event().equals(chosen.event())) {
                continue;
            }
            SeriesFigures f = e.figures();
            int i = f.floor(day);
            if (i < 0 || ChronoUnit.DAYS.between(f.date(i), day) > window
                    || deciding != null && !f.date(i).isAfter(deciding.asOf())) {
                continue;
            }
            CasualtyObservation o = f.figures(i).get(0);
            notes = notes == null ? new ArrayList<>(1) : notes;
            notes.add(e.series().counter() + " gives " + Counts.format(o.value()) + " as of " + o.asOf());
            evidence.add(o.evidence("extrapolation (not a counter's figure; not deciding)"));
        }
        if (notes != null) {
            explanation.append(" Extrapolated for days without a counter's figure, not deciding: ")
                    .append(String.join("; ", notes)).append('.');
        }
    }
}
