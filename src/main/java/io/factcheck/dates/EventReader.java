package io.factcheck.dates;

import io.factcheck.kernel.Csv;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.RowLookups;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the canonical events.csv and event_coverage.csv, checking every row. */
public final class EventReader {
    public static final String EVENTS = "events.csv";
    public static final String COVERAGE = "event_coverage.csv";
    public static final List<String> COLUMNS = List.of("id", "kind", "subtype", "place", "date", "title", "source",
            "url", "record_id", "note");
    /** Columns a file may lack (files written before they existed). */
    public static final List<String> OPTIONAL_COLUMNS = List.of("round", "last_day", "status");
    public static final List<String> COVERAGE_COLUMNS = List.of("source", "kind", "subtypes", "place", "from", "to",
            "note");

    private final RowLookups lookups;

    public EventReader(RowLookups lookups) {
        this.lookups = lookups;
    }

    /** The dates wing of a dataset: its events, merged and indexed, and where their sources are complete. */
    public static EventIndex load(DatasetFiles files, RowLookups lookups) {
        EventReader reader = new EventReader(lookups);
        List<EventRecord> events = files.read(EVENTS, r -> reader.read(r, EVENTS)).orElse(List.of());
        List<EventCoverage> coverage = files.read(COVERAGE, r -> reader.readCoverage(r, COVERAGE)).orElse(List.of());
        return new EventIndex(events, coverage);
    }

    public List<EventRecord> read(Reader reader, String file) {
        List<EventRecord> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Csv.read(reader, file, COLUMNS, row -> {
            String id = row.required("id");
            if (!ids.add(id)) {
                throw row.error("event id '" + id + "' appears twice");
            }
            String kind = row.required("kind").toLowerCase(Locale.ROOT);
            DateSpan date = row.dateSpan("date");
            if (date == null) {
                throw row.error("column 'date' is empty");
            }
            Integer round = null;
            String roundText = row.has("round") ? row.get("round") : "";
            if (!roundText.isEmpty()) {
                if (!roundText.equals("1") && !roundText.equals("2")) {
                    throw row.error("column 'round' must be 1 or 2, not '" + roundText + "'");
                }
                round = Integer.valueOf(roundText);
            }
            LocalDate lastDay = null;
            DateSpan last = row.has("last_day") ? row.dateSpan("last_day") : null;
            if (last != null) {
                if (last.precision() != DatePrecision.DAY || date.precision() != DatePrecision.DAY) {
                    throw row.error("columns 'date' and 'last_day' must both be days when 'last_day' is given");
                }
                if (!last.start().isAfter(date.start())) {
                    throw row.error("column 'last_day': " + last + " is not after the first day " + date);
                }
                lastDay = last.start();
            }
            String status = row.has("status") ? row.get("status").toLowerCase(Locale.ROOT) : "";
            if (!status.isEmpty() && !status.equals("voided") && !status.equals("scheduled")) {
                throw row.error("column 'status' must be empty (held), 'voided' or 'scheduled', not '" + status + "'");
            }
            out.add(new EventRecord(id, kind, row.optional("subtype"), lookups.place(row, "place"), date,
                    row.required("title"), lookups.source(row), row.optional("url"), row.optional("record_id"),
                    row.optional("note"), round, lastDay, !status.isEmpty(), row.location()));
        });
        return out;
    }

    public List<EventCoverage> readCoverage(Reader reader, String file) {
        List<EventCoverage> out = new ArrayList<>();
        Csv.read(reader, file, COVERAGE_COLUMNS, row -> {
            DateSpan from = row.dateSpan("from");
            DateSpan to = row.dateSpan("to");
            if (from == null || to == null) {
                throw row.error("columns 'from' and 'to' are required");
            }
            if (to.end().isBefore(from.start())) {
                throw row.error("column 'to': " + to + " is before 'from' " + from);
            }
            List<String> subtypes = row.list("subtypes");
            if (subtypes.isEmpty()) {
                throw row.error("column 'subtypes' is empty: name the subtypes the source is complete for");
            }
            out.add(new EventCoverage(lookups.source(row), row.required("kind").toLowerCase(Locale.ROOT),
                    Set.copyOf(subtypes), lookups.place(row, "place"), from.start(), to.end(), row.optional("note"),
                    row.location()));
        });
        return out;
    }
}
