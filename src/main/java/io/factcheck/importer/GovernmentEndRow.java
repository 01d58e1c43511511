package io.factcheck.importer;

import io.factcheck.kernel.Csv;

/** One row of the canonical government_ends.csv as an importer writes it. */
record GovernmentEndRow(String jurisdiction, String date, String description, String source, String url,
                        String recordId) {

    String csv() {
        return Csv.line(jurisdiction, date, description, source, url, recordId);
    }
}
