package io.factcheck.dates;

import io.factcheck.kernel.Place;
import io.factcheck.kernel.PlaceMention;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.TextFold;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads "Myanmar military coup", "the coup in Myanmar", "Thai coup attempt", "US presidential election" into a
 * kind, a subtype and a place. Words for the kinds the bundled data records are known here; any other kind a
 * dataset records ("earthquake") is recognised by its own name.
 */
public final class EventResolver {

    /** Result: the query, or why there is none. */
    public record Resolution(EventQuery query, String problem) {
    }

    private static final Map<String, String> KIND_WORDS = Map.ofEntries(
            Map.entry("coup", "coup"), Map.entry("coups", "coup"), Map.entry("putsch", "coup"),
            Map.entry("takeover", "coup"), Map.entry("overthrow", "coup"),
            Map.entry("election", "election"), Map.entry("elections", "election"), Map.entry("vote", "election"),
            Map.entry("polls", "election"), Map.entry("ballot", "election"),
            Map.entry("referendum", "referendum"), Map.entry("plebiscite", "referendum"));

    private static final Map<String, String> SUBTYPE_WORDS = Map.ofEntries(
            Map.entry("attempted", "attempted"), Map.entry("attempt", "attempted"), Map.entry("failed", "attempted"),
            Map.entry("foiled", "attempted"), Map.entry("abortive", "attempted"),
            Map.entry("plot", "conspiracy"), Map.entry("conspiracy", "conspiracy"),
            Map.entry("successful", "realized"),
            Map.entry("presidential", "executive"), Map.entry("parliamentary", "legislative"),
            Map.entry("legislative", "legislative"), Map.entry("general", "legislative"),
            Map.entry("congressional", "legislative"));

    /** Which kind each subtype belongs to. */
    private static final Map<String, String> SUBTYPE_KIND = Map.of("attempted", "coup", "conspiracy", "coup",
            "realized", "coup", "executive", "election", "legislative", "election");

    /** The subtype a bare kind word means: "the coup" is one that succeeded, not a plot. */
    private static final Map<String, String> DEFAULT_SUBTYPE = Map.of("coup", "realized");

    private final Places places;
    private final Set<String> datasetKinds;

    public EventResolver(Places places, Set<String> datasetKinds) {
        this.places = places;
        this.datasetKinds = datasetKinds;
    }

    /** The kind of event a single folded word names ("coup", "elections", "earthquake"), or null. */
    public String kindOf(String word) {
        String kind = KIND_WORDS.get(word);
        return kind != null || !datasetKinds.contains(word) ? kind : word;
    }

    public Resolution resolve(String event, String placeText) {
        Optional<PlaceMention> mention = places.findIn(event);
        Place place = null;
        String words = TextFold.fold(event);
        if (placeText != null && !placeText.isBlank()) {
            Optional<Place> given = places.resolve(placeText).or(() -> places.findIn(placeText).map(PlaceMention::place));
            if (given.isEmpty()) {
                return new Resolution(null, "the place '" + placeText + "' is not in the dataset's gazetteer");
            }
            place = given.get();
            words = places.strip(event, place);
        } else if (mention.isPresent()) {
            place = mention.get().place();
            words = mention.get().remainder();
        }
        String kind = null;
        String subtype = null;
        for (String word : words.split(" ")) {
            String k = KIND_WORDS.getOrDefault(word, datasetKinds.contains(word) ? word : null);
            if (k != null && kind == null) {
                kind = k;
            }
            if (subtype == null) {
                subtype = SUBTYPE_WORDS.get(word);
            }
        }
        if (subtype != null && !SUBTYPE_KIND.get(subtype).equals(kind)) {
            subtype = null; // "a coup led by General X": "general" qualifies elections, not coups
        }
        if (kind == null) {
            return new Resolution(null, "no kind of event the dataset records is named in '" + event
                    + "' (it records: " + String.join(", ", datasetKinds) + ")");
        }
        if (place == null) {
            return new Resolution(null, "'" + event + "' names no place; give the place");
        }
        if (subtype == null) {
            subtype = DEFAULT_SUBTYPE.get(kind);
        }
        return new Resolution(new EventQuery(kind, subtype, place), null);
    }
}
