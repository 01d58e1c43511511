package io.factcheck.importer;

import io.factcheck.kernel.Csv;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One row of the canonical sources.csv: the provenance every record of that source points to. */
record SourceRow(String id, String name, String url, String licence, String snapshot, String citation) {

    String csv() {
        return Stream.of(id, name, url, licence, snapshot, citation).map(Csv::quote).collect(Collectors.joining(","));
    }
}
