package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EveryPolitician's russia-cabinet scraper output: holders21.csv (Wikidata P39 statements) gives the tenures;
 * official_wikidata.csv gives the names government.ru uses ("Sergei Shoigu" for Wikidata's "Sergey Shoygu"),
 * which become aliases of the same Wikidata person.
 */
final class RussiaCabinetImporter {
    static final SourceRow SOURCE = new SourceRow("ep-russia-cabinet",
            "Wikidata via EveryPolitician (russia-cabinet)",
            "https://github.com/every-politician-scrapers/russia-cabinet",
            "Wikidata statements CC0; government.ru names list, licence not checked; repository has no licence file",
            "2022-08-03", "every-politician-scrapers/russia-cabinet at commit 3871831d (html/holders21.csv, "
            + "sources/official/wikidata.csv)");

    static void importInto(Path sources, DatasetDraft draft) {
        Path dir = sources.resolve("ep-russia-cabinet");
        Map<String, Set<String>> aliases = new HashMap<>();
        for (CsvRow row : SourceFiles.rows(dir.resolve("official_wikidata.csv"), StandardCharsets.UTF_8,
                List.of("wdid", "name", "wdLabel"))) {
            Set<String> names = aliases.computeIfAbsent(row.required("wdid"), k -> new LinkedHashSet<>());
            names.add(row.required("name"));
            names.add(row.required("wdLabel"));
        }
        draft.source(SOURCE);
        for (CsvRow row : SourceFiles.rows(dir.resolve("holders21.csv"), StandardCharsets.UTF_8,
                List.of("position", "person", "personID", "start", "end"))) {
            if (row.get("start").isEmpty()) {
                continue; // a statement without a start date says nothing about when
            }
            String qid = row.required("personID");
            String person = row.required("person");
            List<String> other = new ArrayList<>(aliases.getOrDefault(qid, Set.of()));
            other.remove(person);
            draft.tenures.add(new TenureRow(person, other, qid, row.required("position"), "russia",
                    row.get("start"), row.get("end"), "", SOURCE.id(), SourceFiles.wikidataUrl(qid),
                    qid + " P39 " + row.required("position"), "holders21.csv:" + row.line()));
        }
    }
}
