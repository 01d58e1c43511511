package io.factcheck.official;

import io.factcheck.kernel.Csv;
import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.DatasetLevel;
import io.factcheck.kernel.Layered;
import io.factcheck.kernel.LoadReport;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.Handoff;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.RowLookups;
import io.factcheck.kernel.SourceInfo;

import java.io.Reader;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads the canonical tenures.csv and government_ends.csv files, checking every row. */
public final class TenureReader {
    public static final String TENURES = "tenures.csv";
    public static final String GOVERNMENT_ENDS = "government_ends.csv";
    public static final List<String> TENURE_COLUMNS = List.of("person", "aliases", "person_id", "position",
            "jurisdiction", "start", "end", "holders", "source", "url", "record_id", "note");
    /** Optional: how a term began ({@code entry}: "coup" or empty) and the record saying so. */
    public static final List<String> TENURE_ENTRY_COLUMNS = List.of("entry", "entry_date", "entry_source",
            "entry_record");
    public static final List<String> GOVERNMENT_END_COLUMNS = List.of("jurisdiction", "date", "description",
            "source", "url", "record_id");
    /** A record's key: its source and its id there, such as a Wikidata "position held" statement. */
    private static final List<String> KEY = List.of("source", "record_id");
    private static final Set<String> HOLDER_COUNTS = Set.of("single", "several");

    private final RowLookups lookups;

    public TenureReader(RowLookups lookups) {
        this.lookups = lookups;
    }

    /** The officials wing of a dataset: its tenures and government ends, reconciled and indexed. */
    public static TenureIndex load(DatasetFiles files, RowLookups lookups) {
        return load(List.of(DatasetLevel.base(files)), lookups, new LoadReport());
    }

    /**
     * The officials wing of a stack: each layer's tenures and government ends add to the lower ones, or replace or
     * delete them by key (source and record id). The people, posts and terms of all layers then merge as the base's
     * sources do, and a layer's term that contradicts a lower one is reported as a conflict.
     */
    public static TenureIndex load(List<DatasetLevel> stack, RowLookups lookups, LoadReport report) {
        TenureReader reader = new TenureReader(lookups);
        List<GovernmentEnd> ends = reader.governmentEnds(stack, report);
        DatasetFiles base = stack.get(0).files();
        List<DatasetLevel> layers = stack.subList(1, stack.size());
        if (layers.stream().noneMatch(TenureReader::touchesTenures)) {
            return TenureImage.readIfCurrent(base, lookups, ends).map(image -> image.index(lookups))
                    .orElseGet(() -> fromCsv(base, lookups, ends));
        }
        Layered<Tenure> tenures = new Layered<>(TENURES, "tenure", KEY, false,
                (Tenure t) -> Layered.key(t.source().id(), t.recordId()));
        Optional<TenureImage.Compiled> image = TenureImage.readIfCurrent(base, lookups, ends);
        TenureIndex index = image.isPresent() ? overImage(image.get(), tenures, layers, lookups, reader, report)
                : overCsv(tenures, stack, lookups, reader, ends, report);
        index.conflicts().forEach(report::conflict);
        return index;
    }

    /**
     * The layers over the compiled base: its rows a layer replaced or deleted are masked, the layers' appended, and
     * the compiled posts kept unless a layer changes the places they were named with. Nothing of the base is parsed.
     */
    private static TenureIndex overImage(TenureImage.Compiled image, Layered<Tenure> tenures, List<DatasetLevel> layers,
                                         RowLookups lookups, TenureReader reader, LoadReport report) {
        TenureStore store = image.store();
        String[] keys = new String[store.size()];
        for (int row = 0; row < keys.length; row++) {
            keys[row] = Layered.key(store.source(row).id(), store.recordId(row));
            tenures.addBase(null, keys[row], TENURES, store.line(row));
        }
        tenures.read(layers, TENURE_COLUMNS, reader::tenure, report);
        BitSet masked = new BitSet(keys.length);
        for (int row = 0; row < keys.length; row++) {
            if (keys[row] != null && tenures.baseKeysGone().contains(keys[row])) {
                masked.set(row);
            }
        }
        tenures.entries().stream().filter(e -> e.level() > 0).forEach(e -> store.add(e.record(), e.level()));
        boolean samePlaces = layers.stream().noneMatch(l -> has(l, Places.FILE));
        return new TenureIndex(lookups.places(), store, samePlaces ? image.rowPost() : null,
                samePlaces ? image.postNames() : null, masked);
    }

    private static TenureIndex overCsv(Layered<Tenure> tenures, List<DatasetLevel> stack, RowLookups lookups,
                                       TenureReader reader, List<GovernmentEnd> ends, LoadReport report) {
        tenures.read(stack, TENURE_COLUMNS, reader::tenure, report);
        TenureStore store = new TenureStore(TENURES, ends);
        tenures.entries().forEach(e -> store.add(e.record(), e.level()));
        return new TenureIndex(lookups.places(), store);
    }

    /**
     * Whether a layer changes the tenures, or the places their compiled posts were named with. (The compiled rows
     * refer to sources by id, so a layer's sources need not unsettle them.)
     */
    private static boolean touchesTenures(DatasetLevel layer) {
        return Stream.of(TENURES, Places.FILE).anyMatch(file -> has(layer, file));
    }

    private static boolean has(DatasetLevel layer, String file) {
        return layer.files().read(file, r -> Boolean.TRUE).isPresent();
    }

    /** The officials wing read from tenures.csv, whether or not a compiled image is beside it. */
    static TenureIndex loadFromCsv(DatasetFiles files, RowLookups lookups) {
        return fromCsv(files, lookups, new TenureReader(lookups).governmentEnds(List.of(DatasetLevel.base(files)),
                new LoadReport()));
    }

    private List<GovernmentEnd> governmentEnds(List<DatasetLevel> stack, LoadReport report) {
        return new Layered<>(GOVERNMENT_ENDS, "government end", KEY, false,
                (GovernmentEnd e) -> Layered.key(e.source().id(), e.recordId()))
                .read(stack, GOVERNMENT_END_COLUMNS, this::governmentEnd, report).records();
    }

    private static TenureIndex fromCsv(DatasetFiles files, RowLookups lookups, List<GovernmentEnd> ends) {
        TenureReader reader = new TenureReader(lookups);
        TenureStore store = new TenureStore(TENURES, ends);
        files.read(TENURES, r -> {
            Handoff.<Tenure>run("tenures-reader", rows -> reader.readTenures(r, TENURES, rows), store::add);
            return store;
        });
        return new TenureIndex(lookups.places(), store);
    }

    /** Checks each row of a tenures file and passes it on. */
    public void readTenures(Reader reader, String file, Consumer<Tenure> tenures) {
        Csv.read(reader, file, TENURE_COLUMNS, row -> tenures.accept(tenure(row)));
    }

    private GovernmentEnd governmentEnd(CsvRow row) {
        DateSpan date = row.dateSpan("date");
        if (date == null || date.precision() != DatePrecision.DAY) {
            throw row.error("column 'date' must be a day (yyyy-mm-dd)");
        }
        return new GovernmentEnd(place(row), date.start(), row.required("description"), source(row),
                row.optional("url"), row.optional("record_id"), row.location());
    }

    private Tenure tenure(CsvRow row) {
        DateSpan start = row.dateSpan("start");
        if (start == null) {
            throw row.error("column 'start' is empty: a tenure needs at least its start year");
        }
        DateSpan end = row.dateSpan("end");
        if (end != null && end.end().isBefore(start.start())) {
            throw row.error("ends (" + end + ") before it starts (" + start + ")");
        }
        String holders = row.optional("holders");
        if (holders != null && !HOLDER_COUNTS.contains(holders)) {
            throw row.error("column 'holders' must be 'single', 'several' or empty, not '" + holders + "'");
        }
        return new Tenure(row.required("person"), row.list("aliases"), row.optional("person_id"),
                row.required("position"), place(row), start, end, holders, source(row), row.optional("url"),
                row.optional("record_id"), row.optional("note"), coup(row, start), row.file(), row.line());
    }

    /** The optional entry columns: files written without them load as before. */
    private CoupEntry coup(CsvRow row, DateSpan start) {
        String entry = row.has("entry") ? row.optional("entry") : null;
        if (entry == null) {
            return null;
        }
        if (!entry.equals(CoupEntry.KIND)) {
            throw row.error("column 'entry' must be '" + CoupEntry.KIND + "' or empty, not '" + entry + "'");
        }
        DateSpan date = row.dateSpan("entry_date");
        if (date == null || date.precision() != DatePrecision.DAY) {
            throw row.error("column 'entry_date' must be the day of the coup (yyyy-mm-dd)");
        }
        if (date.start().isAfter(start.end())) {
            throw row.error("the coup (" + date + ") comes after the term's start (" + start + ")");
        }
        return new CoupEntry(date.start(), lookups.source(row, "entry_source"), row.optional("entry_record"));
    }

    private Place place(CsvRow row) {
        return lookups.place(row, "jurisdiction");
    }

    private SourceInfo source(CsvRow row) {
        return lookups.source(row);
    }
}
