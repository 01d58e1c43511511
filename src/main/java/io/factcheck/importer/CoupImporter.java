package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Cline Center Coup d'État Project (v2.1.2): realized, attempted and conspired coups worldwide since 1945, to
 * the day. Kind "coup", subtype "realized", "attempted" or "conspiracy".
 */
final class CoupImporter {
    static final SourceRow SOURCE = new SourceRow("cline-coups",
            "Cline Center Coup d'État Project v2.1.2, University of Illinois",
            "https://databank.illinois.edu/datasets/IDB-3143201",
            "licence not checked upstream (copy in sjwan01/coups has no licence file); cite Peyton et al., "
                    + "Cline Center Coup d'État Project Dataset v2.1.2",
            "2022-12-31", "sjwan01/coups at commit c25865c3 (data/raw/Coup data 2.1.2.csv)");
    private static final Map<String, String> SUBTYPES = Map.of("coup", "realized", "attempted", "attempted",
            "conspiracy", "conspiracy");

    static void importInto(Path sources, DatasetDraft draft, Places places) {
        Path file = sources.resolve("cline-cdp-coups").resolve("coup_data_2.1.2.csv");
        draft.source(SOURCE);
        for (CsvRow row : SourceFiles.rows(file, StandardCharsets.UTF_8,
                List.of("coup_id", "cowcode", "country", "year", "month", "day", "event_type"))) {
            Place place = places.resolve(row.required("country")).or(() -> places.byCowCode(row.get("cowcode")))
                    .orElseThrow(() -> new DataFormatException(file.toString(), row.line(),
                            "country '" + row.get("country") + "' is not in places.csv"));
            String type = row.required("event_type");
            String subtype = SUBTYPES.get(type);
            if (subtype == null) {
                throw new DataFormatException(file.toString(), row.line(), "unknown event_type '" + type + "'");
            }
            String date = SourceFiles.isoDate(row.required("year"), row.get("month"), row.get("day"));
            draft.events.add(new EventRow("coup-" + row.required("coup_id"), "coup", subtype, place.id(), date,
                    (subtype.equals("realized") ? "Coup" : subtype.equals("attempted") ? "Attempted coup"
                            : "Coup conspiracy") + " in " + row.required("country"),
                    SOURCE.id(), SOURCE.url(), row.required("coup_id"), "coup_data_2.1.2.csv:" + row.line()));
        }
    }
}
