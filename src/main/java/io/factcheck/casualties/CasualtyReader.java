package io.factcheck.casualties;

import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.DatasetLevel;
import io.factcheck.kernel.Layered;
import io.factcheck.kernel.LoadReport;
import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.RowLookups;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the canonical casualty files, checking every row and failing with file, line and reason:
 * <ul>
 *   <li>{@value #SERIES}: {@code id,place,event,event_words,measure,cumulative,counter,role,source,note}, one row
 *       per series;</li>
 *   <li>{@value #OBSERVATIONS}: {@code series,as_of,value,qualifier,as_of_basis,reported_by,url,page_date,quote},
 *       one row per published figure;</li>
 *   <li>{@value #DAILY}: {@code series,start,values}, a dense daily series as one row: {@code values} holds one
 *       whole number per day from {@code start}, separated by "|". Values need not rise (daily totals carry
 *       corrections).</li>
 * </ul>
 * A series has observations or a daily row, not both. All three files are optional; observations and daily rows
 * need the series file.
 */
public final class CasualtyReader {
    public static final String SERIES = "casualty_series.csv";
    public static final String OBSERVATIONS = "casualty_observations.csv";
    public static final String DAILY = "casualty_daily.csv";
    public static final List<String> SERIES_COLUMNS = List.of("id", "place", "event", "event_words", "measure",
            "cumulative", "counter", "role", "source", "note");
    /** Columns a series file may lack (files written before they existed). */
    public static final List<String> OPTIONAL_SERIES_COLUMNS = List.of("final_toll", "counting");
    public static final List<String> OBSERVATION_COLUMNS = List.of("series", "as_of", "value", "qualifier",
            "as_of_basis", "reported_by", "url", "page_date", "quote");
    public static final List<String> DAILY_COLUMNS = List.of("series", "start", "values");
    public static final Set<String> AS_OF_BASES = Set.of("no", "yes", "inferred");
    /** Larger than any count of people: keeps the qualifier arithmetic far from overflow. */
    static final long MAX_VALUE = 100_000_000_000L;

    private final RowLookups lookups;

    public CasualtyReader(RowLookups lookups) {
        this.lookups = lookups;
    }

    /** A dense daily series as read: its values from {@code start}, one a day. */
    public record DailyRun(CasualtySeries series, LocalDate start, long[] values, String file, int line) {
    }

    /** Reads whichever of the three files the dataset has; none at all gives an empty index. */
    public static CasualtyIndex load(DatasetFiles files, RowLookups lookups) {
        return load(List.of(DatasetLevel.base(files)), lookups, new LoadReport());
    }

    /**
     * The casualty wing of a stack: each layer's series, observations and daily rows add to the lower ones, or
     * replace or delete them by key (a series' id; an observation's series and day; a daily row's series and first
     * day). A deleted series takes its figures with it; a replaced one keeps them. A layer's figure of a running
     * total below an earlier one of a lower layer (or above a later one) is reported as a conflict.
     */
    public static CasualtyIndex load(List<DatasetLevel> stack, RowLookups lookups, LoadReport report) {
        CasualtyReader reader = new CasualtyReader(lookups);
        Layered<CasualtySeries> seriesRows = new Layered<>(SERIES, "series id", List.of("id"), true,
                CasualtySeries::id).read(stack, SERIES_COLUMNS, reader::series, report);
        Map<String, CasualtySeries> series = new LinkedHashMap<>();
        seriesRows.records().forEach(s -> series.put(s.id(), s));
        Set<String> deleted = seriesRows.deletedKeys();
        Layered<CasualtyObservation> observations = new Layered<>(OBSERVATIONS, "observation",
                List.of("series", "as_of"), false, (CasualtyObservation o) -> Layered.key(o.series().id(), o.asOf()))
                .read(stack, OBSERVATION_COLUMNS, row -> deleted.contains(row.get("series")) ? null
                        : observation(row, series), report);
        Set<String> observed = new HashSet<>();
        observations.records().forEach(o -> observed.add(o.series().id()));
        Layered<DailyRun> daily = new Layered<>(DAILY, "daily row", DAILY_COLUMNS.subList(0, 2), false,
                (DailyRun d) -> Layered.key(d.series().id(), d.start()))
                .read(stack, DAILY_COLUMNS, row -> deleted.contains(row.get("series")) ? null
                        : dailyRun(row, series, observed), report);
        Map<String, String> seen = new HashMap<>();
        for (Layered.Entry<DailyRun> run : daily.entries()) {
            String first = seen.putIfAbsent(run.record().series().id(), run.location());
            if (first != null) {
                throw new DataFormatException(run.file(), run.line(), "series '" + run.record().series().id()
                        + "' already has a daily row at " + first);
            }
        }
        if (observations.layered()) { // conflicts are between layers: a dataset without any has none to look for
            ObservationConflicts.report(observations.entries(), report);
        }
        return new CasualtyIndex(series.values(), observations.records(), daily.records());
    }

    private CasualtySeries series(CsvRow row) {
        String id = row.required("id");
        Measure measure = Measure.byCode(row.required("measure")).orElseThrow(() -> row.error(
                "column 'measure': '" + row.get("measure") + "' is not one of " + Measure.codes()));
        boolean cumulative = yesNo(row, "cumulative");
        if (cumulative != measure.cumulative()) {
            throw row.error("column 'cumulative': measure " + measure.code() + " is "
                    + (measure.cumulative() ? "a running total: 'yes'" : "a stock (people held on the day): 'no'"));
        }
        CasualtySeries.Role role = switch (row.required("role").toLowerCase(Locale.ROOT)) {
            case "primary" -> CasualtySeries.Role.PRIMARY;
            case "alternative" -> CasualtySeries.Role.ALTERNATIVE;
            case "extrapolation" -> CasualtySeries.Role.EXTRAPOLATION;
            default -> throw row.error("column 'role' must be 'primary', 'alternative' or 'extrapolation', not '"
                    + row.get("role") + "'");
        };
        List<String> words = row.list("event_words");
        CasualtySeries.FinalToll finalToll = optionalCode(row, "final_toll", CasualtySeries.FinalToll.values(),
                CasualtySeries.FinalToll::code);
        CasualtySeries.Counting counting = optionalCode(row, "counting", CasualtySeries.Counting.values(),
                CasualtySeries.Counting::code);
        return new CasualtySeries(id, lookups.place(row, "place"), row.required("event"), words, measure, cumulative,
                row.required("counter"), role, lookups.source(row), row.optional("note"), row.location(), finalToll,
                counting);
    }

    /** The value of an optional column whose codes are an enum's ("" for its default), or the row's error. */
    private static <E> E optionalCode(CsvRow row, String column, E[] values,
                                      java.util.function.Function<E, String> code) {
        String text = row.has(column) ? row.get(column).strip().toLowerCase(Locale.ROOT) : "";
        List<String> codes = new java.util.ArrayList<>(values.length);
        for (E v : values) {
            if (code.apply(v).equals(text)) {
                return v;
            }
            codes.add(code.apply(v).isEmpty() ? "empty" : "'" + code.apply(v) + "'");
        }
        throw row.error("column '" + column + "' must be " + String.join(", ", codes) + ", not '" + row.get(column)
                + "'");
    }

    private static CasualtyObservation observation(CsvRow row, Map<String, CasualtySeries> series) {
        CasualtySeries s = series(row, series);
        String basis = row.required("as_of_basis").toLowerCase(Locale.ROOT);
        if (!AS_OF_BASES.contains(basis)) {
            throw row.error("column 'as_of_basis' must be 'no', 'yes' or 'inferred', not '" + basis + "'");
        }
        return new CasualtyObservation(s, day(row, "as_of", true), count(row, "value", row.required("value")),
                row.optional("qualifier"), basis, row.optional("reported_by"), row.optional("url"),
                day(row, "page_date", false), row.optional("quote"), row.location());
    }

    private static DailyRun dailyRun(CsvRow row, Map<String, CasualtySeries> series, Set<String> observed) {
        CasualtySeries s = series(row, series);
        if (observed.contains(s.id())) {
            throw row.error("series '" + s.id() + "' has observations in " + OBSERVATIONS
                    + " too: a series is either daily or a list of observations");
        }
        return new DailyRun(s, day(row, "start", true), values(row), row.file(), row.line());
    }

    private static CasualtySeries series(CsvRow row, Map<String, CasualtySeries> series) {
        String id = row.required("series");
        CasualtySeries s = series.get(id);
        if (s == null) {
            throw row.error("series '" + id + "' is not in " + SERIES);
        }
        return s;
    }

    private static boolean yesNo(CsvRow row, String column) {
        return switch (row.required(column).toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw row.error("column '" + column + "' must be 'yes' or 'no', not '" + row.get(column) + "'");
        };
    }

    private static LocalDate day(CsvRow row, String column, boolean required) {
        DateSpan span = row.dateSpan(column);
        if (span == null) {
            if (required) {
                throw row.error("column '" + column + "' is empty");
            }
            return null;
        }
        if (span.precision() != DatePrecision.DAY) {
            throw row.error("column '" + column + "' must be a day (yyyy-mm-dd), not '" + row.get(column) + "'");
        }
        return span.start();
    }

    private static long count(CsvRow row, String column, String text) {
        return count(row, column, text, 0);
    }

    /** A whole number from 0 to {@link #MAX_VALUE}, written with digits only. */
    private static long count(CsvRow row, String column, String text, int position) {
        String t = text.strip();
        boolean digits = !t.isEmpty() && t.length() <= 12;
        for (int i = 0; digits && i < t.length(); i++) {
            digits = t.charAt(i) >= '0' && t.charAt(i) <= '9';
        }
        if (!digits || Long.parseLong(t) > MAX_VALUE) {
            throw row.error("column '" + column + "'" + (position > 0 ? " value " + position : "") + ": '" + text
                    + "' is not a whole number from 0 to " + MAX_VALUE);
        }
        return Long.parseLong(t);
    }

    /**
     * The "|"-separated values of a daily row, read in one pass without making a string per value (a daily file
     * holds a few hundred thousand of them, read at every start).
     */
    private static long[] values(CsvRow row) {
        String text = row.required("values");
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '|') {
                n++;
            }
        }
        long[] values = new long[n];
        int index = 0;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '|') {
                long v = 0;
                boolean ok = i > from && i - from <= 12;
                for (int j = from; ok && j < i; j++) {
                    char c = text.charAt(j);
                    ok = c >= '0' && c <= '9';
                    v = v * 10 + (c - '0');
                }
                // the slow path strips spaces, or throws with the reason
                values[index] = ok && v <= MAX_VALUE ? v : count(row, "values", text.substring(from, i), index + 1);
                index++;
                from = i + 1;
            }
        }
        return values;
    }
}
