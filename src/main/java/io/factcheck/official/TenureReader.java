package io.factcheck.official;

import io.factcheck.kernel.Csv;
import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.RowLookups;
import io.factcheck.kernel.SourceInfo;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the canonical tenures.csv and government_ends.csv files, checking every row. */
public final class TenureReader {
    public static final String TENURES = "tenures.csv";
    public static final String GOVERNMENT_ENDS = "government_ends.csv";
    public static final List<String> TENURE_COLUMNS = List.of("person", "aliases", "person_id", "position",
            "jurisdiction", "start", "end", "holders", "source", "url", "record_id", "note");
    public static final List<String> GOVERNMENT_END_COLUMNS = List.of("jurisdiction", "date", "description",
            "source", "url", "record_id");
    private static final Set<String> HOLDER_COUNTS = Set.of("single", "several");

    private final RowLookups lookups;

    public TenureReader(RowLookups lookups) {
        this.lookups = lookups;
    }

    /** The officials wing of a dataset: its tenures and government ends, reconciled and indexed. */
    public static TenureIndex load(DatasetFiles files, RowLookups lookups) {
        TenureReader reader = new TenureReader(lookups);
        List<Tenure> tenures = files.read(TENURES, r -> reader.readTenures(r, TENURES)).orElse(List.of());
        List<GovernmentEnd> ends = files.read(GOVERNMENT_ENDS, r -> reader.readGovernmentEnds(r, GOVERNMENT_ENDS))
                .orElse(List.of());
        return new TenureIndex(lookups.places(), tenures, ends);
    }

    public List<Tenure> readTenures(Reader reader, String file) {
        List<Tenure> out = new ArrayList<>();
        Csv.read(reader, file, TENURE_COLUMNS, row -> out.add(tenure(row)));
        return out;
    }

    public List<GovernmentEnd> readGovernmentEnds(Reader reader, String file) {
        List<GovernmentEnd> out = new ArrayList<>();
        Csv.read(reader, file, GOVERNMENT_END_COLUMNS, row -> {
            DateSpan date = row.dateSpan("date");
            if (date == null || date.precision() != io.factcheck.kernel.DatePrecision.DAY) {
                throw row.error("column 'date' must be a day (yyyy-mm-dd)");
            }
            out.add(new GovernmentEnd(place(row), date.start(), row.required("description"), source(row),
                    row.optional("url"), row.optional("record_id"), row.location()));
        });
        return out;
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
                row.optional("record_id"), row.optional("note"), row.location());
    }

    private Place place(CsvRow row) {
        return lookups.place(row, "jurisdiction");
    }

    private SourceInfo source(CsvRow row) {
        return lookups.source(row);
    }
}
