package io.factcheck.dates;

import io.factcheck.kernel.Place;

import java.util.Set;

/**
 * The event a claim names, as understood: "Myanmar military coup" is a realized coup in Myanmar.
 *
 * @param subtype   the subtype named, or the kind's default ("coup" alone means one that succeeded)
 * @param defaulted the subtype was not written but taken by default: an event of another outcome still fits
 * @param round     1 or 2 when the claim names a round ("run-off", "first round"), else null
 * @param scope     a word that puts the event outside what complete sources record ("European", "local",
 *                  "midterm", "self-coup", "alleged"), or null
 */
public record EventQuery(String kind, String subtype, boolean defaulted, Place place, Integer round, String scope) {

    public EventQuery(String kind, String subtype, Place place) {
        this(kind, subtype, false, place, null, null);
    }

    /** The subtypes the claim may mean: what a source must be complete for before absence from it refutes. */
    public Set<String> meant() {
        if (subtype == null) {
            return EventResolver.subtypesOf(kind);
        }
        return defaulted ? EventResolver.defaultReadings(kind) : Set.of(subtype);
    }

    public String describe() {
        return kind + (subtype == null ? "" : " (" + subtype + ")")
                + (round == null ? "" : round == 2 ? " run-off" : " first round") + " in " + place.name();
    }
}
