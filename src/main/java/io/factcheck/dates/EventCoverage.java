package io.factcheck.dates;

import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.SourceInfo;

import java.time.LocalDate;
import java.util.Set;

/**
 * One row of event_coverage.csv: the source records every event of this kind and these subtypes in the place from
 * {@code from} to {@code to}, so that no event there, then, is evidence that none happened.
 */
public record EventCoverage(SourceInfo source, String kind, Set<String> subtypes, Place place, LocalDate from,
                            LocalDate to, String note, String location) {

    boolean covers(Set<String> meant, DateSpan span) {
        return subtypes.containsAll(meant) && !span.start().isBefore(from) && !span.end().isAfter(to);
    }

    /** This row as the evidence that an event did not happen: the source's word that it records every one. */
    public Evidence evidence(String role) {
        return source.evidence(null, null, location, describe(), role);
    }

    /** "Powell & Thyne ... records every coup (realized, attempted) in Guinea from 1958-10-02 to 2022-11-29" */
    public String describe() {
        return source.name() + " records every " + kind + " (" + String.join(", ", subtypes.stream().sorted().toList())
                + ") in " + place.name() + " from " + from + " to " + to;
    }
}
