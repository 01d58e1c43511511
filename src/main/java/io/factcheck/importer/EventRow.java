package io.factcheck.importer;

import io.factcheck.kernel.Csv;

/** One row of the canonical events.csv as an importer writes it. */
record EventRow(String id, String kind, String subtype, String place, String date, String title, String source,
                String url, String recordId, String note) {

    String csv() {
        return Csv.line(id, kind, subtype, place, date, title, source, url, recordId, note);
    }
}
