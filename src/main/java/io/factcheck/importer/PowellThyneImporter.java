package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Powell and Thyne's list of coups and coup attempts, 1950 to 2025-12-07, to the day, by Correlates of War code: kind
 * "coup", subtype "realized" (coup = 2) or "attempted" (coup = 1). The same coup in the Cline Center's list is
 * merged with it when the dataset is loaded, not here.
 *
 * <p>The list is complete by design (every attempt by the military or other elites to unseat a sitting executive,
 * in every independent state), so it also writes coverage rows: each country from 1950, or from its first REIGN
 * ruler when it became independent later, to the list's version date.
 */
final class PowellThyneImporter {
    static final SourceRow SOURCE = new SourceRow("powell-thyne-coups",
            "Powell & Thyne, Global Instances of Coups (V2026.01.13)",
            "https://www.uky.edu/~clthyn2/coup_data/home.htm",
            "none stated (copy in andybega/ds-external-data has no licence); cite Powell and Thyne (2011), "
                    + "Global instances of coups from 1950 to 2010, Journal of Peace Research 48(2): 249-259",
            "2025-12-07", "V2022.11.29: andybega/ds-external-data at commit e421def8 (ptcoups/input/ptcoups.csv); "
                    + "the events of V2026.01.13 after 2022-11-29: siwookim1114/POLI3148-Assignment1 at commit "
                    + "46700d16 (data/powell_thyne_coups.csv), as ptcoups-V2026.01.13-additions.csv");
    static final String FILE = "ptcoups.csv";
    /** The events V2026.01.13 adds after V2022.11.29, to its last event (2025-12-07, the snapshot above). */
    static final String ADDITIONS = "ptcoups-V2026.01.13-additions.csv";
    private static final LocalDate FROM = LocalDate.of(1950, 1, 1);

    private PowellThyneImporter() {
    }

    static void importInto(Path sources, DatasetDraft draft, Places places) {
        draft.source(SOURCE);
        Set<String> ids = new HashSet<>();
        long rows = 0;
        for (String name : List.of(FILE, ADDITIONS)) {
            rows += read(sources.resolve("powell-thyne-coups").resolve(name), name, ids, draft, places);
        }
        draft.report.finish(SOURCE.id(), rows);
        coverage(draft);
    }

    private static int read(Path file, String name, Set<String> ids, DatasetDraft draft, Places places) {
        List<CsvRow> rows = SourceFiles.rows(file, StandardCharsets.UTF_8,
                List.of("country", "ccode", "year", "month", "day", "coup"));
        for (CsvRow row : rows) {
            Place place = places.byCowCode(row.get("ccode")).or(() -> places.resolve(row.get("country"))).orElse(null);
            String subtype = switch (row.get("coup")) {
                case "2" -> "realized";
                case "1" -> "attempted";
                default -> null;
            };
            String date = SourceFiles.isoDate(row.get("year"), row.get("month"), row.get("day"));
            if (place == null) {
                draft.report.reject(SOURCE.id(), name, row.line(), "country '" + row.get("country") + "' (COW "
                        + row.get("ccode") + ") is not in places.csv");
                continue;
            }
            if (subtype == null) {
                draft.report.reject(SOURCE.id(), name, row.line(), "coup is '" + row.get("coup")
                        + "', not 1 (attempt) or 2 (successful)");
                continue;
            }
            if (date.length() != 10) {
                draft.report.reject(SOURCE.id(), name, row.line(), "date '" + date + "' is not a full day");
                continue;
            }
            String id = "ptcoup-" + place.id() + "-" + date;
            for (int n = 2; !ids.add(id); n++) {
                id = "ptcoup-" + place.id() + "-" + date + "-" + n;
            }
            draft.events.add(new EventRow(id, "coup", subtype, place.id(), date,
                    (subtype.equals("realized") ? "Coup" : "Coup attempt") + " in " + row.get("country"),
                    SOURCE.id(), SOURCE.url(), row.get("country") + " " + date, name + ":" + row.line()));
        }
        return rows.size();
    }

    /**
     * Every country with a REIGN ruler: from 1950 or its first ruler's start, to the version date, or to the end of
     * its last ruler's spell for a state that ceased to exist.
     */
    private static void coverage(DatasetDraft draft) {
        Map<String, LocalDate> first = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        LocalDate open = LocalDate.parse(SOURCE.snapshot());
        for (TenureRow t : draft.tenures) {
            if (t.source().equals(ReignImporter.SOURCE.id()) && t.position().equals(ReignImporter.POST)) {
                first.merge(t.jurisdiction(), day(t.start(), false), (a, b) -> a.isBefore(b) ? a : b);
                LocalDate end = t.end().isEmpty() ? open : day(t.end(), true);
                last.merge(t.jurisdiction(), end, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        first.keySet().stream().sorted().forEach(place -> {
            LocalDate from = first.get(place).isBefore(FROM) ? FROM : first.get(place);
            LocalDate to = last.get(place).isAfter(open) ? open : last.get(place);
            if (from.isBefore(to)) {
                draft.coverage.add(new CoverageRow(SOURCE.id(), "coup", List.of("realized", "attempted"), place,
                        from.toString(), to.toString(), "every coup and coup attempt against the sitting executive of"
                        + " an independent state; from 1950 or the state's first REIGN ruler"));
            }
        });
    }

    /** The first (or last) day of a yyyy, yyyy-mm or yyyy-mm-dd date. */
    private static LocalDate day(String date, boolean last) {
        if (date.length() == 10) {
            return LocalDate.parse(date);
        }
        java.time.YearMonth month = date.length() == 7 ? java.time.YearMonth.parse(date)
                : java.time.YearMonth.of(Integer.parseInt(date), last ? 12 : 1);
        return last ? month.atEndOfMonth() : month.atDay(1);
    }
}
