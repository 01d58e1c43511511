package io.factcheck.importer;

import io.factcheck.kernel.Csv;

import java.util.List;

/**
 * One row of the canonical tenures.csv as an importer writes it.
 *
 * @param entry how the term began: "coup" or null, with the coup's date, source id and record id
 */
record TenureRow(String person, List<String> aliases, String personId, String position, String jurisdiction,
                 String start, String end, String holders, String source, String url, String recordId, String note,
                 String entry, String entryDate, String entrySource, String entryRecord) {

    /** A row that says nothing of how the term began. */
    TenureRow(String person, List<String> aliases, String personId, String position, String jurisdiction,
              String start, String end, String holders, String source, String url, String recordId, String note) {
        this(person, aliases, personId, position, jurisdiction, start, end, holders, source, url, recordId, note,
                null, null, null, null);
    }

    String csv() {
        return Csv.line(person, String.join("|", aliases), personId, position, jurisdiction, start, end, holders,
                source, url, recordId, note, entry, entryDate, entrySource, entryRecord);
    }

    TenureRow withAliases(List<String> more) {
        return new TenureRow(person, more, personId, position, jurisdiction, start, end, holders, source, url,
                recordId, note, entry, entryDate, entrySource, entryRecord);
    }

    /** The same term as one of another post, with a note saying why. */
    TenureRow asOffice(String post, String why) {
        return new TenureRow(person, aliases, personId, post, jurisdiction, start, end, holders, source, url,
                recordId, why, entry, entryDate, entrySource, entryRecord);
    }

    /** This row as a term that began with that coup. */
    TenureRow beganWith(EventRow coup) {
        return new TenureRow(person, aliases, personId, position, jurisdiction, start, end, holders, source, url,
                recordId, note, "coup", coup.date(), coup.source(), coup.recordId());
    }
}
