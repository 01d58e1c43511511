package io.factcheck.importer;

import io.factcheck.kernel.Csv;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One row of the canonical government_ends.csv as an importer writes it. */
record GovernmentEndRow(String jurisdiction, String date, String description, String source, String url,
                        String recordId) {

    String csv() {
        return Stream.of(jurisdiction, date, description, source, url, recordId).map(Csv::quote)
                .collect(Collectors.joining(","));
    }
}
