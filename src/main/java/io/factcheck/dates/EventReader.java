package io.factcheck.dates;

import io.factcheck.kernel.Csv;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.RowLookups;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the canonical events.csv, checking every row. */
public final class EventReader {
    public static final String EVENTS = "events.csv";
    public static final List<String> COLUMNS = List.of("id", "kind", "subtype", "place", "date", "title", "source",
            "url", "record_id", "note");

    private final RowLookups lookups;

    public EventReader(RowLookups lookups) {
        this.lookups = lookups;
    }

    /** The dates wing of a dataset: its events, indexed (empty when the dataset has no events.csv). */
    public static EventIndex load(DatasetFiles files, RowLookups lookups) {
        EventReader reader = new EventReader(lookups);
        return new EventIndex(files.read(EVENTS, r -> reader.read(r, EVENTS)).orElse(List.of()));
    }

    public List<EventRecord> read(Reader reader, String file) {
        List<EventRecord> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Csv.read(reader, file, COLUMNS, row -> {
            String id = row.required("id");
            if (!ids.add(id)) {
                throw row.error("event id '" + id + "' appears twice");
            }
            String kind = row.required("kind").toLowerCase(java.util.Locale.ROOT);
            DateSpan date = row.dateSpan("date");
            if (date == null) {
                throw row.error("column 'date' is empty");
            }
            out.add(new EventRecord(id, kind, row.optional("subtype"), lookups.place(row, "place"), date,
                    row.required("title"), lookups.source(row), row.optional("url"), row.optional("record_id"), row.optional("note"),
                    row.location()));
        });
        return out;
    }

}
