package io.factcheck.importer;

import io.factcheck.casualties.CasualtyReader;
import io.factcheck.kernel.Csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the casualty importers produce before it is written: their sources, series, observations and daily rows.
 * Written sorted (series by id, observations by series and date in import order, daily rows by series), so a
 * rebuild of unchanged sources reproduces the files byte for byte.
 */
public final class CasualtyDraft {
    static final String SOURCES_HEADER = SourceRow.HEADER;

    final Map<String, SourceRow> sources = new LinkedHashMap<>();
    final List<CasualtySeriesRow> series = new ArrayList<>();
    final List<CasualtyObservationRow> observations = new ArrayList<>();
    final List<CasualtyDailyRow> daily = new ArrayList<>();
    private final Set<String> seriesIds = new HashSet<>();

    void source(SourceRow source) {
        sources.put(source.id(), source);
    }

    void series(CasualtySeriesRow row) {
        if (!seriesIds.add(row.id())) {
            throw new IllegalStateException("casualty series '" + row.id() + "' imported twice");
        }
        series.add(row);
    }

    /** Adds this draft's sources to the main draft, for sources.csv. */
    void sourcesInto(DatasetDraft draft) {
        sources.values().forEach(draft::source);
    }

    /** casualty_series.csv, header first. */
    public List<String> seriesLines() {
        List<String> header = new ArrayList<>(CasualtyReader.SERIES_COLUMNS);
        header.addAll(CasualtyReader.OPTIONAL_SERIES_COLUMNS);
        return lines(header, series.stream()
                .sorted(Comparator.comparing(CasualtySeriesRow::id)).map(CasualtySeriesRow::csv).toList());
    }

    /** casualty_observations.csv, header first. */
    public List<String> observationLines() {
        return lines(CasualtyReader.OBSERVATION_COLUMNS, observations.stream()
                .sorted(Comparator.comparing(CasualtyObservationRow::series)
                        .thenComparing(CasualtyObservationRow::asOf))
                .map(CasualtyObservationRow::csv).toList());
    }

    /** casualty_daily.csv, header first. */
    public List<String> dailyLines() {
        return lines(CasualtyReader.DAILY_COLUMNS, daily.stream()
                .sorted(Comparator.comparing(CasualtyDailyRow::series)).map(CasualtyDailyRow::csv).toList());
    }

    /** This draft's rows of sources.csv, header first: for a dataset of the casualty files alone (tests). */
    public List<String> sourceLines() {
        List<String> out = new ArrayList<>();
        out.add(SOURCES_HEADER);
        sources.values().forEach(s -> out.add(s.csv()));
        return out;
    }

    /**
     * Writes the three casualty files into {@code dir} (UTF-8, "\n" line ends, a final newline).
     *
     * @return their contents, in the order series, observations, daily (for the dataset version hash)
     */
    public List<String> writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        return List.of(write(dir, CasualtyReader.SERIES, seriesLines()),
                write(dir, CasualtyReader.OBSERVATIONS, observationLines()),
                write(dir, CasualtyReader.DAILY, dailyLines()));
    }

    /** The latest snapshot of this draft's sources (yyyy-mm-dd). */
    public String latestSnapshot() {
        return sources.values().stream().map(SourceRow::snapshot).max(String::compareTo).orElse("unknown");
    }

    public int seriesCount() {
        return series.size();
    }

    public int observationCount() {
        return observations.size();
    }

    public int dailyCount() {
        return daily.size();
    }

    static String write(Path dir, String name, List<String> lines) throws IOException {
        String text = String.join("\n", lines) + "\n";
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return text;
    }

    private static List<String> lines(List<String> header, List<String> rows) {
        List<String> out = new ArrayList<>(rows.size() + 1);
        out.add(Csv.line(header.toArray(String[]::new)));
        out.addAll(rows);
        return out;
    }
}
