package io.factcheck.dates;

import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.SourceInfo;

/**
 * One row of events.csv: an event of a kind ("coup", "election", "referendum") in a place on a date.
 *
 * @param subtype  narrows the kind: "realized", "attempted", "conspiracy" for coups; "legislative", "executive"
 *                 for elections; empty when the source does not say
 * @param location the row's place in the dataset, "events.csv:613"
 */
public record EventRecord(String id, String kind, String subtype, Place place, DateSpan date, String title,
                          SourceInfo source, String url, String recordId, String note, String location) {

    /** "coup (realized) in Myanmar on 2021-02-01" */
    public String describe() {
        return kind + (subtype == null ? "" : " (" + subtype + ")") + " in " + place.name() + " on " + date;
    }

    public Evidence evidence(String role) {
        return source.evidence(url, recordId, location, title + ": " + describe(), role);
    }
}
