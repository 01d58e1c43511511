package io.factcheck.story;

import io.factcheck.kernel.Place;
import io.factcheck.story.text.Copy;
import io.factcheck.story.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A plural title before a list of names: "Presidents Emmanuel Macron and Joe Biden", "foreign ministers Ann Linde
 * of Sweden, Pekka Haavisto of Finland and Jeppe Kofod of Denmark". Each name is a claim of the singular title, with
 * the place its own "of X" names, else the title's.
 */
final class TitleLists {
    /** One name of the list: characters [start, end), the title as one holder's, and its place or null. */
    record Item(int start, int end, String name, String position, Place place, String status) {
    }

    private static final Set<String> JOINS = Set.of(",", "and");

    private TitleLists() {
    }

    /** The names after the plural head at token {@code h}, its title starting at token {@code a}; empty if none. */
    static List<Item> read(Copy copy, Sentence s, int a, int h, Titles titles) {
        List<Token> tokens = copy.tokens;
        Place titlePlace = null;
        String status = null;
        StringBuilder position = new StringBuilder();
        for (int i = a; i <= h; i++) {
            PlaceNames.Mention m = s.placeAt(i);
            if (m != null) {
                titlePlace = m.place();
                i = m.to() - 1;
                continue;
            }
            if (Titles.status(tokens.get(i)) != null) {
                status = Titles.status(tokens.get(i)); // "former Presidents X and Y"
                continue;
            }
            String word = tokens.get(i).text();
            position.append(position.isEmpty() ? "" : " ").append(i == h ? word.substring(0, word.length() - 1) : word);
        }
        List<Item> out = new ArrayList<>(2);
        int at = h + 1;
        while (at < s.to()) {
            int end = Names.forward(tokens, at, s.to(), s, titles);
            if (end < 0 || end - at < 2) {
                break;
            }
            Place place = titlePlace;
            int last = end;
            if (end + 1 < s.to() && tokens.get(end).is("of") && s.placeAt(end + 1) != null
                    && s.placeAt(end + 1).from() == end + 1) {
                place = s.placeAt(end + 1).place();
                last = s.placeAt(end + 1).to();
            }
            int start = out.isEmpty() ? tokens.get(a).start() : tokens.get(at).start();
            out.add(new Item(start, tokens.get(last - 1).end(), Names.text(copy, at, end), position.toString(), place,
                    status));
            at = last;
            while (at < s.to() && JOINS.contains(tokens.get(at).lower())) {
                at++;
            }
        }
        return out.size() >= 2 ? out : List.of();
    }
}
