package io.factcheck.official;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * Values that repeat across rows (titles, places, sources, words of names), each stored once and numbered. The ids
 * are found through an open-addressed table of ints beside the values' array, not a map: the bundled officials hold
 * 44,000 words, and a map's node and boxed id cost about 50 bytes each where a table slot costs 8.
 */
final class Interned<T> {
    static final int UNKNOWN = -1;
    private static final int EMPTY = -1;

    private final boolean byIdentity;
    private Object[] values = new Object[16];
    private int size;
    /** Ids by hash, {@link #EMPTY} where free; at most half full, so a probe ends soon. */
    private int[] slots = emptySlots(32);

    private Interned(boolean byIdentity) {
        this.byIdentity = byIdentity;
    }

    /** Values equal by {@code equals}: words, titles. */
    static <T> Interned<T> byEquality() {
        return new Interned<>(false);
    }

    /** Values that are the same object: places and sources, of which the dataset holds one each. */
    static <T> Interned<T> byIdentity() {
        return new Interned<>(true);
    }

    int idOf(T value) {
        int slot = slotOf(value);
        if (slots[slot] != EMPTY) {
            return slots[slot];
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        int id = size++;
        values[id] = value;
        slots[slot] = id;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    /** The id of a value already stored, or {@link #UNKNOWN}. */
    int find(T value) {
        int id = slots[slotOf(value)];
        return id == EMPTY ? UNKNOWN : id;
    }

    @SuppressWarnings("unchecked")
    T value(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException(id);
        }
        return (T) values[id];
    }

    /** Every value in id order: restoring them with {@link #idOf} in that order gives the same ids. */
    List<T> values() {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                return value(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    int size() {
        return size;
    }

    /** Drops the spare capacity of the values' array once every value is in. */
    void trim() {
        values = Arrays.copyOf(values, Math.max(size, 1));
    }

    /** The slot holding the value's id, or the free slot where it would go. */
    private int slotOf(Object value) {
        int mask = slots.length - 1;
        int slot = spread(hash(value)) & mask;
        while (slots[slot] != EMPTY && !same(values[slots[slot]], value)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        slots = emptySlots(slots.length * 2);
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = spread(hash(values[id])) & mask;
            while (slots[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id;
        }
    }

    private int hash(Object value) {
        return byIdentity ? System.identityHashCode(value) : value == null ? 0 : value.hashCode();
    }

    private boolean same(Object stored, Object value) {
        return stored == value || !byIdentity && stored != null && stored.equals(value);
    }

    private static int spread(int hash) {
        return (hash ^ (hash >>> 16)) * 0x9E3779B9;
    }

    private static int[] emptySlots(int length) {
        int[] slots = new int[length];
        Arrays.fill(slots, EMPTY);
        return slots;
    }
}
