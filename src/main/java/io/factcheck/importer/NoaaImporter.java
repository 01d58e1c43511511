package io.factcheck.importer;

import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NOAA NCEI's Global Significant Earthquake Database (tab-separated, CRLF, downloaded 2019-02-20): every earthquake
 * with deaths or of magnitude {@value #MAJOR} or more an event of kind "earthquake" in its country (the others are
 * left out as out of scope: copy dates the deadly and the great ones, and they would only slow the load), and every
 * one with deaths and a known day a series of one final
 * toll ("killed", final_toll = event): TOTAL_DEATHS (the earthquake with its tsunami and other effects) where
 * given, else DEATHS.
 *
 * <p>Out of scope, and so neither imported nor reported as bad: events before the common era (the dataset writes
 * years with four digits) and events whose COUNTRY is no place of the gazetteer (oceans, seas, overseas
 * territories). Their numbers are printed by the build and given in the README.
 */
public final class NoaaImporter {
    static final SourceRow SOURCE = new SourceRow("noaa-earthquakes",
            "NOAA NCEI/WDS Global Significant Earthquake Database (doi:10.7289/V5TD9V7K)",
            "https://www.ngdc.noaa.gov/hazard/earthquake.shtml",
            "none stated for the data (a US government work); the R package copy is MIT-licensed; cite National"
                    + " Geophysical Data Center / World Data Service: NCEI/WDS Global Significant Earthquake Database",
            "2019-02-20", "anamikapoyil04/NCEI-Earthquakes at commit 7475e713 (inst/extdata/signif.txt)");
    static final String FILE = "signif.tsv";
    /** Earthquakes without deaths are kept from this magnitude: the great ones copy dates. */
    static final double MAJOR = 7.0;
    static final List<String> QUAKE_WORDS = List.of("earthquake", "earthquakes", "quake", "quakes", "tremor",
            "temblor", "noaa");

    private NoaaImporter() {
    }

    /** The casualty series alone, without the events or the import report: for tests of the casualties wing. */
    public static void importInto(Path sources, CasualtyDraft casualties, Places places) {
        importInto(sources, new DatasetDraft(), casualties, places);
    }

    /** What was left out as out of scope, by reason: for the build's output and the README. */
    static Map<String, Integer> importInto(Path sources, DatasetDraft draft, CasualtyDraft casualties, Places places) {
        Path file = sources.resolve("noaa").resolve(FILE);
        draft.source(SOURCE);
        casualties.source(SOURCE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8); // readLine drops the CR of CRLF
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        Map<String, Integer> column = new HashMap<>();
        String[] header = lines.get(0).split("\t", -1);
        for (int i = 0; i < header.length; i++) {
            column.put(header[i].strip(), i);
        }
        for (String required : List.of("I_D", "FLAG_TSUNAMI", "YEAR", "MONTH", "DAY", "EQ_PRIMARY", "COUNTRY",
                "LOCATION_NAME", "DEATHS", "TOTAL_DEATHS")) {
            if (!column.containsKey(required)) {
                throw new IllegalStateException(file + ": no column " + required);
            }
        }
        Map<String, Integer> outOfScope = new java.util.TreeMap<>();
        int rows = 0;
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            rows++;
            int line = n + 1;
            String[] f = lines.get(n).split("\t", -1);
            java.util.function.Function<String, String> get = c -> column.get(c) < f.length
                    ? f[column.get(c)].strip() : "";
            Integer year = signed(get.apply("YEAR"));
            String id = get.apply("I_D");
            if (year == null || id.isEmpty() || f.length != header.length) {
                draft.report.reject(SOURCE.id(), FILE, line, "no id or year, or " + f.length + " fields for "
                        + header.length + " columns");
                continue;
            }
            if (year < 1) {
                outOfScope.merge("before the common era", 1, Integer::sum);
                continue;
            }
            String country = get.apply("COUNTRY");
            Place place = places.resolve(country).orElse(null);
            if (place == null) {
                outOfScope.merge("COUNTRY not in the gazetteer", 1, Integer::sum);
                continue;
            }
            String date;
            try {
                date = date(year, get.apply("MONTH"), get.apply("DAY"));
            } catch (DateTimeException | NumberFormatException e) {
                draft.report.reject(SOURCE.id(), FILE, line, "no such date: year " + year + ", month '"
                        + get.apply("MONTH") + "', day '" + get.apply("DAY") + "'");
                continue;
            }
            String where = get.apply("LOCATION_NAME").replaceAll("\\s+", " ");
            String magnitude = get.apply("EQ_PRIMARY");
            boolean tsunami = get.apply("FLAG_TSUNAMI").equalsIgnoreCase("Tsu");
            String title = "Earthquake in " + place.name() + ": " + where + (magnitude.isEmpty() ? ""
                    : ", magnitude " + magnitude) + (tsunami ? ", with a tsunami" : "");
            String totalText = get.apply("TOTAL_DEATHS");
            Integer deaths = UcdpImporter.number(totalText.isEmpty() ? get.apply("DEATHS") : totalText);
            if ((deaths == null || deaths == 0) && !major(magnitude)) {
                outOfScope.merge("no deaths and magnitude under " + MAJOR, 1, Integer::sum);
                continue; // copy dates the deadly and the great earthquakes; the rest would only slow the load
            }
            // provenance is the record id (NOAA's I_D) and the file's line; the source's page is cited for the URL
            draft.events.add(new EventRow("noaa-eq-" + id, "earthquake", null, place.id(), date, title, SOURCE.id(),
                    null, id, FILE + ":" + line));
            if (deaths == null || deaths == 0 || date.length() != 10) {
                continue; // no deaths recorded, or no day to date the toll by
            }
            List<String> words = new ArrayList<>(QUAKE_WORDS);
            if (tsunami) {
                words.add("tsunami");
            }
            String seriesId = "noaa-eq-" + id;
            casualties.series(new CasualtySeriesRow(seriesId, place.id(), year + " earthquake (" + where + ")",
                    words, "killed", true, "NOAA NCEI", "primary", SOURCE.id(), "final toll of one earthquake", "event"));
            casualties.observations.add(new CasualtyObservationRow(seriesId, date, deaths, null, "no", "NOAA NCEI",
                    null, null, (totalText.isEmpty() ? "DEATHS " : "TOTAL_DEATHS ") + deaths + " (" + FILE + ":" + line
                    + ", I_D " + id + ")"));
        }
        draft.report.finish(SOURCE.id(), rows);
        return outOfScope;
    }

    private static boolean major(String magnitude) {
        try {
            return !magnitude.isEmpty() && Double.parseDouble(magnitude) >= MAJOR;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Integer signed(String text) {
        String t = text.strip();
        boolean negative = t.startsWith("-");
        Integer n = UcdpImporter.number(negative ? t.substring(1) : t);
        return n == null ? null : negative ? -n : n;
    }

    /** yyyy, yyyy-mm or yyyy-mm-dd (checked), the year padded to four digits. */
    private static String date(int year, String month, String day) {
        String y = String.format("%04d", year);
        if (month.isEmpty()) {
            return y;
        }
        int m = Integer.parseInt(month);
        if (day.isEmpty()) {
            return LocalDate.of(year, m, 1).toString().substring(0, 7).replaceFirst("^\\d+", y);
        }
        return String.format("%s-%02d-%02d", y, m, LocalDate.of(year, m, Integer.parseInt(day)).getDayOfMonth());
    }
}
