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
            Map.entry("legislative", "legislative"), Map.entry("congressional", "legislative"));

    /** Which kind each subtype belongs to. */
    private static final Map<String, String> SUBTYPE_KIND = Map.of("attempted", "coup", "conspiracy", "coup",
            "realized", "coup", "executive", "election", "legislative", "election");

    /** The subtype a bare kind word means: "the coup" is one that succeeded, not a plot. */
    private static final Map<String, String> DEFAULT_SUBTYPE = Map.of("coup", "realized");
    /**
     * What a bare kind word may still mean: copy calls a failed attempt "the July 15 coup" too, so a source must be
     * complete for both before the absence of either refutes it.
     */
    private static final Map<String, Set<String>> DEFAULT_READINGS = Map.of("coup", Set.of("realized", "attempted"));
    private static final Map<String, Set<String>> KIND_SUBTYPES = Map.of(
            "coup", Set.of("realized", "attempted", "conspiracy"), "election", Set.of("legislative", "executive"));

    /** Phrases (folded, padded) that name a round of a two-round election. */
    private static final Map<String, Integer> ROUND_PHRASES = Map.of(" run off ", 2, " runoff ", 2,
            " second round ", 2, " second ballot ", 2, " first round ", 1);

    /**
     * Words (folded, padded) that put an event outside what complete sources record: elections other than those
     * that choose a country's leader, coups of other kinds than the military or elites unseating a sitting
     * executive, and hedged claims.
     */
    private static final Map<String, java.util.List<String>> SCOPE_WORDS = Map.of(
            "election", java.util.List.of(" european ", " eu ", " local ", " municipal ", " regional ", " state ",
                    " provincial ", " senate ", " senatorial ", " upper house ", " councillors ", " mayoral ",
                    " gubernatorial ", " by election ", " byelection ", " primary ", " primaries ", " midterm ",
                    " midterms ", " council ", " county ", " city ", " party ", " leadership ", " recall ",
                    " special ", " partial ", " regional ", " assembly elections in "),
            "coup", java.util.List.of(" self coup ", " autogolpe ", " auto coup ", " constitutional ", " soft ",
                    " judicial ", " parliamentary ", " electoral ", " alleged ", " rumoured ", " rumored ",
                    " suspected ", " reported ", " palace "));

    private final Places places;
    private final Set<String> datasetKinds;

    public EventResolver(Places places, Set<String> datasetKinds) {
        this.places = places;
        this.datasetKinds = datasetKinds;
    }

    /** The kinds of event the records hold, sorted. */
    public java.util.SortedSet<String> kinds() {
        return new java.util.TreeSet<>(datasetKinds);
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
        if (kind == null && ROUND_PHRASES.keySet().stream().anyMatch((" " + words + " ")::contains)) {
            kind = "election"; // "Brazil's run-off"
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
        boolean defaulted = subtype == null && DEFAULT_SUBTYPE.containsKey(kind);
        if (defaulted) {
            subtype = DEFAULT_SUBTYPE.get(kind);
        }
        String padded = " " + words + " ";
        Integer round = null;
        if (kind.equals("election")) {
            for (Map.Entry<String, Integer> phrase : ROUND_PHRASES.entrySet()) {
                if (padded.contains(phrase.getKey())) {
                    round = phrase.getValue();
                }
            }
        }
        String scope = null;
        for (String word : SCOPE_WORDS.getOrDefault(kind, java.util.List.of())) {
            if (padded.contains(word)) {
                scope = word.strip();
                break;
            }
        }
        return new Resolution(new EventQuery(kind, subtype, defaulted, place, round, scope), null);
    }

    /** Every subtype of a kind the bundled data distinguishes (empty for a dataset's own kinds). */
    static Set<String> subtypesOf(String kind) {
        return KIND_SUBTYPES.getOrDefault(kind, Set.of());
    }

    /** What a kind word without a subtype may mean. */
    static Set<String> defaultReadings(String kind) {
        return DEFAULT_READINGS.getOrDefault(kind, subtypesOf(kind));
    }
}
