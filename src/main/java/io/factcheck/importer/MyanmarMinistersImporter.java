package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * EveryPolitician's myanmar-ministers scraper output: official_wikidata.csv gives tenures (start dates only);
 * all_cabinets.csv gives cabinets with their abolition dates. A cabinet abolished in the month a REIGN leader
 * spell ended (the country's ruler changed) is recorded as the end of the government, which closes the open
 * tenures of that government: Win Myint's Cabinet, abolished 2021-02-01, the day of the military takeover.
 */
final class MyanmarMinistersImporter {
    static final SourceRow SOURCE = new SourceRow("ep-myanmar-ministers",
            "Wikidata via EveryPolitician (myanmar-ministers)",
            "https://github.com/every-politician-scrapers/myanmar-ministers",
            "Wikidata statements CC0; repository has no licence file",
            "2022-07-19", "every-politician-scrapers/myanmar-ministers at commit 473d687f "
            + "(sources/official/wikidata.csv, wikidata/results/all-cabinets.csv)");

    /**
     * @param rulerChanges months in which REIGN records a Myanmar leader spell ending
     */
    static void importInto(Path sources, DatasetDraft draft, Set<YearMonth> rulerChanges) {
        Path dir = sources.resolve("ep-myanmar-ministers");
        draft.source(SOURCE);
        for (CsvRow row : SourceFiles.rows(dir.resolve("official_wikidata.csv"), StandardCharsets.UTF_8,
                List.of("wdid", "name", "wdLabel", "position", "start", "psid"))) {
            String qid = row.required("wdid");
            String person = row.required("wdLabel");
            List<String> aliases = row.required("name").equals(person) ? List.of() : List.of(row.required("name"));
            draft.tenures.add(new TenureRow(person, aliases, qid, row.required("position"), "myanmar",
                    row.required("start"), "", "", SOURCE.id(), SourceFiles.wikidataUrl(qid), row.required("psid"),
                    "sources/official/wikidata.csv:" + row.line()));
        }
        for (CsvRow row : SourceFiles.rows(dir.resolve("all_cabinets.csv"), StandardCharsets.UTF_8,
                List.of("item", "itemLabel", "abolished", "replacedByLabel"))) {
            String abolished = row.get("abolished");
            if (abolished.length() == 10 && rulerChanges.contains(YearMonth.parse(abolished.substring(0, 7)))) {
                draft.governmentEnds.add(new GovernmentEndRow("myanmar", abolished,
                        row.required("itemLabel") + " abolished" + (row.get("replacedByLabel").isEmpty() ? ""
                                : ", replaced by " + row.get("replacedByLabel"))
                                + "; REIGN records the change of ruler that month",
                        SOURCE.id(), SourceFiles.wikidataUrl(row.required("item")), row.required("item")));
            }
        }
    }
}
