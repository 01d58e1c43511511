package io.factcheck.kernel;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The records of one kind of file across a stack of datasets, lowest first. Each record has a key (the columns
 * {@code keyColumns} name); a layer's row adds a record, replaces every lower record with its key, or deletes them
 * ({@code deleted=yes}, the other columns may then be empty). The base's rows may lack their key (they cannot be
 * replaced then); a layer's rows may not, since a key is how a layer says what it changes.
 */
public final class Layered<R> {
    public static final String DELETED = "deleted";

    /** A record with its key (null when the base row has none), the level that gave it, and where. */
    public record Entry<R>(R record, String key, int level, String file, int line) {
        public String location() {
            return file + ":" + line;
        }
    }

    private final String file;
    private final String what;
    private final List<String> keyColumns;
    private final boolean unique;
    private final Function<R, String> keyOf;
    private final List<Entry<R>> entries = new ArrayList<>();
    private final Map<String, List<Integer>> positions = new HashMap<>();
    private final Set<String> baseKeysGone = new HashSet<>();
    private final Set<String> removed = new HashSet<>();
    private int live;
    private boolean layered;
    /** Whether keys are kept to find records by: not for a stack of the base alone, where nothing can address them. */
    private boolean keyed = true;

    /**
     * @param what   names the key in messages: "event id", "tenure"
     * @param unique whether one dataset may hold a key only once (an id), or several times (a person who held the
     *               same post twice, in one Wikidata statement: a layer's rows with that key then replace them all)
     * @param keyOf  the key of a record, made as {@link #key} makes it from the key columns; null when incomplete
     */
    public Layered(String file, String what, List<String> keyColumns, boolean unique, Function<R, String> keyOf) {
        this.file = file;
        this.what = what;
        this.keyColumns = List.copyOf(keyColumns);
        this.unique = unique;
        this.keyOf = keyOf;
    }

    /** A key of these parts, or null when one is missing: "desk-fr|fr-pm-3". */
    public static String key(Object... parts) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part == null || part.toString().isEmpty()) {
                return null;
            }
            out.append(out.isEmpty() ? "" : "|").append(part);
        }
        return out.toString();
    }

    /** The key columns as written, for a deleted row whose key needs no reading. */
    public String rawKey(CsvRow row) {
        return key(keyColumns.stream().map(row::get).toArray());
    }

    /** Reads the file from every dataset of the stack, a deleted row's key being its key columns as written. */
    public Layered<R> read(List<DatasetLevel> stack, List<String> baseColumns, Function<CsvRow, R> parse,
                           LoadReport report) {
        return read(stack, baseColumns, parse, this::rawKey, report);
    }

    /**
     * Reads the file from every dataset of the stack that has it, lowest first, counting what each layer did.
     *
     * @param baseColumns the columns the base's header must have (a layer's needs only the key columns)
     * @param deletedKey  the key of a deleted row, when the key columns need reading (a place name to its id)
     */
    public Layered<R> read(List<DatasetLevel> stack, List<String> baseColumns, Function<CsvRow, R> parse,
                           Function<CsvRow, String> deletedKey, LoadReport report) {
        // the base alone, as most deployments load it: nothing can address its records, so no index of keys is built
        keyed = !(stack.size() == 1 && stack.get(0).level() == 0 && entries.isEmpty());
        for (DatasetLevel level : stack) {
            level.files().read(file, r -> {
                layered |= level.level() > 0;
                LoadReport.Counts counts = apply(level, r, level.level() == 0 ? baseColumns : keyColumns, parse,
                        deletedKey);
                if (level.level() > 0) {
                    report.counted(level.level(), file, counts);
                }
                return counts;
            });
        }
        return this;
    }

    /**
     * Adds a record of the base read elsewhere (a compiled image), before any layer's; it may be null when only its
     * key matters (what a layer replaced or deleted, {@link #baseKeysGone}, is masked where it is kept).
     */
    public void addBase(R record, String key, String file, int line) {
        add(new Entry<>(record, key, 0, file, line));
    }

    private LoadReport.Counts apply(DatasetLevel level, Reader reader, List<String> columns, Function<CsvRow, R> parse,
                                    Function<CsvRow, String> deletedKey) {
        String name = level.file(file);
        boolean layer = level.level() > 0;
        // per key this level gave: the row's line
        Map<String, Integer> given = new HashMap<>();
        Set<String> deletions = new HashSet<>();
        Set<String> replacing = new HashSet<>();
        int[] counts = new int[3];
        Csv.read(reader, name, columns, row -> {
            boolean deleted = deleted(row);
            if (layer) {
                for (String column : keyColumns) {
                    if (row.get(column).isEmpty()) {
                        throw row.error("column '" + column + "' is empty: a layer's row needs its whole key "
                                + keyColumns + " to add, replace or delete a record");
                    }
                }
            }
            R record = deleted ? null : parse.apply(row);
            if (!deleted && record == null) {
                return; // a row of a record a layer deleted (an observation of a deleted series)
            }
            if (!keyed && !unique) {
                add(new Entry<>(record, null, level.level(), name, row.line()));
                counts[0]++;
                return; // nothing above can address it, and the file may hold a key more than once
            }
            String key = deleted ? deletedKey.apply(row) : keyOf.apply(record);
            Integer earlier = key == null ? null : given.putIfAbsent(key, row.line());
            if (earlier != null && (unique || deleted || deletions.contains(key))) {
                throw row.error(what + " '" + key + "' appears twice (first at " + name + ":" + earlier + ")");
            }
            boolean lower = earlier == null && key != null && positions.containsKey(key);
            if (deleted) {
                if (!lower) {
                    throw row.error("deletes " + what + " '" + key + "', which no lower layer has");
                }
                deletions.add(key);
                counts[2] += remove(key);
                return;
            }
            if (lower) {
                remove(key);
                replacing.add(key);
            }
            // a second row of a key this layer replaces is a replacement too (a post held twice)
            counts[replacing.contains(key) ? 1 : 0]++;
            add(new Entry<>(record, key, level.level(), name, row.line()));
        });
        return new LoadReport.Counts(counts[0], counts[1], counts[2]);
    }

    private boolean deleted(CsvRow row) {
        if (!row.has(DELETED)) {
            return false;
        }
        String value = row.get(DELETED).toLowerCase(Locale.ROOT);
        if (!value.isEmpty() && !value.equals("yes")) {
            throw row.error("column '" + DELETED + "' must be 'yes' or empty, not '" + row.get(DELETED) + "'");
        }
        return !value.isEmpty();
    }

    private void add(Entry<R> entry) {
        if (keyed && entry.key() != null) {
            positions.computeIfAbsent(entry.key(), k -> new ArrayList<>(1)).add(entries.size());
        }
        entries.add(entry);
        live++;
    }

    /** Takes out every record with the key; returns how many. */
    private int remove(String key) {
        List<Integer> at = positions.remove(key);
        removed.add(key);
        for (int i : at) {
            if (entries.get(i).level() == 0) {
                baseKeysGone.add(key);
            }
            entries.set(i, null);
        }
        live -= at.size();
        return at.size();
    }

    /** The records that stand, the base's first (in file order), then each layer's additions and replacements. */
    public List<R> records() {
        List<R> out = new ArrayList<>(live);
        for (Entry<R> e : entries) {
            if (e != null) {
                out.add(e.record());
            }
        }
        return out;
    }

    /** The same, with their keys, levels and rows. */
    public List<Entry<R>> entries() {
        List<Entry<R>> out = new ArrayList<>(live);
        for (Entry<R> e : entries) {
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** The keys of base records a layer replaced or deleted. */
    public Set<String> baseKeysGone() {
        return baseKeysGone;
    }

    /** The keys a layer deleted (and none gave again): the rows of other files that belong to them go too. */
    public Set<String> deletedKeys() {
        Set<String> gone = new HashSet<>(removed);
        gone.removeAll(positions.keySet());
        return gone;
    }

    /** Whether any layer has this file. */
    public boolean layered() {
        return layered;
    }
}
