package io.factcheck.importer;

import io.factcheck.kernel.Csv;
import io.factcheck.kernel.SourceInfo;

/**
 * One row of the canonical sources.csv: the provenance every record of that source points to, and its role
 * ({@link SourceInfo#DECIDES} unless the source only corroborates).
 */
record SourceRow(String id, String name, String url, String licence, String snapshot, String citation, String role) {
    static final String HEADER = "id,name,url,licence,snapshot,citation,role";

    SourceRow(String id, String name, String url, String licence, String snapshot, String citation) {
        this(id, name, url, licence, snapshot, citation, SourceInfo.DECIDES);
    }

    /** The same source, marked as one that only corroborates. */
    SourceRow corroboratingOnly() {
        return new SourceRow(id, name, url, licence, snapshot, citation, SourceInfo.CORROBORATES);
    }

    /** The same source, current to another day (a file's last report). */
    SourceRow currentTo(String day) {
        return new SourceRow(id, name, url, licence, day, citation, role);
    }

    String csv() {
        return Csv.line(id, name, url, licence, snapshot, citation, role);
    }
}
