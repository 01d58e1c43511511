package io.factcheck.importer;

import io.factcheck.kernel.Csv;

import java.util.List;

/** One row of the canonical casualty_series.csv as an importer writes it. */
record CasualtySeriesRow(String id, String place, String event, List<String> eventWords, String measure,
                         boolean cumulative, String counter, String role, String source, String note,
                         String finalToll, String counting) {

    CasualtySeriesRow(String id, String place, String event, List<String> eventWords, String measure,
                      boolean cumulative, String counter, String role, String source, String note, String finalToll) {
        this(id, place, event, eventWords, measure, cumulative, counter, role, source, note, finalToll, null);
    }

    CasualtySeriesRow(String id, String place, String event, List<String> eventWords, String measure,
                      boolean cumulative, String counter, String role, String source, String note) {
        this(id, place, event, eventWords, measure, cumulative, counter, role, source, note, null, null);
    }

    String csv() {
        return Csv.line(id, place, event, String.join("|", eventWords), measure, cumulative ? "yes" : "no", counter,
                role, source, note, finalToll, counting);
    }
}
