package io.factcheck.official;

import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.SourceInfo;

import java.time.LocalDate;

/**
 * A row of government_ends.csv: on this date the whole government of a jurisdiction ended (a coup, a cabinet
 * abolished with its regime), so every post in it still open from before ended too, unless re-held from that day.
 */
public record GovernmentEnd(Place jurisdiction, LocalDate date, String description, SourceInfo source, String url,
                            String recordId, String location) {

    Evidence evidence(String role) {
        return source.evidence(url, recordId, location, description, role);
    }
}
