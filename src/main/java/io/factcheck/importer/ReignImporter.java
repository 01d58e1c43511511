package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * REIGN's leader list: the effective ruler of every state, month by month since 1950 (day of taking power when
 * known, month of leaving). Imported as the post "Leader" of each country; names are often surnames alone.
 */
final class ReignImporter {
    static final String POST = "Leader";
    static final SourceRow SOURCE = new SourceRow("reign",
            "REIGN (Rulers, Elections, and Irregular Governance), One Earth Future",
            "https://oefdatascience.github.io/REIGN.github.io/",
            "no data licence stated; cite Bell, Besaw and Frank (2021), The REIGN Dataset, One Earth Future",
            "2021-03-02", "OEFDataScience/REIGN.github.io at commit d7a8a6f1 (data_sets/leaderlist_3_21.csv)");

    /** @return per place id, the months in which a leader spell ended */
    static Map<String, Set<YearMonth>> importInto(Path sources, DatasetDraft draft, Places places) {
        Path file = sources.resolve("reign").resolve("leaderlist_3_21.csv");
        draft.source(SOURCE);
        Map<String, Set<YearMonth>> spellEnds = new HashMap<>();
        for (CsvRow row : SourceFiles.rowsOfMixedEncoding(file,
                List.of("ccode", "leadid", "leader", "sdate", "smonth", "syear", "emonth", "eyear"))) {
            Place place = places.byCowCode(row.required("ccode"))
                    .orElseThrow(() -> new DataFormatException(file.toString(), row.line(),
                            "COW code " + row.get("ccode") + " is not in places.csv"));
            String start = SourceFiles.isoDate(row.required("syear"), row.get("smonth"), row.get("sdate"));
            String end = row.get("eyear").isEmpty() ? "" : SourceFiles.isoDate(row.get("eyear"), row.get("emonth"), "");
            if (end.length() == 7) {
                spellEnds.computeIfAbsent(place.id(), k -> new HashSet<>()).add(YearMonth.parse(end));
            }
            draft.tenures.add(new TenureRow(row.required("leader"), List.of(), null, POST, place.id(), start, end,
                    "single", SOURCE.id(), SOURCE.url(), row.required("leadid"),
                    "effective ruler as coded by REIGN; leaderlist_3_21.csv:" + row.line()));
        }
        return spellEnds;
    }
}
