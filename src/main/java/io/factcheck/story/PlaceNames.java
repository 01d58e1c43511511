package io.factcheck.story;

import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.TextFold;

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
    /** A place named by tokens [from, to) of the copy; {@code demonym} for "Russian", not "Russia". */
    record Mention(Place place, int from, int to, boolean demonym) {
    }

    private final Map<String, Place> byName = new HashMap<>();
    private final Set<String> demonyms = new HashSet<>();
    /** Every proper prefix of a name of several words, so a lookup stops as soon as no name can continue. */
    private final Set<String> prefixes = new HashSet<>();
    private final Places places;

    PlaceNames(Places places) {
        this.places = places;
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

    /** A whole name as written elsewhere than in the copy (a dateline, a place field). */
    Place resolve(String name) {
        return name == null ? null : places.resolve(name).orElse(null);
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
