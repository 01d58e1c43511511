package io.factcheck.story;

import io.factcheck.kernel.Cities;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.TextFold;
import io.factcheck.story.text.Copy;
import io.factcheck.story.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer's names, aliases and demonyms as token sequences, to find places in copy: "Russia's", "Russian",
 * "Myanmar (Burma)" stays two mentions, "the Russian Federation" one. Only capitalized words start a mention.
 */
final class PlaceNames {
    /**
     * A place named by tokens [from, to) of the copy; {@code demonym} for "Russian", not "Russia"; {@code city} says
     * which city stands for the country there and by which rule ("Colombo, a city of Sri Lanka (the only country
     * with a city of that name)"), null when the copy names the country itself.
     */
    record Mention(Place place, int from, int to, boolean demonym, String city) {
        Mention(Place place, int from, int to, boolean demonym) {
            this(place, from, to, demonym, null);
        }
    }

    /** Words after which a city's name stands as a place: "in Bangkok", "near Kabul". */
    private static final Set<String> BEFORE_PLACE = Set.of("in", "at", "near", "outside", "inside", "across",
            "from", "around", "throughout", "into", "to");

    private final Map<String, Place> byName = new HashMap<>();
    private final Set<String> demonyms = new HashSet<>();
    /** Every proper prefix of a name of several words, so a lookup stops as soon as no name can continue. */
    private final Set<String> prefixes = new HashSet<>();
    private final Places places;
    private final Cities cities;

    PlaceNames(Places places, Cities cities) {
        this.places = places;
        this.cities = cities;
        for (Place place : places.all()) {
            add(place.name(), place, false);
            place.aliases().forEach(a -> add(a, place, false));
            place.demonyms().forEach(d -> add(d, place, true));
        }
    }

    private void add(String name, Place place, boolean demonym) {
        String folded = TextFold.fold(name);
        if (folded.isEmpty()) {
            return;
        }
        byName.putIfAbsent(folded, place);
        if (demonym) {
            demonyms.add(folded);
        }
        for (int space = folded.indexOf(' '); space > 0; space = folded.indexOf(' ', space + 1)) {
            prefixes.add(folded.substring(0, space));
        }
    }

    /**
     * A dateline ("Bangkok", "NAYPYIDAW, Myanmar", "Kyiv"): a country's name, else a city's with the country it
     * gives (by the country after the comma, else the countries the copy names); null when it names neither.
     */
    Mention dateline(String name, Set<Place> inCopy) {
        if (name == null) {
            return null;
        }
        Place country = places.resolve(name).orElse(null);
        if (country != null) {
            return new Mention(country, -1, -1, false);
        }
        int comma = name.indexOf(',');
        String city = TextFold.fold(comma < 0 ? name : name.substring(0, comma));
        Set<Place> named = inCopy;
        if (comma > 0) {
            Place after = places.resolve(name.substring(comma + 1)).orElse(null);
            named = after == null ? inCopy : Set.of(after);
        }
        Cities.Resolved resolved = cities.resolve(city, named);
        return resolved == null ? null : new Mention(resolved.country(), -1, -1, false,
                describe(name.strip(), resolved));
    }

    private static String describe(String city, Cities.Resolved resolved) {
        return city + ", a city of " + resolved.country().name() + " (" + resolved.rule() + ")";
    }

    /**
     * The cities of tokens [from, to) that stand as places ("in Colombo", "a Bangkok-based group"), each giving its
     * country by the rules of {@link Cities#resolve}; a city's name longer than a country's at the same words wins
     * ("in Mexico City").
     */
    List<Mention> cities(Copy copy, int from, int to, List<Mention> countries, Set<Place> inCopy) {
        List<Token> tokens = copy.tokens;
        List<Mention> out = new ArrayList<>(countries);
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.capitalized()) {
                continue;
            }
            int end;
            String name;
            if (t.lower().endsWith("-based")) {
                end = i + 1;
                name = fold(t.lower().substring(0, t.lower().length() - "-based".length()));
            } else if (i > 0 && BEFORE_PLACE.contains(tokens.get(i - 1).lower())) {
                end = longestCity(tokens, i, to);
                if (end < 0) {
                    continue;
                }
                name = cityKey(tokens, i, end);
            } else {
                continue;
            }
            Cities.Resolved resolved = cities.resolve(name, inCopy);
            final int at = i;
            Mention country = countries.stream().filter(m -> m.from() == at).findFirst().orElse(null);
            if (resolved == null || country != null && country.to() >= end) {
                continue;
            }
            out.remove(country);
            out.add(new Mention(resolved.country(), i, end, false, describe(copy.span(i, end), resolved)));
            i = end - 1;
        }
        out.sort(java.util.Comparator.comparingInt(Mention::from));
        return out;
    }

    private int longestCity(List<Token> tokens, int at, int to) {
        int best = -1;
        for (int j = at; j < to && j < at + 4 && tokens.get(j).isWord(); j++) {
            String key = cityKey(tokens, at, j + 1);
            if (cities.known(key)) {
                best = j + 1;
            }
            if (tokens.get(j).possessive() || !cities.continues(key)) {
                break;
            }
        }
        return best;
    }

    private static String cityKey(List<Token> tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            key.append(k > from ? " " : "").append(fold(tokens.get(k).lower()));
        }
        return key.toString();
    }

    /** Every place mention in tokens [from, to), longest first at each position. */
    List<Mention> find(List<Token> tokens, int from, int to) {
        List<Mention> out = new ArrayList<>(2);
        int i = from;
        while (i < to) {
            Token t = tokens.get(i);
            Mention found = t.capitalized() ? longestAt(tokens, i, to) : null;
            if (found != null) {
                out.add(found);
                i = found.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private Mention longestAt(List<Token> tokens, int at, int to) {
        Mention best = null;
        StringBuilder key = new StringBuilder();
        for (int j = at; j < to; j++) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                break;
            }
            if (j > at) {
                key.append(' ');
            }
            key.append(fold(t.lower()));
            String name = key.toString();
            Place place = byName.get(name);
            if (place != null) {
                best = new Mention(place, at, j + 1, demonyms.contains(name));
            }
            if (t.possessive() || !prefixes.contains(name)) {
                break;
            }
        }
        return best;
    }

    /** Token text as the gazetteer folds it; plain lower-case ASCII words are already folded. */
    static String fold(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < 'a' || c > 'z') {
                return TextFold.fold(lower);
            }
        }
        return lower;
    }
}
