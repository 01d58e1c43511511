package io.factcheck.kernel;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The gazetteer: resolves names, aliases, demonyms and codes of places, and finds them inside phrases. */
public final class Places {
    public static final String FILE = "places.csv";
    private static final int LONGEST_NAME_TOKENS = 8;

    private final Map<String, Place> byId = new LinkedHashMap<>();
    private final Map<String, Place> byFoldedName = new HashMap<>();
    private final Map<String, Place> byCowCode = new HashMap<>();
    private final Map<String, Place> byGwCode = new HashMap<>();
    private final Map<String, Place> byIso3 = new HashMap<>();

    public static final List<String> COLUMNS = List.of("id", "name", "aliases", "demonyms", "iso3", "cow_code",
            "cow_abb");

    public static Places load(Reader reader, String file) {
        return load(List.of(DatasetLevel.base(new DatasetFiles() {
            @Override
            public String describe() {
                return file;
            }

            @Override
            public Optional<Reader> open(String name) {
                return Optional.of(reader);
            }
        })), new LoadReport(), file);
    }

    /** The gazetteer of a stack: each layer's places add to the lower ones, or replace or delete them by id. */
    public static Places load(List<DatasetLevel> stack, LoadReport report) {
        return load(stack, report, FILE);
    }

    private static Places load(List<DatasetLevel> stack, LoadReport report, String file) {
        Layered<Place> rows = new Layered<>(file, "place id", List.of("id"), true, Place::id)
                .read(stack, COLUMNS, Places::place, row -> row.get("id"), report);
        Places places = new Places();
        rows.entries().forEach(e -> places.add(e.record(), e));
        return places;
    }

    private static Place place(CsvRow row) {
        return new Place(row.required("id"), row.required("name"), row.list("aliases"), row.list("demonyms"),
                row.optional("iso3"), row.optional("cow_code"), row.optional("cow_abb"),
                row.has("gw_codes") ? row.list("gw_codes") : List.of());
    }

    /** Adds a place whose names and codes no other holds; {@code at} names its row for the error. */
    private void add(Place place, Layered.Entry<Place> at) {
        List<String> names = new ArrayList<>();
        names.add(place.id().replace('-', ' '));
        names.add(place.name());
        names.addAll(place.aliases());
        names.addAll(place.demonyms());
        byId.put(place.id(), place);
        // ISO codes stay out of name matching: "AND", "CAN" and "PER" are words too
        for (String name : names) {
            String folded = TextFold.fold(name);
            Place other = byFoldedName.putIfAbsent(folded, place);
            if (other != null && other != place) {
                throw error(at, "name '" + name + "' already names place '" + other.id() + "'");
            }
        }
        if (place.cowCode() != null && byCowCode.putIfAbsent(place.cowCode(), place) != null) {
            throw error(at, "COW code " + place.cowCode() + " already belongs to '"
                    + byCowCode.get(place.cowCode()).id() + "'");
        }
        if (place.iso3() != null && byIso3.putIfAbsent(place.iso3(), place) != null) {
            throw error(at, "ISO code " + place.iso3() + " already belongs to '" + byIso3.get(place.iso3()).id() + "'");
        }
        for (String code : place.gwCodes()) {
            if (byGwCode.putIfAbsent(code, place) != null) {
                throw error(at, "Gleditsch-Ward code " + code + " already belongs to '" + byGwCode.get(code).id() + "'");
            }
        }
    }

    private static DataFormatException error(Layered.Entry<Place> at, String reason) {
        return new DataFormatException(at.file(), at.line(), reason);
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Place> byCowCode(String code) {
        return Optional.ofNullable(byCowCode.get(code));
    }

    public Optional<Place> byIso3(String code) {
        return Optional.ofNullable(byIso3.get(code));
    }

    public Optional<Place> byGwCode(String code) {
        return Optional.ofNullable(byGwCode.get(code));
    }

    /** A whole name: "Burma", "Russian Federation", "US", "Myanmar (Burma)". */
    public Optional<Place> resolve(String name) {
        return resolveFolded(TextFold.fold(name));
    }

    private Optional<Place> resolveFolded(String folded) {
        Place place = byFoldedName.get(folded);
        if (place == null && folded.endsWith("s")) {
            place = byFoldedName.get(folded.substring(0, folded.length() - 1)); // "Russia's" folds to "russias"
        }
        return Optional.ofNullable(place);
    }

    /** The longest place name inside a phrase: "Russian Defense Minister" finds Russia, leaving "defense minister". */
    public Optional<PlaceMention> findIn(String phrase) {
        return find(TextFold.fold(phrase).split(" "), null);
    }

    /** The phrase without any name of this place: "Minister of Foreign Affairs (Myanmar)" -> "minister of foreign affairs". */
    public String strip(String phrase, Place place) {
        String[] tokens = TextFold.fold(phrase).split(" ");
        Optional<PlaceMention> mention;
        while ((mention = find(tokens, place)).isPresent()) {
            tokens = mention.get().remainder().split(" ");
        }
        return String.join(" ", tokens);
    }

    private Optional<PlaceMention> find(String[] tokens, Place only) {
        for (int n = Math.min(LONGEST_NAME_TOKENS, tokens.length); n >= 1; n--) {
            for (int from = 0; from + n <= tokens.length; from++) {
                String candidate = String.join(" ", Arrays.copyOfRange(tokens, from, from + n));
                if (candidate.isEmpty()) {
                    continue;
                }
                Optional<Place> place = resolveFolded(candidate);
                if (place.isPresent() && (only == null || place.get() == only)) {
                    List<String> rest = new ArrayList<>(Arrays.asList(tokens).subList(0, from));
                    rest.addAll(Arrays.asList(tokens).subList(from + n, tokens.length));
                    return Optional.of(new PlaceMention(place.get(), candidate, String.join(" ", rest)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Places whose names come near a name no place has ("Myanmr", "Kazakh"): a name it begins, or one a couple of
     * edits away. For a hint to the person asking, never for a match.
     */
    public List<Place> near(String name, int max) {
        String folded = TextFold.fold(name);
        if (folded.isEmpty()) {
            return List.of();
        }
        int edits = folded.length() < 5 ? 1 : 2;
        Set<Place> out = new HashSet<>();
        byFoldedName.forEach((known, place) -> {
            if (folded.length() >= 3 && known.startsWith(folded) || EditDistance.atMost(folded, known, edits)) {
                out.add(place);
            }
        });
        return out.stream().sorted(Comparator.comparing(Place::name)).limit(max).toList();
    }

    public Collection<Place> all() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }
}
