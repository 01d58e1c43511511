package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * EveryPolitician's office-holder tables of 203 jurisdictions (ep-cabinets/: each repository's html/holders21.csv,
 * Wikidata "position held" statements). Each repository is a source of its own, current to the day its table last
 * changed (bad rows count against the whole of ep-cabinets, the one import); its jurisdiction is a place of the gazetteer, sub-national bodies and contested entities included (they
 * keep their own place, never their country's), and `world` holds the UN and other international posts.
 */
final class EpCabinetsImporter {
    static final String DIR = "ep-cabinets";
    /** Repositories another importer reads in a richer form (russia-cabinet: the same table, plus official names). */
    static final Set<String> READ_ELSEWHERE = Set.of("russia-cabinet");
    private static final List<String> COLUMNS = List.of("position", "person", "personID", "start", "end");

    static void importInto(Path sources, DatasetDraft draft, Places places) {
        Path dir = sources.resolve(DIR);
        Map<String, CsvRow> commits = byRepo(dir.resolve("INDEX.csv"), List.of("repo", "commit"));
        List<CsvRow> provenance = SourceFiles.rows(dir.resolve("PROVENANCE.csv"), StandardCharsets.UTF_8,
                List.of("repo", "jurisdiction", "jurisdiction_qid", "holders21_last_changed"));
        long rows = 0;
        for (CsvRow repo : provenance) {
            String name = repo.required("repo");
            if (READ_ELSEWHERE.contains(name)) {
                continue;
            }
            CsvRow index = commits.get(name);
            if (index == null) {
                throw repo.error("repository '" + name + "' is not in INDEX.csv");
            }
            Place place = place(repo, places).orElseThrow(() -> repo.error("jurisdiction '"
                    + repo.get("jurisdiction") + "' of '" + name + "' is not in places.csv"));
            SourceRow source = source(name, index.required("commit"), repo.required("holders21_last_changed"));
            draft.source(source);
            rows += importRepo(dir.resolve(name + ".csv"), source, place, draft);
        }
        draft.report.finish(DIR, rows);
    }

    /** @return the rows read; bad ones are reported under the whole source, {@value #DIR} */
    private static int importRepo(Path file, SourceRow source, Place place, DatasetDraft draft) {
        String fileName = DIR + "/" + file.getFileName();
        List<CsvRow> rows = SourceFiles.rows(file, StandardCharsets.UTF_8, COLUMNS);
        for (CsvRow row : rows) {
            Optional<String> bad = badDates(row.get("start"), row.get("end"));
            if (bad.isPresent()) {
                draft.report.reject(DIR, fileName, row.line(), bad.get());
                continue;
            }
            String qid = row.required("personID");
            String position = row.required("position");
            draft.tenures.add(new TenureRow(row.required("person"), List.of(), qid, position, place.id(),
                    row.get("start"), row.get("end"), "", source.id(), SourceFiles.wikidataUrl(qid),
                    qid + " P39 " + position, fileName + ":" + row.line()));
        }
        return rows.size();
    }

    /** Why a row's dates cannot stand ("2014s", an end before the start), or empty when they can. */
    static Optional<String> badDates(String startText, String endText) {
        DateSpan start;
        DateSpan end;
        try {
            start = DateSpan.parseIso(startText);
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.of("start '" + startText + "' is not a date (yyyy, yyyy-mm or yyyy-mm-dd)");
        }
        try {
            end = endText.isEmpty() ? null : DateSpan.parseIso(endText);
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.of("end '" + endText + "' is not a date (yyyy, yyyy-mm or yyyy-mm-dd)");
        }
        if (end != null && end.end().isBefore(start.start())) {
            return Optional.of("ends (" + end + ") before it starts (" + start + ")");
        }
        return Optional.empty();
    }

    /**
     * The repository's jurisdiction by its name ("the Czech Republic"), else by the repository's own name
     * ("arkansas-cabinet": the provenance misspells it "Arksansas").
     */
    private static Optional<Place> place(CsvRow repo, Places places) {
        String name = repo.get("jurisdiction").replaceFirst("^the ", "");
        String stem = repo.required("repo").replaceFirst("-(cabinet|ministers)$", "");
        return (name.isEmpty() ? Optional.<Place>empty() : places.resolve(name))
                .or(() -> places.byId(stem))
                .or(() -> places.resolve(stem.replace('-', ' ')));
    }

    /** Ids keep the whole source's name: "ep-myanmar-ministers" is already the richer Myanmar import's. */
    private static SourceRow source(String repo, String commit, String lastChanged) {
        return new SourceRow("ep-cabinets-" + repo, "Wikidata via EveryPolitician (" + repo + ")",
                "https://github.com/every-politician-scrapers/" + repo,
                "Wikidata CC0; repository states no licence", lastChanged.substring(0, 10),
                "every-politician-scrapers/" + repo + ", html/holders21.csv, commit " + commit.substring(0, 8)
                        + ", data from Wikidata");
    }

    private static Map<String, CsvRow> byRepo(Path file, List<String> columns) {
        return SourceFiles.rows(file, StandardCharsets.UTF_8, columns).stream()
                .collect(Collectors.toMap(r -> r.required("repo"), Function.identity()));
    }
}
