package io.factcheck.dates;

import io.factcheck.kernel.Place;

/** The event a claim names, as understood: "Myanmar military coup" is a realized coup in Myanmar. */
public record EventQuery(String kind, String subtype, Place place) {

    public String describe() {
        return kind + (subtype == null ? "" : " (" + subtype + ")") + " in " + place.name();
    }
}
