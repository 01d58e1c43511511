package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * casualties-curated/casualty_reports.csv: dated casualty figures read on public pages (AAPP briefings, OHCHR
 * updates reposted on ReliefWeb, news quoting AAPP, OHCHR or AFAD), each with its page and verbatim quote. One
 * series per (source series, measure), e.g. {@code myanmar-coup-aapp-killed}; every row becomes an observation
 * keeping its url, page date, quote and how its date is known.
 */
public final class CasualtyReportsImporter {
    static final String SOURCE_ID = "casualties-curated";
    static final String FILE = "casualty_reports.csv";
    private static final List<String> COLUMNS = List.of("series", "place", "measure", "value", "qualifier", "as_of",
            "as_of_is_publication_date", "reported_by", "cited_in", "page_date", "quote");
    private static final Set<String> BASES = Set.of("no", "yes", "inferred");

    /** A series of the source file: what it counts, for which event, by whom. */
    record SourceSeries(String id, String place, String event, List<String> eventWords, String counter, String role,
                        Set<String> measures, String note) {
    }

    static final Map<String, SourceSeries> SERIES = new LinkedHashMap<>();

    static {
        List<String> coup = List.of("crackdown", "military crackdown", "coup", "post-coup", "since the coup",
                "military coup", "junta", "spring revolution");
        add(new SourceSeries("myanmar-coup-aapp", "myanmar", "post-coup crackdown", coup, "AAPP", "primary",
                Set.of("killed", "detained", "arrested"),
                "Assistance Association for Political Prisoners (Burma), from its briefings and news quoting them."
                        + " Killed: 'confirmed killed by this junta coup' (2021-22), 'killed by the junta and"
                        + " pro-military groups' (2023-24); detained: people under detention on the day;"
                        + " arrested: arrested, charged or sentenced since 1 February 2021"));
        add(new SourceSeries("myanmar-coup-junta-claim", "myanmar", "post-coup crackdown", coup,
                "Myanmar junta (State Administration Council)", "alternative", Set.of("killed"),
                "The military regime's own figure, citing police records, as quoted in the press"));
        add(new SourceSeries("ukraine-ohchr-civilian-casualties", "ukraine", "Russian invasion",
                List.of("war", "invasion", "russian invasion", "full-scale invasion", "russian war", "russia s war",
                        "war in ukraine"),
                "OHCHR", "primary", Set.of("killed", "injured", "civilian_casualties"),
                "Civilians only: OHCHR / UN Human Rights Monitoring Mission in Ukraine (HRMMU) running totals since"
                        + " 24 February 2022, from its updates and the press quoting them"));
        add(new SourceSeries("turkey-earthquake-2023-official-toll", "turkiye", "2023 earthquake",
                List.of("earthquake", "earthquakes", "quake", "2023 earthquake", "kahramanmaras earthquake",
                        "turkey-syria earthquake"),
                "AFAD", "primary", Set.of("killed", "injured"),
                "Official toll in Turkey (not Syria) of the 6 February 2023 earthquakes: AFAD or President Erdogan,"
                        + " as quoted in the press"));
    }

    private static void add(SourceSeries s) {
        SERIES.put(s.id(), s);
    }

    private CasualtyReportsImporter() {
    }

    /** Reads {@code <sources>/casualties-curated/casualty_reports.csv} into the draft. */
    public static void importInto(Path sources, CasualtyDraft draft, Places places) {
        Path file = sources.resolve("casualties-curated").resolve(FILE);
        Set<String> seriesSeen = new TreeSet<>();
        String latest = null;
        for (CsvRow row : SourceFiles.rows(file, StandardCharsets.UTF_8, COLUMNS)) {
            SourceSeries s = SERIES.get(row.required("series"));
            if (s == null) {
                throw row.error("unknown series '" + row.get("series") + "' (known: " + SERIES.keySet() + ")");
            }
            Place place = places.resolve(row.required("place")).orElseThrow(
                    () -> row.error("place '" + row.get("place") + "' is not in places.csv"));
            if (!place.id().equals(s.place())) {
                throw row.error("place '" + row.get("place") + "' is not the series' place (" + s.place() + ")");
            }
            String measure = row.required("measure");
            if (!s.measures().contains(measure)) {
                throw row.error("measure '" + measure + "' is not one of the series' " + new TreeSet<>(s.measures()));
            }
            String basis = row.required("as_of_is_publication_date");
            if (!BASES.contains(basis)) {
                throw row.error("as_of_is_publication_date must be no, yes or inferred, not '" + basis + "'");
            }
            String asOf = day(row, "as_of", true);
            String seriesId = s.id() + "-" + measure.replace('_', '-');
            if (seriesSeen.add(seriesId)) {
                draft.series(new CasualtySeriesRow(seriesId, s.place(), s.event(), s.eventWords(), measure,
                        !measure.equals("detained"), s.counter(), s.role(), SOURCE_ID, s.note()));
            }
            draft.observations.add(new CasualtyObservationRow(seriesId, asOf, value(row), row.get("qualifier"),
                    basis, row.required("reported_by"), row.required("cited_in"), day(row, "page_date", false),
                    row.required("quote")));
            latest = latest == null || asOf.compareTo(latest) > 0 ? asOf : latest;
        }
        if (latest == null) {
            throw new DataFormatException(FILE, 0, "no rows");
        }
        draft.source(new SourceRow(SOURCE_ID,
                "Dated casualty figures of AAPP, OHCHR and AFAD, quoted from their pages and the press"
                        + " (casualties-curated)",
                null,
                "figures are facts quoted from the cited pages (each row's page is in its url); quotes are short"
                        + " verbatim excerpts kept for verification",
                latest, "casualties-curated/casualty_reports.csv: each published figure with its page (cited_in),"
                + " page date and verbatim quote"));
    }

    private static long value(CsvRow row) {
        String v = row.required("value");
        if (!v.chars().allMatch(c -> c >= '0' && c <= '9') || v.length() > 12) {
            throw row.error("value '" + v + "' is not a whole number");
        }
        return Long.parseLong(v);
    }

    private static String day(CsvRow row, String column, boolean required) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (required) {
                throw row.error("column '" + column + "' is empty");
            }
            return "";
        }
        try {
            DateSpan span = DateSpan.parseIso(text);
            if (span.precision() != DatePrecision.DAY) {
                throw row.error("column '" + column + "' must be a day (yyyy-mm-dd), not '" + text + "'");
            }
            return span.start().toString();
        } catch (DateTimeException e) {
            throw row.error("column '" + column + "': " + e.getMessage());
        }
    }
}
