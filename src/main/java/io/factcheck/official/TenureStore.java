package io.factcheck.official;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.PackedText;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.SourceInfo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every tenure row, stored by column: one int array with a fixed number of slots per row, dates as epoch days with
 * their precision, text packed as UTF-8, names as the ids of their words. A million tenures then cost about a
 * hundred bytes each, where a graph of a dozen objects per row cost eight hundred and slowed every collection.
 * A {@link Term} is a view of one row, made when a lookup needs it; {@link #tenure} rebuilds the row as written.
 */
final class TenureStore {
    /** How an effective end was decided; see {@link TenureIndex} for the rules. */
    enum EndKind { RECORDED, OPEN, SUCCESSOR, GOVERNMENT_FELL, GOVERNMENT_UNCERTAIN }

    private static final int PERSON = 0;
    private static final int ALIASES = 1;
    private static final int PERSON_ID = 2;
    private static final int URL = 3;
    private static final int RECORD_ID = 4;
    private static final int NOTE = 5;
    private static final int LINE = 6;
    private static final int TITLE = 7;
    private static final int PLACE = 8;
    private static final int SOURCE = 9;
    private static final int START = 10;
    private static final int END = 11;
    private static final int EFFECTIVE_END = 12;
    private static final int NAMES = 13;
    /** The row or government end that decided the effective end, by {@link EndKind}. */
    private static final int END_REF = 14;
    /**
     * Bits 0-1 start precision, 2-3 end precision, 4-5 effective end precision, 6-7 holders, 8-10 end kind, 11 the
     * term began with a coup (its record is in {@link #coups}), 12-13 the url and record id are made, not stored.
     */
    private static final int FLAGS = 15;
    private static final int WIDTH = 16;
    private static final int BEGAN_WITH_COUP = 1 << 11;
    /** The url is the Wikidata page of the person id, and is not stored: most rows of Wikidata sources. */
    private static final int URL_OF_PERSON_ID = 1 << 12;
    /** The record id is "person id P39 title" (a Wikidata "position held" statement), and is not stored. */
    private static final int RECORD_OF_POSITION_HELD = 1 << 13;
    private static final String WIKIDATA = "https://www.wikidata.org/wiki/";
    private static final String POSITION_HELD = " P39 ";

    private static final int NO_DAY = Integer.MIN_VALUE;
    private static final DatePrecision[] PRECISIONS = DatePrecision.values();
    private static final EndKind[] END_KINDS = EndKind.values();
    private static final String[] HOLDERS = {null, "single", "several"};

    private final String file;
    private PackedText text = new PackedText();
    private final Interned<String> words = Interned.byEquality();
    private final Interned<String> titles = Interned.byEquality();
    private final Interned<Place> places = Interned.byIdentity();
    private final Interned<SourceInfo> sources = Interned.byIdentity();
    private final List<GovernmentEnd> governmentEnds;
    /** For an end implied by a fallen government: the row of the ruler's spell that fell with it. */
    private final Map<Integer, Integer> fallenRulers = new HashMap<>();
    /** The coup records of the few rows that began with one, by row: no slot spent on every other row. */
    private final Map<Integer, CoupEntry> coups = new HashMap<>();
    /** The last day of the few ends known only to a window of days (FUZZY: between two snapshots), by row. */
    private final Map<Integer, Integer> endWindows = new HashMap<>();
    /** The rows of layers (few), with their level and file: every other row is the base's, of {@link #file}. */
    private final Map<Integer, Integer> rowLevel = new HashMap<>();
    private final Map<Integer, String> rowFile = new HashMap<>();
    /** Per row without a person id, the row of the identified person it was linked to (+1), 0 when none. */
    private int[] linked = new int[0];
    private int[] rows = new int[WIDTH * 1024];
    /** Per row at its NAMES offset: the number of names, then per name its word count and word ids. */
    private int[] names = new int[4096];
    private int size;
    private int namesSize;
    /** For each word id of a name word, 1 + the word id of its skeleton; 0 for words that are only skeletons. */
    private int[] skeletonOf = new int[1024];

    TenureStore(String file, List<GovernmentEnd> governmentEnds) {
        this.file = file;
        this.governmentEnds = List.copyOf(governmentEnds);
    }

    int add(Tenure t) {
        return add(t, 0);
    }

    /** Adds a row of a dataset of the stack (0: the base). */
    int add(Tenure t, int level) {
        if (level > 0) {
            rowLevel.put(size, level);
        }
        if (!t.file().equals(file)) {
            rowFile.put(size, t.file());
        }
        if (t.start().precision() == DatePrecision.FUZZY) {
            throw new IllegalArgumentException("a tenure's start is a day, a month or a year: " + t.location());
        }
        if (t.end() != null && t.end().precision() == DatePrecision.FUZZY) {
            endWindows.put(size, (int) t.end().end().toEpochDay());
        }
        if ((size + 1) * WIDTH > rows.length) {
            rows = Arrays.copyOf(rows, Math.max(rows.length + rows.length / 2, (size + 1) * WIDTH));
        }
        int at = size * WIDTH;
        rows[at + PERSON] = text.add(t.person());
        rows[at + ALIASES] = text.add(t.aliases().isEmpty() ? null : String.join("|", t.aliases()));
        rows[at + PERSON_ID] = text.add(t.personId());
        // the two most repeated texts of Wikidata rows are made from the row's other columns: not stored twice
        boolean urlOfPerson = t.personId() != null && t.url() != null && t.url().equals(WIKIDATA + t.personId());
        boolean positionHeld = t.personId() != null && t.recordId() != null
                && t.recordId().equals(t.personId() + POSITION_HELD + t.position());
        rows[at + URL] = urlOfPerson ? PackedText.NONE : text.add(t.url());
        rows[at + RECORD_ID] = positionHeld ? PackedText.NONE : text.add(t.recordId());
        rows[at + NOTE] = text.add(t.note());
        rows[at + LINE] = t.line();
        rows[at + TITLE] = titles.idOf(t.position());
        rows[at + PLACE] = places.idOf(t.jurisdiction());
        rows[at + SOURCE] = sources.idOf(t.source());
        rows[at + START] = (int) t.start().start().toEpochDay();
        rows[at + END] = t.end() == null ? NO_DAY : (int) t.end().start().toEpochDay();
        rows[at + EFFECTIVE_END] = NO_DAY;
        rows[at + END_REF] = -1;
        int holders = t.holders() == null ? 0 : t.holders().equals("single") ? 1 : 2;
        rows[at + FLAGS] = t.start().precision().ordinal()
                | (t.end() == null ? 0 : t.end().precision().ordinal() << 2) | holders << 6
                | (t.coup() == null ? 0 : BEGAN_WITH_COUP) | (urlOfPerson ? URL_OF_PERSON_ID : 0)
                | (positionHeld ? RECORD_OF_POSITION_HELD : 0);
        if (t.coup() != null) {
            coups.put(size, t.coup());
        }
        rows[at + NAMES] = addNames(t);
        return size++;
    }

    /** The person's own name first (even when it holds no words once titles are taken off), then the aliases. */
    private int addNames(Tenure t) {
        List<List<String>> all = new ArrayList<>(1 + t.aliases().size());
        all.add(PersonName.tokensOf(t.person()));
        t.aliases().forEach(alias -> all.add(PersonName.tokensOf(alias)));
        int ref = namesSize;
        addWords(all.size());
        for (List<String> tokens : all) {
            addWords(tokens.size());
            for (String token : tokens) {
                int id = words.idOf(token);
                if (id >= skeletonOf.length) {
                    skeletonOf = Arrays.copyOf(skeletonOf, Math.max(skeletonOf.length * 2, id + 1));
                }
                if (skeletonOf[id] == 0) {
                    skeletonOf[id] = words.idOf(PersonName.skeleton(token)) + 1;
                }
                addWords(id);
            }
        }
        return ref;
    }

    private void addWords(int value) {
        if (namesSize == names.length) {
            names = Arrays.copyOf(names, names.length * 2);
        }
        names[namesSize++] = value;
    }

    // ---- the compiled form (see TenureImage): the columns as they are, written and read back without re-parsing

    void writeTo(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(size);
        writeInts(out, rows, size * WIDTH);
        writeInts(out, names, namesSize);
        writeStrings(out, words.values());
        writeInts(out, skeletonOf, words.size());
        writeStrings(out, titles.values());
        writeStrings(out, places.values().stream().map(Place::id).toList());
        writeStrings(out, sources.values().stream().map(SourceInfo::id).toList());
        byte[] packed = text.bytes();
        out.writeInt(packed.length);
        out.write(packed);
        out.writeInt(coups.size());
        for (Map.Entry<Integer, CoupEntry> e : new java.util.TreeMap<>(coups).entrySet()) {
            out.writeInt(e.getKey());
            out.writeLong(e.getValue().date().toEpochDay());
            out.writeUTF(e.getValue().source().id());
            out.writeUTF(e.getValue().recordId() == null ? "" : e.getValue().recordId());
        }
        out.writeInt(endWindows.size());
        for (Map.Entry<Integer, Integer> e : new java.util.TreeMap<>(endWindows).entrySet()) {
            out.writeInt(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    /** The store written by {@link #writeTo}, its places and sources looked up again by id. */
    static TenureStore readFrom(java.io.DataInputStream in, String file, List<GovernmentEnd> ends,
                                java.util.function.Function<String, Place> place,
                                java.util.function.Function<String, SourceInfo> source) throws java.io.IOException {
        TenureStore store = new TenureStore(file, ends);
        store.size = in.readInt();
        store.rows = readInts(in);
        store.names = readInts(in);
        store.namesSize = store.names.length;
        readStrings(in).forEach(store.words::idOf);
        store.skeletonOf = readInts(in);
        readStrings(in).forEach(store.titles::idOf);
        readStrings(in).forEach(id -> store.places.idOf(place.apply(id)));
        readStrings(in).forEach(id -> store.sources.idOf(source.apply(id)));
        byte[] packed = new byte[in.readInt()];
        in.readFully(packed);
        store.text = PackedText.of(packed);
        int coupCount = in.readInt();
        for (int i = 0; i < coupCount; i++) {
            int row = in.readInt();
            LocalDate date = LocalDate.ofEpochDay(in.readLong());
            SourceInfo coupSource = source.apply(in.readUTF());
            String record = in.readUTF();
            store.coups.put(row, new CoupEntry(date, coupSource, record.isEmpty() ? null : record));
        }
        int windows = in.readInt();
        for (int i = 0; i < windows; i++) {
            store.endWindows.put(in.readInt(), in.readInt());
        }
        return store;
    }

    private static void writeInts(java.io.DataOutputStream out, int[] values, int count) throws java.io.IOException {
        out.writeInt(count);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(count * 4);
        buffer.asIntBuffer().put(values, 0, count);
        out.write(buffer.array());
    }

    private static int[] readInts(java.io.DataInputStream in) throws java.io.IOException {
        byte[] bytes = new byte[in.readInt() * 4];
        in.readFully(bytes);
        int[] values = new int[bytes.length / 4];
        java.nio.ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }

    private static void writeStrings(java.io.DataOutputStream out, List<String> values) throws java.io.IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    private static List<String> readStrings(java.io.DataInputStream in) throws java.io.IOException {
        int count = in.readInt();
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(in.readUTF());
        }
        return out;
    }

    /** Drops spare capacity once every row is in. */
    void trim() {
        rows = Arrays.copyOf(rows, size * WIDTH);
        names = Arrays.copyOf(names, namesSize);
        skeletonOf = Arrays.copyOf(skeletonOf, words.size());
        text.trim();
        words.trim();
        titles.trim();
    }

    int size() {
        return size;
    }

    List<GovernmentEnd> governmentEnds() {
        return governmentEnds;
    }

    // ---- columns

    /** Whether any row came from a layer. */
    boolean layered() {
        return !rowLevel.isEmpty();
    }

    /** The level of the dataset the row came from: 0 for the base, 1 for the lowest layer... */
    int level(int row) {
        return rowLevel.getOrDefault(row, 0);
    }

    String person(int row) {
        return text.get(rows[row * WIDTH + PERSON]);
    }

    String personId(int row) {
        return text.get(rows[row * WIDTH + PERSON_ID]);
    }

    /**
     * The name to say: for a record linked to a known person (the Factbook's "Mikhail Vladimirovich Mishustin" to
     * Wikidata's), the name the person's own record gives, which the other sources use; else the record's own, unless
     * it is a surname alone ("Kohl", as Archigos writes) and an alias is the full name ending in it ("Helmut Kohl").
     */
    String fullName(int row) {
        if (isLinked(row)) {
            return fullName(linked[row] - 1);
        }
        String person = person(row);
        String aliases = text.get(rows[row * WIDTH + ALIASES]);
        if (aliases == null || person.indexOf(' ') >= 0) {
            return person;
        }
        String full = person;
        for (String alias : aliases.split("\\|")) {
            String written = alias.strip();
            if (written.length() > full.length() && written.endsWith(" " + person)) {
                full = written;
            }
        }
        return full;
    }

    /**
     * Who the row is about: its person id, else the id of the person it was linked to when loaded (a surname-only
     * source's "Blair" in the post Tony Blair (Q9545) held at the same dates), else its name.
     */
    String personKey(int row) {
        String id = personId(row);
        if (id != null) {
            return id;
        }
        return row < linked.length && linked[row] > 0 ? personKey(linked[row] - 1) : person(row);
    }

    /** Whether {@link #personKey(int)} is this key, comparing the stored bytes instead of building strings. */
    boolean hasPersonKey(int row, String key) {
        int id = rows[row * WIDTH + PERSON_ID];
        if (id != PackedText.NONE) {
            return text.is(id, key);
        }
        return row < linked.length && linked[row] > 0 ? hasPersonKey(linked[row] - 1, key)
                : text.is(rows[row * WIDTH + PERSON], key);
    }

    boolean hasPersonId(int row) {
        return rows[row * WIDTH + PERSON_ID] != PackedText.NONE;
    }

    boolean isLinked(int row) {
        return row < linked.length && linked[row] > 0;
    }

    /** Takes a row without a person id as being about the person of another row. */
    void link(int row, int personRow) {
        if (linked.length == 0) {
            linked = new int[size];
        }
        linked[row] = personRow + 1;
    }

    String title(int row) {
        return titles.value(rows[row * WIDTH + TITLE]);
    }

    /** The title of an id {@link #titleId} gives. */
    String titleOf(int titleId) {
        return titles.value(titleId);
    }

    int titleId(int row) {
        return rows[row * WIDTH + TITLE];
    }

    Place place(int row) {
        return places.value(rows[row * WIDTH + PLACE]);
    }

    int placeId(int row) {
        return rows[row * WIDTH + PLACE];
    }

    SourceInfo source(int row) {
        return sources.value(rows[row * WIDTH + SOURCE]);
    }

    String holders(int row) {
        return HOLDERS[flags(row) >> 6 & 3];
    }

    /** The coup the row's term began with, or null. */
    CoupEntry coup(int row) {
        return (flags(row) & BEGAN_WITH_COUP) == 0 ? null : coups.get(row);
    }

    DateSpan start(int row) {
        return span(rows[row * WIDTH + START], flags(row) & 3);
    }

    /** The first day the start may be. */
    int startFirstDay(int row) {
        return rows[row * WIDTH + START];
    }

    /** The last day the start may be: "2021" may be as late as 2021-12-31. */
    int startLastDay(int row) {
        return lastDay(rows[row * WIDTH + START], flags(row) & 3);
    }

    DatePrecision startPrecision(int row) {
        return PRECISIONS[flags(row) & 3];
    }

    /** The end on the row itself, or null when it is open there. */
    DateSpan recordedEnd(int row) {
        return span(rows[row * WIDTH + END], flags(row) >> 2 & 3, row);
    }

    /** The end after reconciliation, or null when the term is still open. */
    DateSpan effectiveEnd(int row) {
        return span(rows[row * WIDTH + EFFECTIVE_END], flags(row) >> 4 & 3, row);
    }

    boolean hasEffectiveEnd(int row) {
        return rows[row * WIDTH + EFFECTIVE_END] != NO_DAY;
    }

    int effectiveEndFirstDay(int row) {
        return rows[row * WIDTH + EFFECTIVE_END];
    }

    int effectiveEndLastDay(int row) {
        int precision = flags(row) >> 4 & 3;
        return precision == DatePrecision.FUZZY.ordinal() ? endWindows.get(row)
                : lastDay(rows[row * WIDTH + EFFECTIVE_END], precision);
    }

    DatePrecision effectiveEndPrecision(int row) {
        return PRECISIONS[flags(row) >> 4 & 3];
    }

    EndKind endKind(int row) {
        return END_KINDS[flags(row) >> 8 & 7];
    }

    /** Records the reconciled end of a row, and what decided it (a row, a government end, or -1). */
    void setEnd(int row, DateSpan end, EndKind kind, int ref) {
        int at = row * WIDTH;
        rows[at + EFFECTIVE_END] = end == null ? NO_DAY : (int) end.start().toEpochDay();
        rows[at + END_REF] = ref;
        int precision = end == null ? 0 : end.precision().ordinal();
        rows[at + FLAGS] = (rows[at + FLAGS] & ~(3 << 4 | 7 << 8)) | precision << 4 | kind.ordinal() << 8;
    }

    /** For a term still open when its government ended, with no record of who stayed: that day, else null. */
    LocalDate uncertainFrom(int row) {
        return endKind(row) == EndKind.GOVERNMENT_UNCERTAIN
                ? governmentEnds.get(rows[row * WIDTH + END_REF]).date() : null;
    }

    void setFallenRuler(int row, int rulerRow) {
        fallenRulers.put(row, rulerRow);
    }

    /** The row's id in its source. */
    String recordId(int row) {
        return (flags(row) & RECORD_OF_POSITION_HELD) != 0 ? personId(row) + POSITION_HELD + title(row)
                : text.get(rows[row * WIDTH + RECORD_ID]);
    }

    int line(int row) {
        return rows[row * WIDTH + LINE];
    }

    /** The row as it was written in the dataset. */
    Tenure tenure(int row) {
        int at = row * WIDTH;
        String aliases = text.get(rows[at + ALIASES]);
        String personId = personId(row);
        String url = (flags(row) & URL_OF_PERSON_ID) != 0 ? WIKIDATA + personId : text.get(rows[at + URL]);
        String recordId = recordId(row);
        return new Tenure(person(row), aliases == null ? List.of() : List.of(aliases.split("\\|")), personId,
                title(row), place(row), start(row), recordedEnd(row), holders(row), source(row), url, recordId,
                text.get(rows[at + NOTE]), coup(row), rowFile.getOrDefault(row, file), rows[at + LINE]);
    }

    /** Why the row's term ends where it does, with the record that decided it. */
    EndBasis endBasis(int row) {
        int ref = rows[row * WIDTH + END_REF];
        return switch (endKind(row)) {
            case RECORDED -> EndBasis.RECORDED;
            case OPEN -> EndBasis.OPEN;
            case SUCCESSOR -> {
                Tenure u = tenure(ref);
                yield EndBasis.implied("implied by the successor " + u.person() + " taking office " + u.start(),
                        evidence(u, u.describe(u.end()), "implies end (successor)"));
            }
            case GOVERNMENT_FELL -> {
                GovernmentEnd g = governmentEnds.get(ref);
                Tenure fell = tenure(fallenRulers.get(row));
                yield EndBasis.implied("implied by the end of the government on " + g.date() + " ("
                        + g.description() + "), in which " + fell.person() + "'s rule ended ("
                        + fell.source().name() + " " + fell.recordId() + ")",
                        evidence(g, "implies end (government ended)"));
            }
            case GOVERNMENT_UNCERTAIN -> {
                GovernmentEnd g = governmentEnds.get(ref);
                yield new EndBasis("open, but the government it served ended on " + g.date() + " ("
                        + g.description() + ") and no record says whether " + person(row) + " stayed on",
                        evidence(g, "casts doubt (government ended)"), g.date());
            }
        };
    }

    static Evidence evidence(Tenure t, String record, String role) {
        return t.source().evidence(t.url(), t.recordId(), t.location(), record, role);
    }

    private static Evidence evidence(GovernmentEnd g, String role) {
        return g.source().evidence(g.url(), g.recordId(), g.location(), g.description(), role);
    }

    // ---- names

    /** The row's names that hold any word: the person's, then the aliases'. */
    List<PersonName> names(int row) {
        int at = rows[row * WIDTH + NAMES];
        int count = names[at++];
        List<PersonName> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = names[at];
            if (length > 0) {
                out.add(name(at));
            }
            at += 1 + length;
        }
        return out;
    }

    /** The person's own name (possibly without words). */
    PersonName personName(int row) {
        return name(rows[row * WIDTH + NAMES] + 1);
    }

    /** The skeleton word id of the last word of each of the row's names, for the surname index (repeats possible). */
    int[] surnameIds(int row) {
        int at = rows[row * WIDTH + NAMES];
        int count = names[at++];
        int[] out = new int[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int length = names[at];
            if (length > 0) {
                out[kept++] = skeletonOf[names[at + length]] - 1;
            }
            at += 1 + length;
        }
        return Arrays.copyOf(out, kept);
    }

    /**
     * Whether any of the row's names could match the written one (see {@link PersonName#wordsMayMatch}): its last
     * word against their last, and, for a name of several words, its first word against any of theirs.
     */
    boolean mayMatch(int row, PersonName written) {
        String last = written.lastSkeleton();
        String first = written.skeletons().size() > 1 ? written.skeletons().get(0) : null;
        int at = rows[row * WIDTH + NAMES];
        int count = names[at++];
        for (int i = 0; i < count; i++) {
            int length = names[at];
            if (length > 0 && PersonName.wordsMayMatch(last, skeleton(names[at + length]))
                    && (first == null || length < written.skeletons().size() || anyWordMayMatch(first, at + 1, length))) {
                return true;
            }
            at += 1 + length;
        }
        return false;
    }

    private boolean anyWordMayMatch(String written, int from, int length) {
        for (int k = 0; k < length; k++) {
            if (PersonName.wordsMayMatch(written, skeleton(names[from + k]))) {
                return true;
            }
        }
        return false;
    }

    /** The skeleton of a stored name word. */
    private String skeleton(int word) {
        return words.value(skeletonOf[word] - 1);
    }

    /** The id of a stored word, or {@link Interned#UNKNOWN}. */
    int wordId(String word) {
        return words.find(word);
    }

    int wordCount() {
        return words.size();
    }

    private PersonName name(int at) {
        int length = names[at];
        String[] tokens = new String[length];
        String[] skeletons = new String[length];
        for (int i = 0; i < length; i++) {
            int word = names[at + 1 + i];
            tokens[i] = words.value(word);
            skeletons[i] = skeleton(word);
        }
        return new PersonName(Arrays.asList(tokens), Arrays.asList(skeletons));
    }

    // ---- helpers

    private int flags(int row) {
        return rows[row * WIDTH + FLAGS];
    }

    private static DateSpan span(int day, int precision) {
        if (day == NO_DAY) {
            return null;
        }
        LocalDate first = LocalDate.ofEpochDay(day);
        return switch (PRECISIONS[precision]) {
            case DAY -> DateSpan.day(first);
            case MONTH -> DateSpan.month(YearMonth.from(first));
            case YEAR -> DateSpan.year(first.getYear());
            case FUZZY -> throw new IllegalStateException("a window of days is stored for ends only");
        };
    }

    /** A stored end: a window of days (FUZZY) has its last day beside, in {@link #endWindows}. */
    private DateSpan span(int day, int precision, int row) {
        return precision == DatePrecision.FUZZY.ordinal() && day != NO_DAY
                ? new DateSpan(LocalDate.ofEpochDay(day), LocalDate.ofEpochDay(endWindows.get(row)), DatePrecision.FUZZY)
                : span(day, precision);
    }

    private static int lastDay(int firstDay, int precision) {
        if (firstDay == NO_DAY || precision == DatePrecision.DAY.ordinal()) {
            return firstDay;
        }
        return (int) span(firstDay, precision).end().toEpochDay();
    }
}
