package io.factcheck.kernel;

import java.time.LocalDate;

/**
 * A source of reference records.
 *
 * @param snapshot the last date the source is known to be current to: after it, an open-ended record proves nothing
 */
public record SourceInfo(String id, String name, String url, String licence, LocalDate snapshot, String citation) {

    /** A record of this source as evidence. */
    public Evidence evidence(String recordUrl, String recordId, String location, String record, String role) {
        return new Evidence(name, recordUrl != null ? recordUrl : url, recordId,
                snapshot == null ? null : snapshot.toString(), location, record, role);
    }
}
