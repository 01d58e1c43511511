package io.factcheck.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the importers produce before it is written: sources, tenures, government ends, events and
 * their coverage, in import order,
 * and the report of the rows they left out.
 */
final class DatasetDraft {
    final Map<String, SourceRow> sources = new LinkedHashMap<>();
    final List<TenureRow> tenures = new ArrayList<>();
    final List<GovernmentEndRow> governmentEnds = new ArrayList<>();
    final List<EventRow> events = new ArrayList<>();
    /** What the event sources are complete for: where absence from them refutes. */
    final List<CoverageRow> coverage = new ArrayList<>();
    final ImportReport report = new ImportReport();

    void source(SourceRow source) {
        sources.put(source.id(), source);
    }
}
