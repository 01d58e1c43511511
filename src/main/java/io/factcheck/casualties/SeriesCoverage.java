package io.factcheck.casualties;

/**
 * What the records hold for one casualty series, for an editor asking what can be checked.
 *
 * @param event     the event's label: "post-coup crackdown", "COVID-19", "2008 earthquake (CHINA: SICHUAN)"
 * @param measure   what it counts, as casualty_series.csv writes it: "killed", "detained"
 * @param role      "primary" (judges unattributed claims) or "alternative" (judges claims that name its counter)
 * @param from      the first figure's {@code as_of}
 * @param to        the last figure's {@code as_of}
 * @param latest    the last figure (the preferred one, when pages gave several that day)
 * @param figures   how many figures it has (a daily series: one a day)
 * @param source    the id of its source (its name and snapshot are listed beside)
 * @param finalToll "year" or "event" when each figure is a final toll compiled afterwards; absent for figures
 *                  published as the count went on
 * @param counting  "phase" (figures as a counter that restarts its count published them) or "whole" (its phases
 *                  summed); absent for a counter that never restarts
 */
public record SeriesCoverage(String id, String event, String measure, String counter, String role, String from,
                             String to, long latest, int figures, String source, String finalToll, String counting) {

    static SeriesCoverage of(CasualtySeries s, SeriesFigures figures) {
        String toll = s.finalToll().code();
        return new SeriesCoverage(s.id(), s.event(), s.measure().code(), s.counter(), s.role().code(),
                figures.first().toString(), figures.last().toString(),
                figures.figures(figures.days() - 1).get(0).value(), figures.size(), s.source().id(),
                toll.isEmpty() ? null : toll, s.counting().code().isEmpty() ? null : s.counting().code());
    }

    /** Whether it is the final toll of one dated event (an earthquake), rather than a count over time. */
    public boolean eventToll() {
        return CasualtySeries.FinalToll.EVENT.code().equals(finalToll);
    }
}
