package io.factcheck.dates;

import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.SourceInfo;

import java.time.LocalDate;

/**
 * One row of events.csv: an event of a kind ("coup", "election", "referendum") in a place on a date.
 *
 * @param subtype  narrows the kind: "realized", "attempted", "conspiracy" for coups; "legislative", "executive"
 *                 for elections; empty when the source does not say
 * @param round    1 or 2 for the rounds of a two-round election, else null
 * @param lastDay  the last day of an event held over several days (polls open Friday and Saturday), else null:
 *                 {@code date} is then its first day
 * @param unconfirmed the source records it as voided, cancelled or only scheduled: it may or may not have taken
 *                 place
 * @param location the row's place in the dataset, "events.csv:613"
 */
public record EventRecord(String id, String kind, String subtype, Place place, DateSpan date, String title,
                          SourceInfo source, String url, String recordId, String note, Integer round,
                          LocalDate lastDay, boolean unconfirmed, String location) {

    /** The same row without rounds, polling days or status. */
    public EventRecord(String id, String kind, String subtype, Place place, DateSpan date, String title,
                       SourceInfo source, String url, String recordId, String note, String location) {
        this(id, kind, subtype, place, date, title, source, url, recordId, note, null, null, false, location);
    }

    /** "coup (realized) in Myanmar on 2021-02-01", "election (legislative) in Czechia on 2017-10-20 to 2017-10-21" */
    public String describe() {
        return kind + (subtype == null ? "" : " (" + subtype + ")") + " in " + place.name() + " on " + date
                + (lastDay == null ? "" : " to " + lastDay);
    }

    public Evidence evidence(String role) {
        return source.evidence(url, recordId, location, title + ": " + describe(), role);
    }
}
