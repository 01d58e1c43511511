package io.factcheck.kernel;

import java.util.Map;

/** Resolves the references a dataset row makes to places.csv and sources.csv, failing with the row's location. */
public record RowLookups(Places places, Map<String, SourceInfo> sources) {

    /** A place id or any of its names. */
    public Place place(CsvRow row, String column) {
        String name = row.required(column);
        return places.byId(name).or(() -> places.resolve(name))
                .orElseThrow(() -> row.error(column + " '" + name + "' is not in " + Places.FILE));
    }

    public SourceInfo source(CsvRow row) {
        return source(row, "source");
    }

    /** A sources.csv id in a column other than "source" (a tenure's coup record cites its own source). */
    public SourceInfo source(CsvRow row, String column) {
        String id = row.required(column);
        SourceInfo source = sources.get(id);
        if (source == null) {
            throw row.error("source '" + id + "' is not in sources.csv");
        }
        return source;
    }
}
