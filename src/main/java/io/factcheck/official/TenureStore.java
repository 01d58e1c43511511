package io.factcheck.official;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.PackedText;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.SourceInfo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every tenure row, stored by column: one int array with a fixed number of slots per row, dates as epoch days with
 * their precision, text packed as UTF-8, names as the ids of their words. A million tenures then cost about a
 * hundred bytes each, where a graph of a dozen objects per row cost eight hundred and slowed every collection.
 * A {@link Term} is a view of one row, made when a lookup needs it; {@link #tenure} rebuilds the row as written.
 * The names' words are in {@link HolderNames}; {@link TenureImage} writes and reads the columns as compiled.
 */
final class TenureStore {
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
     * term began with a coup (its record is in {@link #coups}), 12-13 the url and record id are made, not stored,
     * 14-31 one more than the line number the note ends in (see {@link RowTexts#noteLine}), 0 when the note is stored whole.
     */
    private static final int FLAGS = 15;
    static final int WIDTH = 16;
    private static final int BEGAN_WITH_COUP = 1 << 11;
    /** The url is the Wikidata page of the person id, and is not stored: most rows of Wikidata sources. */
    private static final int URL_OF_PERSON_ID = 1 << 12;
    /** The record id is "person id P39 title" (a Wikidata "position held" statement), and is not stored. */
    private static final int RECORD_OF_POSITION_HELD = 1 << 13;
    private static final int NOTE_LINE_SHIFT = 14;
    private static final int MAX_NOTE_LINE = (1 << (32 - NOTE_LINE_SHIFT)) - 2;

    private static final EndKind[] END_KINDS = EndKind.values();
    private static final String[] HOLDERS = {null, "single", "several"};

    private final String file;
    PackedText text = new PackedText();
    final Interned<String> titles = Interned.byEquality();
    final Interned<Place> places = Interned.byIdentity();
    final Interned<SourceInfo> sources = Interned.byIdentity();
    private final List<GovernmentEnd> governmentEnds;
    /** For an end implied by a fallen government: the row of the ruler's spell that fell with it. */
    private final Map<Integer, Integer> fallenRulers = new HashMap<>();
    /** The coup records of the few rows that began with one, by row: no slot spent on every other row. */
    final Map<Integer, CoupEntry> coups = new HashMap<>();
    /** The last day of the few ends known only to a window of days (FUZZY: between two snapshots), by row. */
    final Map<Integer, Integer> endWindows = new HashMap<>();
    /** The rows of layers (few), with their level and file: every other row is the base's, of {@link #file}. */
    private final Map<Integer, Integer> rowLevel = new HashMap<>();
    private final Map<Integer, String> rowFile = new HashMap<>();
    /** Per row without a person id, the row of the identified person it was linked to (+1), 0 when none. */
    private int[] linked = new int[0];
    int[] rows = new int[WIDTH * 1024];
    /** The holders' names, each row's at its NAMES offset. */
    final HolderNames holderNames = new HolderNames();
    int size;

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
        boolean urlOfPerson = RowTexts.urlOfPersonId(t);
        boolean positionHeld = RowTexts.recordOfPositionHeld(t);
        rows[at + URL] = urlOfPerson ? PackedText.NONE : text.add(t.url());
        rows[at + RECORD_ID] = positionHeld ? PackedText.NONE : text.add(t.recordId());
        int noteLine = RowTexts.noteLine(t.note(), MAX_NOTE_LINE);
        rows[at + NOTE] = text.add(RowTexts.storedNote(t.note(), noteLine));
        rows[at + LINE] = t.line();
        rows[at + TITLE] = titles.idOf(t.position());
        rows[at + PLACE] = places.idOf(t.jurisdiction());
        rows[at + SOURCE] = sources.idOf(t.source());
        rows[at + START] = (int) t.start().start().toEpochDay();
        rows[at + END] = StoredDays.of(t.end());
        rows[at + EFFECTIVE_END] = StoredDays.NONE;
        rows[at + END_REF] = -1;
        int holders = t.holders() == null ? 0 : t.holders().equals("single") ? 1 : 2;
        rows[at + FLAGS] = t.start().precision().ordinal()
                | (t.end() == null ? 0 : t.end().precision().ordinal() << 2) | holders << 6
                | (t.coup() == null ? 0 : BEGAN_WITH_COUP) | (urlOfPerson ? URL_OF_PERSON_ID : 0)
                | (positionHeld ? RECORD_OF_POSITION_HELD : 0) | noteLine << NOTE_LINE_SHIFT;
        if (t.coup() != null) {
            coups.put(size, t.coup());
        }
        rows[at + NAMES] = holderNames.add(t);
        return size++;
    }

    /** Drops spare capacity once every row is in. */
    void trim() {
        rows = Arrays.copyOf(rows, size * WIDTH);
        holderNames.trim();
        text.trim();
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

    /** The aliases as written, "|"-separated, or null. */
    String aliases(int row) {
        return text.get(rows[row * WIDTH + ALIASES]);
    }

    /** The row a row without a person id was linked to at load (see {@link #link}), or -1. */
    int linkedTo(int row) {
        return row < linked.length ? linked[row] - 1 : -1;
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
        return StoredDays.span(rows[row * WIDTH + START], flags(row) & 3);
    }

    /** The first day the start may be. */
    int startFirstDay(int row) {
        return rows[row * WIDTH + START];
    }

    /** The last day the start may be: "2021" may be as late as 2021-12-31. */
    int startLastDay(int row) {
        return StoredDays.lastDay(rows[row * WIDTH + START], flags(row) & 3);
    }

    DatePrecision startPrecision(int row) {
        return StoredDays.precision(flags(row) & 3);
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
        return rows[row * WIDTH + EFFECTIVE_END] != StoredDays.NONE;
    }

    int effectiveEndFirstDay(int row) {
        return rows[row * WIDTH + EFFECTIVE_END];
    }

    int effectiveEndLastDay(int row) {
        int precision = flags(row) >> 4 & 3;
        return precision == DatePrecision.FUZZY.ordinal() ? endWindows.get(row)
                : StoredDays.lastDay(rows[row * WIDTH + EFFECTIVE_END], precision);
    }

    DatePrecision effectiveEndPrecision(int row) {
        return StoredDays.precision(flags(row) >> 4 & 3);
    }

    EndKind endKind(int row) {
        return END_KINDS[flags(row) >> 8 & 7];
    }

    /** Records the reconciled end of a row, and what decided it (a row, a government end, or -1). */
    void setEnd(int row, DateSpan end, EndKind kind, int ref) {
        int at = row * WIDTH;
        rows[at + EFFECTIVE_END] = StoredDays.of(end);
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
        return (flags(row) & RECORD_OF_POSITION_HELD) != 0 ? RowTexts.recordId(personId(row), title(row))
                : text.get(rows[row * WIDTH + RECORD_ID]);
    }

    int line(int row) {
        return rows[row * WIDTH + LINE];
    }

    /** The note as written: its stored text, and the line number it ends in when that was taken off. */
    String note(int row) {
        return RowTexts.note(text.get(rows[row * WIDTH + NOTE]), flags(row) >>> NOTE_LINE_SHIFT);
    }

    String url(int row) {
        return (flags(row) & URL_OF_PERSON_ID) != 0 ? RowTexts.url(personId(row)) : text.get(rows[row * WIDTH + URL]);
    }

    /** The row as evidence, read from its columns: a verdict cites rows without rebuilding them whole. */
    Evidence evidence(int row, String record, String role) {
        return source(row).evidence(url(row), recordId(row), rowFile.getOrDefault(row, file) + ":" + line(row),
                record, role);
    }

    /** The row as it was written in the dataset. */
    Tenure tenure(int row) {
        String aliases = text.get(rows[row * WIDTH + ALIASES]);
        return new Tenure(person(row), aliases == null ? List.of() : List.of(aliases.split("\\|")), personId(row),
                title(row), place(row), start(row), recordedEnd(row), holders(row), source(row), url(row),
                recordId(row), note(row), coup(row), rowFile.getOrDefault(row, file), line(row));
    }

    /** The row or government end that decided the row's effective end, by {@link #endKind}; -1 for none. */
    int endRef(int row) {
        return rows[row * WIDTH + END_REF];
    }

    /** For an end implied by a fallen government: the row of the ruler's spell that fell with it. */
    int fallenRuler(int row) {
        return fallenRulers.get(row);
    }

    // ---- names

    /** The row's names that hold any word: the person's, then the aliases'. */
    List<PersonName> names(int row) {
        return holderNames.names(rows[row * WIDTH + NAMES]);
    }

    /** The person's own name (possibly without words). */
    PersonName personName(int row) {
        return holderNames.personName(rows[row * WIDTH + NAMES]);
    }

    /** The skeleton word id of the last word of each of the row's names, for the surname index (repeats possible). */
    int[] surnameIds(int row) {
        return holderNames.surnameIds(rows[row * WIDTH + NAMES]);
    }

    /** Whether any of the row's names could match the written one: see {@link HolderNames#mayMatch}. */
    boolean mayMatch(int row, PersonName written) {
        return holderNames.mayMatch(rows[row * WIDTH + NAMES], written);
    }

    // ---- helpers

    private int flags(int row) {
        return rows[row * WIDTH + FLAGS];
    }

    /** A stored end: a window of days (FUZZY) has its last day beside, in {@link #endWindows}. */
    private DateSpan span(int day, int precision, int row) {
        return precision == DatePrecision.FUZZY.ordinal() && day != StoredDays.NONE
                ? new DateSpan(LocalDate.ofEpochDay(day), LocalDate.ofEpochDay(endWindows.get(row)), DatePrecision.FUZZY)
                : StoredDays.span(day, precision);
    }
}
