package io.factcheck.kernel;

import java.time.LocalDate;

/**
 * A source of reference records.
 *
 * @param snapshot the last date the source is known to be current to: after it, an open-ended record proves nothing
 * @param role     {@link #DECIDES}, or {@link #CORROBORATES} for a source no verdict rests on alone where another
 *                 source disagrees (the CIA Factbook's history: stale holders across its sparse years)
 */
public record SourceInfo(String id, String name, String url, String licence, LocalDate snapshot, String citation,
                         String role) {
    public static final String DECIDES = "decides";
    public static final String CORROBORATES = "corroborates";

    /** A source that decides: the role of every source unless sources.csv says otherwise. */
    public SourceInfo(String id, String name, String url, String licence, LocalDate snapshot, String citation) {
        this(id, name, url, licence, snapshot, citation, DECIDES);
    }

    /** Whether the source only corroborates: its record alone never decides against another source's. */
    public boolean corroboratesOnly() {
        return CORROBORATES.equals(role);
    }

    /** A record of this source as evidence. */
    public Evidence evidence(String recordUrl, String recordId, String location, String record, String role) {
        return new Evidence(name, recordUrl != null ? recordUrl : url, recordId,
                snapshot == null ? null : snapshot.toString(), location, record, role);
    }
}
