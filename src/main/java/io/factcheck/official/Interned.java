package io.factcheck.official;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Values that repeat across rows (titles, places, sources, words of names), each stored once and numbered. */
final class Interned<T> {
    static final int UNKNOWN = -1;

    private final Map<T, Integer> ids;
    private final List<T> values = new ArrayList<>();

    /** @param ids an empty map, by equality or by identity as the values call for */
    Interned(Map<T, Integer> ids) {
        this.ids = ids;
    }

    int idOf(T value) {
        Integer id = ids.get(value);
        if (id == null) {
            id = values.size();
            ids.put(value, id);
            values.add(value);
        }
        return id;
    }

    /** The id of a value already stored, or {@link #UNKNOWN}. */
    int find(T value) {
        return ids.getOrDefault(value, UNKNOWN);
    }

    T value(int id) {
        return values.get(id);
    }

    /** Every value in id order: restoring them with {@link #idOf} in that order gives the same ids. */
    List<T> values() {
        return values;
    }

    int size() {
        return values.size();
    }
}
