package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Archigos 4.1: the effective leader of every state, 1840 to 2015, to the day, as the post "Leader" (the one REIGN
 * fills), keyed by Gleditsch-Ward code. Names are mostly surnames; where the row links a DBpedia page, its title
 * ("Konrad_Adenauer") becomes the full name. Spells still running at the end of 2015 are open at the snapshot.
 */
final class ArchigosImporter {
    static final String FILE = "archigos/archigos-4.1.csv";
    static final SourceRow SOURCE = new SourceRow("archigos", "Archigos 4.1 (Goemans, Gleditsch and Chiozza)",
            "https://github.com/globalgov/manystates",
            "manystates package CC BY 4.0; the original Archigos data states no licence",
            "2015-12-31", "Goemans, Gleditsch and Chiozza (2009), Introducing Archigos, Journal of Peace Research"
            + " 46(2); version 4.1 via globalgov/manystates at commit 23d119a1"
            + " (data-raw/leaders/archigos/Archigos_4.1_stata14.dta, converted to CSV)");
    /** GW 260 is West Germany until reunification and Germany after: a spell ended by then was West Germany's. */
    static final String REUNIFICATION = "1990-10-03";
    private static final String STILL_IN_OFFICE = "Still in Office";
    /** urldefense v2 wraps the DBpedia address: "u=http-3A__dbpedia.org_resource_Ulysses-5FS.-5FGrant&d=...". */
    private static final Pattern DBPEDIA = Pattern.compile("dbpedia\\.org_resource_([^&]+)&");
    private static final Pattern WRAPPED_ESCAPE = Pattern.compile("-([0-9A-F]{2})");

    /**
     * Spells of states the gazetteer does not hold (Bavaria, Transvaal, Tibet...) are out of scope, not bad: they are
     * listed in the import report under {@value #OUT_OF_SCOPE} and do not count towards the source's bad rows.
     */
    static final String OUT_OF_SCOPE = "archigos (out of scope)";

    static void importInto(Path sources, DatasetDraft draft, Places places) {
        Path file = sources.resolve(FILE);
        draft.source(SOURCE);
        List<CsvRow> rows = SourceFiles.rows(file, StandardCharsets.UTF_8,
                List.of("obsid", "ccode", "idacr", "leader", "startdate", "enddate", "exit", "dbpediauri"));
        for (CsvRow row : rows) {
            String end = row.get("exit").equals(STILL_IN_OFFICE) ? "" : row.required("enddate");
            Optional<String> bad = EpCabinetsImporter.badDates(row.required("startdate"), end);
            if (bad.isPresent()) {
                draft.report.reject(SOURCE.id(), FILE, row.line(), bad.get());
                continue;
            }
            Optional<Place> place = place(row.required("ccode"), end, places);
            if (place.isEmpty()) {
                draft.report.reject(OUT_OF_SCOPE, FILE, row.line(), "state " + row.required("idacr")
                        + " (Gleditsch-Ward " + row.required("ccode") + ") is not a place of the gazetteer");
                continue;
            }
            String person = givenNameFirst(row.required("leader"));
            List<String> aliases = fullName(row.get("dbpediauri")).filter(n -> !n.equals(person))
                    .map(List::of).orElse(List.of());
            draft.tenures.add(new TenureRow(person, aliases, null, ReignImporter.POST, place.get().id(),
                    row.required("startdate"), end, "single", SOURCE.id(), SOURCE.url(), row.required("obsid"),
                    "effective leader as coded by Archigos; " + FILE + ":" + row.line()));
        }
        draft.report.finish(SOURCE.id(), rows.size());
    }

    /** "Gandhi, I." -> "I. Gandhi": the surname last, where name matching looks for it. */
    static String givenNameFirst(String name) {
        int comma = name.indexOf(',');
        return comma < 0 ? name : (name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip()).strip();
    }

    private static Optional<Place> place(String gwCode, String end, Places places) {
        if (gwCode.equals("260") && !end.isEmpty() && end.compareTo(REUNIFICATION) <= 0) {
            return places.byId("west-germany");
        }
        return places.byGwCode(gwCode);
    }

    /** "Heinrich_Br%C3%BCning" from the wrapped DBpedia address, as "Heinrich Brüning"; empty without one. */
    static Optional<String> fullName(String wrappedUri) {
        Matcher m = DBPEDIA.matcher(wrappedUri);
        if (!m.find()) {
            return Optional.empty();
        }
        // "-25C3-25BC": urldefense writes "%" itself as "-25", so the title comes out percent-encoded once more
        String escaped = WRAPPED_ESCAPE.matcher(m.group(1)).replaceAll("%$1");
        String title = URLDecoder.decode(escaped.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (title.matches(".*%[0-9A-F]{2}.*")) {
            title = URLDecoder.decode(title.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        String name = WorldLeadersImporter.withoutParenthesis(title.replace('_', ' '));
        return name.isBlank() ? Optional.empty() : Optional.of(name);
    }
}
