package io.factcheck.importer;

import io.factcheck.kernel.Csv;

import java.util.List;

/** One row of the canonical tenures.csv as an importer writes it. */
record TenureRow(String person, List<String> aliases, String personId, String position, String jurisdiction,
                 String start, String end, String holders, String source, String url, String recordId, String note) {

    String csv() {
        return Csv.line(person, String.join("|", aliases), personId, position, jurisdiction, start, end, holders,
                source, url, recordId, note);
    }

    TenureRow withAliases(List<String> more) {
        return new TenureRow(person, more, personId, position, jurisdiction, start, end, holders, source, url,
                recordId, note);
    }
}
