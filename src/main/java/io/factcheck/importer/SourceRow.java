package io.factcheck.importer;

import io.factcheck.kernel.Csv;

/** One row of the canonical sources.csv: the provenance every record of that source points to. */
record SourceRow(String id, String name, String url, String licence, String snapshot, String citation) {

    String csv() {
        return Csv.line(id, name, url, licence, snapshot, citation);
    }
}
