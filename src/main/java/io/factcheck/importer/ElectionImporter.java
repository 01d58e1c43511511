package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * REIGN's election list: the votes themselves ("Vote, As Scheduled", "Vote, Early"), not announcements, delays or
 * upcoming dates. Type L is a legislative election, X an executive (presidential) one, R a referendum.
 */
final class ElectionImporter {
    static final SourceRow SOURCE = new SourceRow("reign-elections",
            "REIGN election list, One Earth Future",
            "https://oefdatascience.github.io/REIGN.github.io/",
            "no data licence stated; cite Bell, Besaw and Frank (2021), The REIGN Dataset, One Earth Future",
            "2021-03-02", "OEFDataScience/REIGN.github.io at commit d7a8a6f1 (data_sets/electionlist_3_21.csv)");
    private static final Map<String, String> TYPES = Map.of("L", "legislative", "X", "executive", "R", "referendum");

    static void importInto(Path sources, DatasetDraft draft, Places places) {
        Path file = sources.resolve("reign").resolve("electionlist_3_21.csv");
        draft.source(SOURCE);
        for (CsvRow row : SourceFiles.rowsOfMixedEncoding(file,
                List.of("ccode", "country", "elec_year", "elec_month", "elec_day", "sequence", "event", "elecnum", "type"))) {
            String event = row.required("event");
            if (!event.toLowerCase(java.util.Locale.ROOT).startsWith("vote")) {
                continue;
            }
            Place place = places.resolve(row.required("country")).or(() -> places.byCowCode(row.get("ccode")))
                    .orElseThrow(() -> new DataFormatException(file.toString(), row.line(),
                            "country '" + row.get("country") + "' is not in places.csv"));
            String type = TYPES.get(row.required("type"));
            if (type == null) {
                throw new DataFormatException(file.toString(), row.line(), "unknown type '" + row.get("type") + "'");
            }
            boolean referendum = type.equals("referendum");
            String date = SourceFiles.isoDate(row.required("elec_year"), row.get("elec_month"), row.get("elec_day"));
            String title = (referendum ? "Referendum" : capitalized(type) + " election") + " in "
                    + row.required("country") + " (" + event.strip() + ")";
            draft.events.add(new EventRow("election-" + row.required("elecnum") + "-" + row.required("sequence"),
                    referendum ? "referendum" : "election", referendum ? null : type, place.id(), date, title,
                    SOURCE.id(), SOURCE.url(), row.required("elecnum"), "electionlist_3_21.csv:" + row.line()));
        }
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
