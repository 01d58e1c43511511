package io.factcheck.dates;

import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DatasetLevel;
import io.factcheck.kernel.Layered;
import io.factcheck.kernel.LoadReport;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.RowLookups;

import java.time.LocalDate;
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
    private static final List<String> COVERAGE_KEY = List.of("source", "kind", "place", "from");

    private final RowLookups lookups;

    public EventReader(RowLookups lookups) {
        this.lookups = lookups;
    }

    /** The dates wing of a dataset: its events, merged and indexed, and where their sources are complete. */
    public static EventIndex load(DatasetFiles files, RowLookups lookups) {
        return load(List.of(DatasetLevel.base(files)), lookups, new LoadReport());
    }

    /**
     * The dates wing of a stack: each layer's events and coverage add to the lower ones, or replace or delete them
     * by key (an event's id; a coverage's source, kind, place and first day); a layer's event dated otherwise than
     * a lower one of the same kind and place that year is reported as a conflict.
     */
    public static EventIndex load(List<DatasetLevel> stack, RowLookups lookups, LoadReport report) {
        EventReader reader = new EventReader(lookups);
        Layered<EventRecord> events = new Layered<>(EVENTS, "event id", List.of("id"), true, EventRecord::id)
                .read(stack, COLUMNS, reader::event, report);
        Layered<EventCoverage> coverage = new Layered<>(COVERAGE, "coverage", COVERAGE_KEY, false,
                (EventCoverage c) -> Layered.key(c.source().id(), c.kind(), c.place().id(), c.from()))
                .read(stack, COVERAGE_COLUMNS, reader::coverage, reader::coverageKey, report);
        if (events.layered()) { // conflicts are between layers: a dataset without any has none to look for
            EventConflicts.report(events.entries(), report);
        }
        return new EventIndex(events.records(), coverage.records());
    }

    private EventRecord event(CsvRow row) {
        String id = row.required("id");
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
        return new EventRecord(id, kind, row.optional("subtype"), lookups.place(row, "place"), date,
                row.required("title"), lookups.source(row), row.optional("url"), row.optional("record_id"),
                row.optional("note"), round, lastDay, !status.isEmpty(), row.location());
    }

    /** A deleted coverage row's key: its place by id whatever name it is written with, its first day as a day. */
    private String coverageKey(CsvRow row) {
        DateSpan from = row.dateSpan("from");
        return Layered.key(row.get("source"), row.get("kind").toLowerCase(Locale.ROOT),
                lookups.place(row, "place").id(), from == null ? null : from.start());
    }

    private EventCoverage coverage(CsvRow row) {
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
        return new EventCoverage(lookups.source(row), row.required("kind").toLowerCase(Locale.ROOT),
                Set.copyOf(subtypes), lookups.place(row, "place"), from.start(), to.end(), row.optional("note"),
                row.location());
    }
}
