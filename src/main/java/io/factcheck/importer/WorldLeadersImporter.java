package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * EveryPolitician's world-leaders-2021: heads of state and government of every country in office in 2021-22,
 * known to the year. Two files, one from Wikidata and one scraped from Wikipedia's list; both are kept as separate
 * sources, and the index merges their overlapping terms.
 */
final class WorldLeadersImporter {
    static final SourceRow WIKIDATA = new SourceRow("ep-world-leaders-wikidata",
            "Wikidata via EveryPolitician (world-leaders-2021)",
            "https://github.com/every-politician-scrapers/world-leaders-2021",
            "Wikidata CC0; repository has no licence file", "2022-10-10",
            "every-politician-scrapers/world-leaders-2021 at commit be7039cf (data/wikidata.csv)");
    static final SourceRow WIKIPEDIA = new SourceRow("ep-world-leaders-wikipedia",
            "Wikipedia 'List of state leaders in 2022' via EveryPolitician (world-leaders-2021)",
            "https://en.wikipedia.org/wiki/List_of_state_leaders_in_2022",
            "Wikipedia text CC BY-SA; repository has no licence file", "2022-10-10",
            "every-politician-scrapers/world-leaders-2021 at commit be7039cf (data/wikipedia.csv)");

    static void importInto(Path sources, DatasetDraft draft, Places places) {
        Path dir = sources.resolve("ep-world-leaders-2021");
        read(dir.resolve("wikidata.csv"), WIKIDATA, "positionLabel", "officeholder", "officeholderLabel", draft, places);
        read(dir.resolve("wikipedia.csv"), WIKIPEDIA, "positionlabel", "officeholder", "officeholderlabel", draft, places);
    }

    private static void read(Path file, SourceRow source, String positionColumn, String idColumn, String nameColumn,
                             DatasetDraft draft, Places places) {
        draft.source(source);
        for (CsvRow row : SourceFiles.rows(file, StandardCharsets.UTF_8,
                List.of("country", positionColumn, idColumn, nameColumn, "start_year", "end_year"))) {
            if (row.get("start_year").isEmpty()) {
                continue;
            }
            Place place = places.resolve(row.required("country"))
                    .orElseThrow(() -> new DataFormatException(file.toString(), row.line(),
                            "country '" + row.get("country") + "' is not in places.csv"));
            String qid = row.optional(idColumn);
            draft.tenures.add(new TenureRow(withoutParenthesis(row.required(nameColumn)), List.of(), qid,
                    postTitle(row.required(positionColumn)), place.id(), row.get("start_year"), row.get("end_year"),
                    "single", source.id(), SourceFiles.wikidataUrl(qid), qid,
                    file.getFileName() + ":" + row.line()));
        }
    }

    /** "João Lourenço (politician)" -> "João Lourenço": Wikipedia's disambiguation is not part of the name. */
    static String withoutParenthesis(String text) {
        return text.replaceAll("\\s*\\([^)]*\\)", "").strip();
    }

    /** Wikipedia article titles to post titles: "List of heads of government of Sudan", "Monarchy of Thailand". */
    static String postTitle(String label) {
        String title = withoutParenthesis(label);
        if (title.startsWith("List of heads of government of ")) {
            return "Head of Government of " + title.substring("List of heads of government of ".length());
        }
        if (title.startsWith("List of heads of state of ")) {
            return "Head of State of " + title.substring("List of heads of state of ".length());
        }
        if (title.startsWith("Monarchy of ")) {
            return "Monarch of " + title.substring("Monarchy of ".length());
        }
        return title;
    }
}
