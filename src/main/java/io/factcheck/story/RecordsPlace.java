package io.factcheck.story;

import io.factcheck.kernel.Places;
import io.factcheck.kernel.Verdict;
import io.factcheck.official.OfficialReading;

/**
 * The last place a claim can take when the copy names none: the person's own records. "President Emmanuel Macron"
 * in a story that names no country is read in the one jurisdiction where someone of that name held a post of that
 * title, as the officials' verifier finds it; the claim says so, and its verdict is as unsure as any other reached
 * on an inferred place (and never REFUTED on it).
 */
final class RecordsPlace {
    private final Places places;

    RecordsPlace(Places places) {
        this.places = places;
    }

    /** The place the verdict found in the person's records, or {@link Located#NOWHERE}. */
    Located of(Verdict verdict) {
        if (!(verdict.claim() instanceof OfficialReading read) || read.jurisdiction() == null
                || read.person() == null) {
            return Located.NOWHERE;
        }
        return places.resolve(read.jurisdiction())
                .map(p -> new Located(p, "the person's own records: the one place where someone named " + read.name()
                        + " held a post called '" + (read.post() == null ? read.position() : read.post()) + "'"))
                .orElse(Located.NOWHERE);
    }
}
