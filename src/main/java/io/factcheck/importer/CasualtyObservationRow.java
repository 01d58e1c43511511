package io.factcheck.importer;

import io.factcheck.kernel.Csv;

/** One row of the canonical casualty_observations.csv: one published figure with its page and quote. */
record CasualtyObservationRow(String series, String asOf, long value, String qualifier, String asOfBasis,
                              String reportedBy, String url, String pageDate, String quote) {

    String csv() {
        return Csv.line(series, asOf, Long.toString(value), qualifier, asOfBasis, reportedBy, url, pageDate, quote);
    }
}
