package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.TextFold;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Uppsala Conflict Data Program's files:
 * <ul>
 *   <li>battle-related deaths per conflict and year (v24.1, 1989-2023), summed per country and year into one
 *       series of final yearly tolls per country ("killed", final_toll = year). A conflict fought on several
 *       countries' soil (its location lists several Gleditsch-Ward codes: India and Pakistan, Russia and Ukraine)
 *       belongs to no one country's total: it is left out, and those countries' totals for the year are marked
 *       "at least", as are totals lacking a row left out as bad;</li>
 *   <li>the Armed Conflict Dataset (v22.1, 1946-2021): the day each conflict and each of its episodes began, as
 *       events of kind "conflict" at the precision UCDP gives;</li>
 *   <li>the georeferenced events for Myanmar: those with at least {@value #GED_MIN_DEATHS} deaths, each a final toll
 *       of one dated event ("killed", final_toll = event).</li>
 * </ul>
 */
public final class UcdpImporter {
    static final SourceRow BRD = new SourceRow("ucdp-brd",
            "UCDP Battle-Related Deaths Dataset v24.1 (conflict level)", "https://ucdp.uu.se/downloads/",
            "none stated in the copy used (Labs123355/DAAN-881-FinalProj has no licence); UCDP publishes its data under"
                    + " CC BY 4.0 (not verified from these files); cite Davies, Pettersson and Oberg (2024), Organized"
                    + " violence 1989-2023, Journal of Peace Research 61(4)",
            "2023-12-31", "Labs123355/DAAN-881-FinalProj at commit cd9c3053 (RawData/originals/BattleDeaths_v24_1_conf.csv)");
    static final SourceRow ACD = new SourceRow("ucdp-acd", "UCDP/PRIO Armed Conflict Dataset v22.1",
            "https://ucdp.uu.se/downloads/",
            "none stated in the copy used (andybega/ds-external-data has no licence); UCDP publishes its data under"
                    + " CC BY 4.0 (not verified); cite Gleditsch et al. (2002), Journal of Peace Research 39(5), and"
                    + " Davies, Pettersson and Oberg (2022)",
            "2021-12-31", "andybega/ds-external-data at commit e421def8 (acd/input/v22.1/ucdp-prio-acd-221.csv)");
    static final SourceRow GED = new SourceRow("ucdp-ged-myanmar",
            "UCDP Georeferenced Event Dataset, events in Myanmar (version unverified, 23.1 or 24.1)",
            "https://ucdp.uu.se/downloads/",
            "none stated in the copy used (netify-dev/netify, a GPL-3 package); UCDP publishes its data under CC BY 4.0"
                    + " (not verified); cite Sundberg and Melander (2013), Journal of Peace Research 50(4)",
            "2023-12-31", "netify-dev/netify at commit d0dceb6a (data/myanmar.rda, converted to ged-myanmar.csv)");
    static final int GED_MIN_DEATHS = 25;
    static final List<String> CONFLICT_WORDS = List.of("armed conflict", "conflict", "conflicts", "fighting",
            "battle", "battles", "battle related", "battle deaths", "civil war", "insurgency", "clashes", "ucdp");
    static final List<String> ATTACK_WORDS = List.of("attack", "attacks", "airstrike", "airstrikes", "air strike",
            "massacre", "clash", "clashes", "battle", "ambush", "bombing", "raid", "shelling", "ucdp");
    private static final String BRD_FILE = "BattleDeaths_v24_1_conf.csv";
    private static final String ACD_FILE = "ucdp-prio-acd-221.csv";
    private static final String GED_FILE = "ged-myanmar.csv";

    private UcdpImporter() {
    }

    /** The casualty series alone, without the events or the import report: for tests of the casualties wing. */
    public static void importInto(Path sources, CasualtyDraft casualties, Places places) {
        importInto(sources, new DatasetDraft(), casualties, places);
    }

    /** One country's deaths in one year, summed over the conflicts fought there. */
    private static final class Year {
        long best;
        long low;
        long high;
        final Set<String> sides = new LinkedHashSet<>();
        final List<Integer> lines = new ArrayList<>();
        boolean partial;
    }

    static void importInto(Path sources, DatasetDraft draft, CasualtyDraft casualties, Places places) {
        Path dir = sources.resolve("ucdp");
        battleDeaths(dir.resolve(BRD_FILE), draft, casualties, places);
        conflictStarts(dir.resolve(ACD_FILE), draft, places);
        myanmarEvents(dir.resolve(GED_FILE), draft, casualties, places);
    }

    private static void battleDeaths(Path file, DatasetDraft draft, CasualtyDraft casualties, Places places) {
        casualties.source(BRD);
        List<CsvRow> rows = SourceFiles.rows(file, StandardCharsets.UTF_8,
                List.of("conflict_id", "location_inc", "side_b", "year", "bd_best", "bd_low", "bd_high", "gwno_loc"));
        Map<String, TreeMap<Integer, Year>> byPlace = new TreeMap<>();
        List<String[]> shared = new ArrayList<>();
        for (CsvRow row : rows) {
            Integer year = number(row.get("year"));
            Integer best = number(row.get("bd_best"));
            Integer low = number(row.get("bd_low"));
            Integer high = number(row.get("bd_high"));
            if (year == null || best == null || low == null || high == null || low > best || best > high) {
                shared.add(new String[]{row.get("year"), row.get("gwno_loc")}); // its countries' totals lack it
                draft.report.reject(BRD.id(), BRD_FILE, row.line(), "year or deaths not whole numbers with"
                        + " low <= best <= high: " + row.get("year") + ", " + row.get("bd_low") + " <= "
                        + row.get("bd_best") + " <= " + row.get("bd_high"));
                continue;
            }
            String[] codes = row.get("gwno_loc").split("\\s*,\\s*");
            if (codes.length > 1) {
                shared.add(new String[]{String.valueOf(year), row.get("gwno_loc")});
                continue; // fought on several countries' soil: no one country's total
            }
            Place place = places.byGwCode(codes[0].strip()).orElse(null);
            if (place == null) {
                draft.report.reject(BRD.id(), BRD_FILE, row.line(), "Gleditsch-Ward code '" + row.get("gwno_loc")
                        + "' (" + row.get("location_inc") + ") is not in places.csv");
                continue;
            }
            Year y = byPlace.computeIfAbsent(place.id(), k -> new TreeMap<>()).computeIfAbsent(year, k -> new Year());
            y.best += best;
            y.low += low;
            y.high += high;
            y.sides.add(row.get("side_b"));
            y.lines.add(row.line());
        }
        draft.report.finish(BRD.id(), rows.size());
        for (String[] s : shared) {
            Integer year = number(s[0]);
            for (String code : s[1].split("\\s*,\\s*")) {
                places.byGwCode(code.strip()).ifPresent(p -> {
                    Year y = year == null ? null : byPlace.getOrDefault(p.id(), new TreeMap<>()).get(year);
                    if (y != null) {
                        y.partial = true;
                    }
                });
            }
        }
        byPlace.forEach((placeId, years) -> {
            Place place = places.byId(placeId).orElseThrow();
            String id = "ucdp-brd-" + placeId;
            casualties.series(new CasualtySeriesRow(id, placeId, "armed conflict", CONFLICT_WORDS, "killed", true,
                    "UCDP", "primary", BRD.id(), "battle-related deaths (best estimate) in state-based armed conflicts"
                    + " fought in " + place.name() + ", summed over its conflicts per calendar year; a final toll per"
                    + " year, compiled after the fact", "year"));
            years.forEach((year, y) -> casualties.observations.add(new CasualtyObservationRow(id, year + "-12-31",
                    y.best, y.partial ? "at least" : null, "no", "UCDP", "https://ucdp.uu.se/country/"
                    + place.gwCodes().get(0), null, "battle-related deaths in " + place.name() + " in " + year + ": "
                    + y.best + " (low " + y.low + ", high " + y.high + "), conflicts with " + String.join("; ", y.sides)
                    + (y.partial ? "; not counting conflicts fought across several countries that year" : "")
                    + " (" + BRD_FILE + ":" + y.lines.stream().map(String::valueOf)
                    .reduce((a, b) -> a + "," + b).orElse("") + ")")));
        });
    }

    /** The day each conflict and each of its episodes began. */
    private static void conflictStarts(Path file, DatasetDraft draft, Places places) {
        draft.source(ACD);
        List<CsvRow> rows = SourceFiles.rows(file, StandardCharsets.UTF_8, List.of("conflict_id", "location",
                "side_a", "side_b", "territory_name", "start_date", "start_prec", "start_date2", "start_prec2",
                "gwno_loc"));
        Set<String> seen = new java.util.HashSet<>();
        for (CsvRow row : rows) {
            String[] codes = row.get("gwno_loc").split("\\s*,\\s*");
            Place place = codes.length == 1 ? places.byGwCode(codes[0].strip()).orElse(null) : null;
            if (place == null) {
                continue; // fought across several countries, or outside the gazetteer: no one place to file it under
            }
            String against = row.get("side_b") + (row.get("territory_name").isEmpty() ? ""
                    : " (" + row.get("territory_name") + ")");
            for (String[] start : List.of(new String[]{"start_date", "start_prec", "began"},
                    new String[]{"start_date2", "start_prec2", "episode began"})) {
                String date = dated(row.get(start[0]), row.get(start[1]));
                if (date == null) {
                    draft.report.reject(ACD.id(), ACD_FILE, row.line(), "column '" + start[0] + "': '"
                            + row.get(start[0]) + "' with precision '" + row.get(start[1]) + "' is not a date");
                    continue;
                }
                String id = "ucdp-conflict-" + row.get("conflict_id") + "-" + date;
                if (seen.add(id)) {
                    draft.events.add(new EventRow(id, "conflict", null, place.id(), date, "Armed conflict in "
                            + place.name() + ": " + row.get("side_a") + " against " + against + ", " + start[2],
                            ACD.id(), "https://ucdp.uu.se/conflict/" + row.get("conflict_id"), row.get("conflict_id"),
                            ACD_FILE + ":" + row.line() + " (" + start[0] + ", precision " + row.get(start[1]) + ")"));
                }
            }
        }
        draft.report.finish(ACD.id(), rows.size());
    }

    /** yyyy-mm-dd at UCDP's precision: 1 is the day; 2 to 4 within some days or weeks (the month); 5 the year. */
    private static String dated(String date, String precision) {
        if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        return switch (precision) {
            case "1" -> date;
            case "2", "3", "4" -> date.substring(0, 7);
            default -> date.substring(0, 4);
        };
    }

    private static void myanmarEvents(Path file, DatasetDraft draft, CasualtyDraft casualties, Places places) {
        casualties.source(GED);
        Place myanmar = places.resolve("Myanmar").orElseThrow();
        List<CsvRow> rows = SourceFiles.rows(file, StandardCharsets.UTF_8, List.of("id", "date_start", "date_end",
                "side_a", "side_b", "best", "low", "high", "where_description", "source_article"));
        for (CsvRow row : rows) {
            Integer best = number(row.get("best"));
            boolean dated = row.get("date_start").matches("\\d{4}-\\d{2}-\\d{2}");
            if (best == null || !dated || row.get("date_end").compareTo(row.get("date_start")) < 0) {
                draft.report.reject(GED.id(), GED_FILE, row.line(), "deaths '" + row.get("best") + "' or dates '"
                        + row.get("date_start") + "' to '" + row.get("date_end") + "' unreadable or reversed");
                continue;
            }
            if (best < GED_MIN_DEATHS || !row.get("date_end").equals(row.get("date_start"))) {
                continue; // smaller or spread over days: not an event copy names by its toll
            }
            String where = row.get("where_description");
            String name = where.replaceAll("\\s*[(,].*$", "").strip();
            List<String> words = new ArrayList<>(ATTACK_WORDS);
            String folded = TextFold.fold(name);
            if (!folded.isEmpty() && places.resolve(name).isEmpty()) {
                words.add(folded);
            }
            String id = "ucdp-ged-" + row.get("id");
            String violence = row.get("side_b").equals("Civilians") ? "one-sided violence against civilians by "
                    + row.get("side_a") : row.get("side_a") + " against " + row.get("side_b");
            casualties.series(new CasualtySeriesRow(id, myanmar.id(), "attack at " + where + " (" + violence + ")",
                    words, "killed", true, "UCDP GED", "primary", GED.id(), "one event of UCDP's georeferenced"
                    + " event dataset, on " + row.get("date_start") + "; a final toll compiled after the fact", "event"));
            casualties.observations.add(new CasualtyObservationRow(id, row.get("date_start"), best, null, "no",
                    "UCDP GED", "https://ucdp.uu.se/event/" + row.get("id"), null, "deaths at " + where + " on "
                    + row.get("date_start") + ": " + best + " (low " + row.get("low") + ", high " + row.get("high")
                    + "); source: " + row.get("source_article") + " (" + GED_FILE + ":" + row.line() + ")"));
        }
        draft.report.finish(GED.id(), rows.size());
    }

    static Integer number(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 9 || !t.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(t);
    }
}
