package io.factcheck.bench;

import io.factcheck.casualties.CasualtyClaim;
import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.dates.DateClaim;
import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.Csv;
import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.VerdictLabel;
import io.factcheck.official.OfficialClaim;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Claims drawn from a dataset's own rows (seeded, uniformly over each file), so that datasets of every size answer
 * the same kind of mix: a recorded holder of a recorded post on a day inside the term, by full name and by surname,
 * and on a day ten years before it; an event on its recorded day and three days off; a recorded casualty figure on
 * its day, and twice that figure.
 */
final class SampledClaims {
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    final OfficialClaim[] officials;
    final DateClaim[] dates;
    final CasualtyClaim[] casualties;

    private SampledClaims(List<OfficialClaim> officials, List<DateClaim> dates, List<CasualtyClaim> casualties) {
        this.officials = officials.toArray(OfficialClaim[]::new);
        this.dates = dates.toArray(DateClaim[]::new);
        this.casualties = casualties.toArray(CasualtyClaim[]::new);
    }

    /** About {@code rows} sampled rows per kind, each giving two or three claims. */
    static SampledClaims from(Path dir, int rows, long seed) throws IOException {
        Places places;
        try (Reader reader = Files.newBufferedReader(dir.resolve(Places.FILE), StandardCharsets.UTF_8)) {
            places = Places.load(reader, Places.FILE);
        }
        Function<String, String> placeName = id -> places.byId(id).orElseThrow().name();
        Random random = new Random(seed);
        List<OfficialClaim> officials = new ArrayList<>();
        for (CsvRow row : sample(dir.resolve("tenures.csv"), rows, random)) {
            DateSpan start = DateSpan.parseIso(row.get("start"));
            DateSpan end = row.optional("end") == null ? null : DateSpan.parseIso(row.get("end"));
            LocalDate inside = end == null || !end.start().isAfter(start.end().plusDays(1)) ? start.end().plusDays(1)
                    : start.end().plusDays((end.start().toEpochDay() - start.end().toEpochDay()) / 2);
            String person = row.get("person");
            String place = placeName.apply(row.get("jurisdiction"));
            officials.add(new OfficialClaim(person, row.get("position"), place, inside.toString(), null, null));
            officials.add(new OfficialClaim(person.substring(person.lastIndexOf(' ') + 1), row.get("position"), place,
                    inside.toString(), null, null));
            officials.add(new OfficialClaim(person, row.get("position"), place,
                    start.start().minusYears(10).toString(), null, null));
        }
        List<DateClaim> dates = new ArrayList<>();
        for (CsvRow row : sample(dir.resolve("events.csv"), rows, random)) {
            LocalDate day = DateSpan.parseIso(row.get("date")).start();
            if (day.getYear() < 1800) {
                continue; // copy does not date events of those centuries to the day (NOAA's earthquakes reach 10 AD)
            }
            String event = placeName.apply(row.get("place")) + " " + row.get("kind");
            dates.add(new DateClaim(event, WRITTEN.format(day), null, null));
            dates.add(new DateClaim(event, WRITTEN.format(day.plusDays(3)), null, null));
        }
        return new SampledClaims(officials, dates, casualties(dir, rows, random, placeName));
    }

    /** Recorded figures: sparse observations and points of daily series, each claimed as it is and doubled. */
    private static List<CasualtyClaim> casualties(Path dir, int rows, Random random,
                                                  Function<String, String> placeName) throws IOException {
        Map<String, CsvRow> series = new java.util.HashMap<>();
        read(dir.resolve("casualty_series.csv"), row -> series.put(row.get("id"), row));
        List<String[]> figures = new ArrayList<>(); // series id, day, value
        for (CsvRow row : sample(dir.resolve("casualty_daily.csv"), rows, random)) {
            String[] values = row.get("values").split("\\|");
            int k = random.nextInt(values.length);
            if (!values[k].isEmpty()) {
                figures.add(new String[] {row.get("series"),
                        LocalDate.parse(row.get("start")).plusDays(k).toString(), values[k]});
            }
        }
        Path observations = dir.resolve("casualty_observations.csv");
        if (Files.exists(observations)) {
            for (CsvRow row : sample(observations, rows, random)) {
                figures.add(new String[] {row.get("series"), row.get("as_of"), row.get("value")});
            }
        }
        List<CasualtyClaim> out = new ArrayList<>();
        for (String[] figure : figures) {
            CsvRow s = series.get(figure[0]);
            String measure = s.get("measure").replace('_', ' ');
            long value = Long.parseLong(figure[2]);
            String place = placeName.apply(s.get("place"));
            out.add(new CasualtyClaim(place, s.get("event"), measure, value, "at least", figure[1], null, null));
            out.add(new CasualtyClaim(place, s.get("event"), measure, value * 2 + 10, "more than", figure[1], null,
                    null));
        }
        return out;
    }

    /** How many claims of each kind come out SUPPORTED, REFUTED, MISLEADING or UNVERIFIABLE on a dataset. */
    Map<VerdictLabel, Integer>[] verdicts(ReferenceDataset dataset) {
        @SuppressWarnings("unchecked")
        Map<VerdictLabel, Integer>[] out = new Map[] {new EnumMap<>(VerdictLabel.class),
                new EnumMap<>(VerdictLabel.class), new EnumMap<>(VerdictLabel.class)};
        for (OfficialClaim c : officials) {
            out[0].merge(dataset.officials().verify(c).verdict(), 1, Integer::sum);
        }
        for (DateClaim c : dates) {
            out[1].merge(dataset.dates().verify(c).verdict(), 1, Integer::sum);
        }
        for (CasualtyClaim c : casualties) {
            try {
                out[2].merge(dataset.casualties().verify(c).verdict(), 1, Integer::sum);
            } catch (ClaimRejected e) {
                throw new IllegalStateException("sampled claim rejected: " + c + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Up to n rows of a CSV file, chosen uniformly (reservoir sampling). */
    private static List<CsvRow> sample(Path file, int n, Random random) throws IOException {
        List<CsvRow> kept = new ArrayList<>(n);
        int[] seen = {0};
        read(file, row -> {
            seen[0]++;
            if (kept.size() < n) {
                kept.add(row);
            } else {
                int slot = random.nextInt(seen[0]);
                if (slot < n) {
                    kept.set(slot, row);
                }
            }
        });
        return kept;
    }

    private static void read(Path file, Consumer<CsvRow> rows) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Csv.read(reader, file.getFileName().toString(), List.of(), rows);
        }
    }
}
