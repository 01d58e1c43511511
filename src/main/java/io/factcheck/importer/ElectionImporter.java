package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * REIGN's election list: the votes themselves ("Vote, As Scheduled", "Vote, Early"), not announcements, delays or
 * upcoming dates. Type L is a legislative election, X an executive (presidential) one, R a referendum; the two
 * rounds of a two-round election are two events with rounds 1 and 2. Votes REIGN marks voided or annulled are kept
 * with status "voided", and elections it last saw announced or scheduled before its snapshot with status
 * "scheduled": they may or may not have taken place, so they neither support a claim nor let absence refute one.
 *
 * <p>Polls held over several days (Czech Fridays and Saturdays, India's phases) get their polling days from the
 * curated {@value #POLLING_DAYS}.
 *
 * <p>Coverage: REIGN lists the elections that choose each country's effective leader, and misses the others. So it
 * is taken as complete for legislative elections while GWF's regime list codes the country parliamentary, and for
 * executive ones while it codes it presidential: from the first such vote REIGN records in the regime, as long as
 * consecutive votes are no further apart than a term allows ({@link #MAX_GAP_YEARS}); a longer gap means REIGN
 * missed some, and coverage starts again at the next vote.
 */
final class ElectionImporter {
    static final SourceRow SOURCE = new SourceRow("reign-elections",
            "REIGN election list, One Earth Future",
            "https://oefdatascience.github.io/REIGN.github.io/",
            "no data licence stated; cite Bell, Besaw and Frank (2021), The REIGN Dataset, One Earth Future",
            "2021-03-02", "OEFDataScience/REIGN.github.io at commit d7a8a6f1 (data_sets/electionlist_3_21.csv)");
    static final String POLLING_DAYS = "polling_days.csv";
    private static final Map<String, String> TYPES = Map.of("L", "legislative", "X", "executive", "R", "referendum");
    /** The longest term between two elections of a type: parliaments sit at most five years, presidents seven. */
    private static final Map<String, Double> MAX_GAP_YEARS = Map.of("legislative", 5.5, "executive", 7.5);
    private static final Map<String, String> REGIME_TYPES = Map.of("parliamentary", "legislative",
            "presidential", "executive");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    private ElectionImporter() {
    }

    static void importInto(Path sources, DatasetDraft draft, Places places, Path curated) {
        Path file = sources.resolve("reign").resolve("electionlist_3_21.csv");
        draft.source(SOURCE);
        Map<String, CsvRow> pollingDays = pollingDays(curated);
        List<EventRow> votes = new ArrayList<>();
        List<CsvRow> rows = SourceFiles.rowsOfMixedEncoding(file, List.of("ccode", "country", "elec_year",
                "elec_month", "elec_day", "sequence", "event", "elecnum", "type"));
        Map<String, CsvRow> lastOfElection = new java.util.LinkedHashMap<>();
        java.util.Set<String> recorded = new java.util.HashSet<>();
        for (CsvRow row : rows) {
            String lower = row.required("event").strip().toLowerCase(Locale.ROOT);
            String elecnum = row.required("elecnum");
            if (lower.startsWith("vote") || lower.equals("voided") || lower.equals("anulled")) {
                recorded.add(elecnum);
                votes.add(vote(row, file, places, pollingDays, lower.startsWith("vote") ? null : "voided"));
            } else {
                lastOfElection.merge(elecnum, row, (a, b) -> Integer.parseInt(b.get("sequence").isEmpty() ? "0"
                        : b.get("sequence")) >= Integer.parseInt(a.get("sequence").isEmpty() ? "0"
                        : a.get("sequence")) ? b : a);
            }
        }
        // An election REIGN last saw announced or scheduled, before its snapshot, may have been held since (Uruguay's
        // run-off of 24 November 2019, Jamaica's election of 3 September 2020): kept as "scheduled", it is no
        // evidence either way. One whose deadline passed without a vote is left out.
        lastOfElection.forEach((elecnum, row) -> {
            String lower = row.get("event").strip().toLowerCase(Locale.ROOT);
            String date = SourceFiles.isoDate(row.required("elec_year"), row.get("elec_month"), row.get("elec_day"));
            if (!recorded.contains(elecnum) && !lower.replace(",", "").startsWith("deadline not met")
                    && date.compareTo(SOURCE.snapshot()) < 0 && validDate(date)) {
                votes.add(vote(row, file, places, pollingDays, "scheduled"));
            }
        });
        if (!pollingDays.isEmpty()) {
            CsvRow stale = pollingDays.values().iterator().next();
            throw stale.error("no REIGN election of that place, type and day to give polling days to");
        }
        draft.events.addAll(votes);
        coverage(sources.resolve("reign").resolve("regime_list.csv"), votes, draft, places);
    }

    private static EventRow vote(CsvRow row, Path file, Places places, Map<String, CsvRow> pollingDays, String status) {
        String event = row.required("event").strip();
        Place place = places.resolve(row.required("country")).or(() -> places.byCowCode(row.get("ccode")))
                .orElseThrow(() -> new DataFormatException(file.toString(), row.line(),
                        "country '" + row.get("country") + "' is not in places.csv"));
        String type = TYPES.get(row.required("type"));
        if (type == null) {
            throw new DataFormatException(file.toString(), row.line(), "unknown type '" + row.get("type") + "'");
        }
        boolean referendum = type.equals("referendum");
        String date = SourceFiles.isoDate(row.required("elec_year"), row.get("elec_month"), row.get("elec_day"));
        String runoff = row.has("runoff") ? row.get("runoff") : "";
        String round = referendum || !(runoff.equals("1") || runoff.equals("2")) ? null : runoff;
        String title = (referendum ? "Referendum" : capitalized(type) + " election") + " in "
                + row.required("country") + (round == null ? "" : round.equals("2") ? ", run-off" : ", first round")
                + " (" + event + ")";
        EventRow vote = new EventRow("election-" + row.required("elecnum") + "-" + row.required("sequence"),
                referendum ? "referendum" : "election", referendum ? null : type, place.id(), date, title,
                SOURCE.id(), SOURCE.url(), row.required("elecnum"), "electionlist_3_21.csv:" + row.line(),
                round, null, status);
        CsvRow days = status == null ? pollingDays.remove(place.id() + "|" + type + "|" + date) : null;
        return days == null ? vote : vote.withPollingDays(days.required("first_day"), days.required("last_day"),
                days.required("note") + " (" + POLLING_DAYS + ":" + days.line() + ")");
    }

    private static Map<String, CsvRow> pollingDays(Path curated) {
        Map<String, CsvRow> out = new HashMap<>();
        for (CsvRow row : SourceFiles.rows(curated.resolve(POLLING_DAYS), StandardCharsets.UTF_8,
                List.of("place", "subtype", "recorded", "first_day", "last_day", "note"))) {
            out.put(row.required("place") + "|" + row.required("subtype") + "|" + row.required("recorded"), row);
        }
        return out;
    }

    /** See the class comment: per regime period of a parliamentary or presidential country. */
    private static void coverage(Path regimes, List<EventRow> votes, DatasetDraft draft, Places places) {
        LocalDate snapshot = LocalDate.parse(SOURCE.snapshot());
        for (CsvRow row : SourceFiles.rowsOfMixedEncoding(regimes, List.of("cowcode", "gwf_startdate", "gwf_enddate", "gwf_regimetype"))) {
            String subtype = REGIME_TYPES.get(row.get("gwf_regimetype").strip());
            Place place = places.byCowCode(row.get("cowcode")).orElse(null);
            if (subtype == null || place == null) {
                continue;
            }
            LocalDate start = LocalDate.parse(row.get("gwf_startdate"), US_DATE);
            LocalDate end = LocalDate.parse(row.get("gwf_enddate"), US_DATE);
            // the regime list runs to the end of 2020: a regime still in place then lasts to REIGN's snapshot
            LocalDate until = end.equals(LocalDate.of(2020, 12, 31)) ? snapshot : end;
            List<LocalDate> held = votes.stream().filter(v -> v.place().equals(place.id())
                            && subtype.equals(v.subtype()) && v.status() == null)
                    .map(v -> firstDay(v.date())).filter(d -> !d.isBefore(start) && !d.isAfter(until))
                    .sorted().toList();
            long maxGap = Math.round(MAX_GAP_YEARS.get(subtype) * 365.25);
            LocalDate from = null;
            for (int i = 0; i < held.size(); i++) {
                if (from == null) {
                    from = held.get(i);
                }
                LocalDate next = i + 1 < held.size() ? held.get(i + 1) : null;
                LocalDate reach = held.get(i).plusDays(maxGap);
                if (next == null || ChronoUnit.DAYS.between(held.get(i), next) > maxGap) {
                    LocalDate to = next == null && until.isBefore(reach) ? until : next == null ? reach
                            : held.get(i);
                    draft.coverage.add(new CoverageRow(SOURCE.id(), "election", List.of(subtype), place.id(),
                            from.toString(), to.toString(), "REIGN lists the elections that choose the effective"
                            + " leader; GWF codes " + place.name() + " " + row.get("gwf_regimetype").strip() + " from "
                            + start + " (regime_list.csv:" + row.line() + ")"));
                    from = null;
                }
            }
        }
    }

    private static boolean validDate(String date) {
        try {
            firstDay(date);
            return date.length() != 10 || LocalDate.parse(date) != null;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static LocalDate firstDay(String date) {
        return LocalDate.parse(date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date);
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
