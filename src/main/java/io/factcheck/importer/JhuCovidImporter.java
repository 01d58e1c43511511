package io.factcheck.importer;

import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * JHU CSSE's global COVID-19 deaths ({@code time_series_covid19_deaths_global.csv}): a wide file,
 * {@code Province,Country,Lat,Lon} then one column of cumulative deaths per day (M/D/YYYY). Province rows are
 * summed per country (overseas territories listed under a country count towards it, as in JHU's country totals);
 * countries map through the gazetteer, the non-places (cruise ships, Olympic Games, Antarctica) are skipped by
 * name, and any other unknown name fails. One daily series per place: {@code covid19-deaths-<placeId>}.
 */
public final class JhuCovidImporter {
    static final SourceRow SOURCE = new SourceRow("jhu-csse-covid19",
            "COVID-19 Data Repository by the Center for Systems Science and Engineering (CSSE) at Johns Hopkins"
                    + " University",
            "https://github.com/CSSEGISandData/COVID-19", "CC BY 4.0", "2023-03-09",
            "time_series_covid19_deaths_global.csv via Al-AminLAB/Health_Datasets at commit 471948d2 (a copy of"
                    + " CSSEGISandData/COVID-19 csse_covid_19_data/csse_covid_19_time_series)");
    static final String FILE = "time_series_covid19_deaths_global.csv";
    static final Set<String> NOT_PLACES = Set.of("Diamond Princess", "MS Zaandam", "Summer Olympics 2020",
            "Winter Olympics 2022", "Antarctica");
    static final List<String> EVENT_WORDS = List.of("covid", "covid-19", "coronavirus", "pandemic", "covid19");
    private static final List<String> FIXED = List.of("Province", "Country", "Lat", "Lon");

    private JhuCovidImporter() {
    }

    /** Reads {@code <sources>/jhu-csse-covid-deaths/time_series_covid19_deaths_global.csv} into the draft. */
    public static void importInto(Path sources, CasualtyDraft draft, Places places) {
        Path file = sources.resolve("jhu-csse-covid-deaths").resolve(FILE);
        List<String> dayColumns = dayColumns(file);
        LocalDate start = date(dayColumns.get(0), 0);
        for (int i = 1; i < dayColumns.size(); i++) {
            if (!date(dayColumns.get(i), i).equals(start.plusDays(i))) {
                throw new DataFormatException(FILE, 1, "column '" + dayColumns.get(i) + "' is not the day after '"
                        + dayColumns.get(i - 1) + "'");
            }
        }
        Map<String, long[]> totals = new TreeMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, Integer> rowCounts = new LinkedHashMap<>();
        for (CsvRow row : SourceFiles.rows(file, StandardCharsets.UTF_8, FIXED)) {
            String country = row.required("Country");
            if (NOT_PLACES.contains(country)) {
                continue;
            }
            Place place = places.resolve(country).orElseThrow(() -> row.error("country '" + country
                    + "' is not in places.csv (add it, or list it among the non-places)"));
            long[] sum = totals.computeIfAbsent(place.id(), k -> new long[dayColumns.size()]);
            for (int i = 0; i < dayColumns.size(); i++) {
                String cell = row.get(dayColumns.get(i));
                if (cell.isEmpty() || !cell.chars().allMatch(c -> c >= '0' && c <= '9') || cell.length() > 12) {
                    throw row.error("column '" + dayColumns.get(i) + "': '" + cell + "' is not a whole number");
                }
                sum[i] += Long.parseLong(cell);
            }
            List<String> spelled = names.computeIfAbsent(place.id(), k -> new ArrayList<>());
            if (!spelled.contains(country)) {
                spelled.add(country);
            }
            rowCounts.merge(place.id(), 1, Integer::sum);
        }
        draft.source(SOURCE);
        totals.forEach((placeId, values) -> {
            String id = "covid19-deaths-" + placeId;
            int rows = rowCounts.get(placeId);
            String note = "cumulative reported COVID-19 deaths; " + (rows == 1 ? "the row" : "sum of the " + rows
                    + " rows") + " of " + FILE + " for Country '" + String.join("', '", names.get(placeId)) + "'";
            draft.series(new CasualtySeriesRow(id, placeId, "COVID-19", EVENT_WORDS, "deaths", true, "JHU CSSE",
                    "primary", SOURCE.id(), note));
            draft.daily.add(new CasualtyDailyRow(id, start.toString(), values));
        });
    }

    private static List<String> dayColumns(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new DataFormatException(FILE, 1, "empty file");
            }
            List<String> columns = new ArrayList<>();
            for (String c : header.split(",", -1)) {
                columns.add(c.replace("\"", "").replace("\uFEFF", "").strip());
            }
            if (columns.size() < 5 || !columns.subList(0, 4).equals(FIXED)) {
                throw new DataFormatException(FILE, 1, "header must start " + FIXED + " and have day columns");
            }
            return List.copyOf(columns.subList(4, columns.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /** "1/22/2020" -> 2020-01-22. */
    private static LocalDate date(String column, int index) {
        String[] parts = column.split("/");
        try {
            if (parts.length != 3) {
                throw new NumberFormatException();
            }
            return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new DataFormatException(FILE, 1, "column " + (index + 5) + " '" + column + "' is not a day M/D/YYYY");
        }
    }
}
