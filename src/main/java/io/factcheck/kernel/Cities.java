package io.factcheck.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cities of the gazetteer ({@value #FILE}: GeoNames' cities of 15,000 people or more), each naming its country:
 * "Bangkok" is in Thailand, "Naypyidaw" in Myanmar. A name several countries share resolves by a country the copy
 * names; else to the most populous, only where it has at least ten times the people of the next; else to none.
 */
public final class Cities {
    public static final String FILE = "cities.csv";
    public static final List<String> COLUMNS = List.of("name", "place", "population");
    /** How many times the people of the next a city needs to take a name its country shares with others. */
    static final int DOMINANT = 10;

    /** A city of a name: the country it is in and its people (the most populous of that name there). */
    public record City(Place country, long population) {
    }

    /** The country a city name was resolved to, and by which rule. */
    public record Resolved(Place country, String rule) {
    }

    private static final Cities NONE = new Cities(Map.of(), Set.of());

    /** Folded name to its cities, one per country, the most populous first. */
    private final Map<String, List<City>> byName;
    /** Every proper prefix of a name of several words, so a lookup stops as soon as no name can continue. */
    private final Set<String> prefixes;

    private Cities(Map<String, List<City>> byName, Set<String> prefixes) {
        this.byName = byName;
        this.prefixes = prefixes;
    }

    public static Cities none() {
        return NONE;
    }

    /** The base dataset's cities, or none where it has no {@value #FILE}; a row naming no place fails the load. */
    public static Cities load(DatasetFiles files, Places places) {
        Optional<Reader> reader = files.open(FILE);
        if (reader.isEmpty()) {
            return NONE;
        }
        Map<String, List<City>> byName = new HashMap<>(1 << 16);
        Set<String> prefixes = new HashSet<>();
        Map<String, City> shared = new HashMap<>();
        // the file is the importer's own (folded names, ids, digits: no quoting), so a plain split reads it,
        // several times faster than the general CSV reader: start-up is what serverless users pay for
        try (BufferedReader in = new BufferedReader(reader.get(), 1 << 16)) {
            String header = in.readLine();
            if (header == null || !header.strip().equals(String.join(",", COLUMNS))) {
                throw new DataFormatException(FILE, 1, "header must be " + String.join(",", COLUMNS));
            }
            int line = 1;
            for (String row = in.readLine(); row != null; row = in.readLine()) {
                line++;
                int first = row.indexOf(',');
                int second = row.indexOf(',', first + 1);
                if (first <= 0 || second < 0 || row.indexOf(',', second + 1) >= 0) {
                    throw new DataFormatException(FILE, line, "expected name,place,population");
                }
                String name = row.substring(0, first);
                String id = row.substring(first + 1, second);
                String people = row.substring(second + 1);
                City city = shared.get(id + ":" + people);
                if (city == null) {
                    int at = line;
                    Place country = places.byId(id).orElseThrow(() -> new DataFormatException(FILE, at,
                            "place '" + id + "' is not in the gazetteer"));
                    try {
                        city = new City(country, Long.parseLong(people));
                    } catch (NumberFormatException e) {
                        throw new DataFormatException(FILE, line, "population '" + people + "' is not a whole number");
                    }
                    shared.put(id + ":" + people, city);
                }
                byName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(city);
                for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
                    prefixes.add(name.substring(0, space));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + FILE, e);
        }
        byName.values().forEach(list -> list.sort(Comparator.comparingLong(City::population).reversed()));
        return new Cities(byName, prefixes);
    }

    public int size() {
        return byName.size();
    }

    /** Whether some city's name is {@code folded} or begins with it and a space. */
    public boolean known(String folded) {
        return byName.containsKey(folded);
    }

    public boolean continues(String folded) {
        return prefixes.contains(folded);
    }

    /**
     * The country a city name stands for, or null.
     *
     * @param folded as {@link TextFold#fold} folds it
     * @param inCopy countries the copy names, which settle a name several countries share
     */
    public Resolved resolve(String folded, Set<Place> inCopy) {
        List<City> cities = byName.get(folded);
        if (cities == null) {
            return null;
        }
        if (cities.size() == 1) {
            return new Resolved(cities.get(0).country(), "the only country with a city of that name");
        }
        City named = null;
        for (City c : cities) {
            if (inCopy.contains(c.country())) {
                if (named != null) {
                    return null;
                }
                named = c;
            }
        }
        if (named != null) {
            return new Resolved(named.country(), "of the countries with a city of that name, the one the copy names");
        }
        if (cities.get(0).population() >= DOMINANT * cities.get(1).population()) {
            return new Resolved(cities.get(0).country(), "the most populous city of that name, with at least "
                    + DOMINANT + " times the people of the next");
        }
        return null;
    }
}
