package io.factcheck.importer;

import io.factcheck.kernel.Csv;

import java.util.List;

/**
 * One row of the canonical event_coverage.csv: a source that records every event of a kind (and of these
 * subtypes) in a place over a period, so that absence from it is evidence.
 */
record CoverageRow(String source, String kind, List<String> subtypes, String place, String from, String to,
                   String note) {

    String csv() {
        return Csv.line(source, kind, String.join("|", subtypes), place, from, to, note);
    }
}
