package io.factcheck.bench;

import io.factcheck.kernel.Csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a synthetic dataset in the canonical format, to see how load time, heap and per-claim latency grow with
 * the data: {@code tenures} tenures spread over 200 countries and 200 posts each (people succeeding each other in
 * single-holder posts), and {@code events} coups and elections. Names are random syllables; the places file is
 * the bundled one, so real claims still resolve their jurisdictions; and {@code casualtySeries} daily cumulative
 * casualty series of {@value #DAYS} days each (one event per series, "disaster N", in one of 200 countries).
 * Deterministic for a given size.
 */
public final class SyntheticDataset {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ser", "gei", "va", "dim", "ir", "an", "tol",
            "pat", "ru", "shev", "no", "vich", "ko", "zan", "bek", "ul", "min", "aung", "hla", "ing", "tun"};
    private static final String[] PORTFOLIOS = {"Defence", "Finance", "Foreign Affairs", "Health", "Education",
            "Justice", "Transport", "Energy", "Culture", "Agriculture", "Labour", "Trade", "Industry", "Sport",
            "Tourism", "Environment", "Interior", "Science", "Housing", "Communications"};

    static final int DAYS = 1000;

    private SyntheticDataset() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Path.of(args[4]));
    }

    /** @param bundled the bundled dataset folder, whose places.csv is reused */
    public static void write(Path out, int tenures, int events, int casualtySeries, Path bundled)
            throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("dataset.properties"), "name=synthetic-" + tenures + "\nversion=1\n"
                + "format=factcheck-dataset/1\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("sources.csv"), "id,name,url,licence,snapshot,citation\n"
                + "synthetic,Synthetic benchmark data,,generated,2030-12-31,\n", StandardCharsets.UTF_8);
        Files.copy(bundled.resolve("places.csv"), out.resolve("places.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String[] places = Files.readAllLines(bundled.resolve("places.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).limit(200).toArray(String[]::new);
        Random random = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("tenures.csv"), StandardCharsets.UTF_8)) {
            w.write("person,aliases,person_id,position,jurisdiction,start,end,holders,source,url,record_id,note\n");
            int postsPerPlace = 200;
            int perPost = Math.max(1, (tenures + places.length * postsPerPlace - 1) / (places.length * postsPerPlace));
            int written = 0;
            for (int p = 0; p < places.length && written < tenures; p++) {
                for (int post = 0; post < postsPerPlace && written < tenures; post++) {
                    String title = post < PORTFOLIOS.length ? "Minister of " + PORTFOLIOS[post]
                            : "Governor of Province " + post;
                    LocalDate start = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365));
                    for (int i = 0; i < perPost && written < tenures; i++, written++) {
                        LocalDate end = start.plusDays(200 + random.nextInt(1500));
                        boolean open = i == perPost - 1;
                        w.write(Csv.line(name(random), "", "S" + written, title, places[p], start.toString(),
                                open ? "" : end.toString(), "", "synthetic", "", "r" + written, ""));
                        w.write('\n');
                        start = end;
                    }
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("events.csv"), StandardCharsets.UTF_8)) {
            w.write("id,kind,subtype,place,date,title,source,url,record_id,note\n");
            for (int i = 0; i < events; i++) {
                boolean coup = i % 4 == 0;
                String place = places[random.nextInt(places.length)];
                LocalDate day = LocalDate.of(1946, 1, 1).plusDays(random.nextInt(27_000));
                w.write(Csv.line("e" + i, coup ? "coup" : "election", coup ? "realized" : "legislative", place,
                        day.toString(), (coup ? "Coup" : "Election") + " " + i, "synthetic", "", "e" + i, ""));
                w.write('\n');
            }
        }
        writeCasualties(out, casualtySeries, places, random);
    }

    private static void writeCasualties(Path out, int count, String[] places, Random random) throws IOException {
        try (BufferedWriter series = Files.newBufferedWriter(out.resolve("casualty_series.csv"), StandardCharsets.UTF_8);
             BufferedWriter daily = Files.newBufferedWriter(out.resolve("casualty_daily.csv"), StandardCharsets.UTF_8)) {
            series.write("id,place,event,event_words,measure,cumulative,counter,role,source,note\n");
            daily.write("series,start,values\n");
            for (int i = 0; i < count; i++) {
                String id = "disaster-" + i;
                series.write(Csv.line(id, places[i % places.length], "disaster " + i, "disaster " + i, "killed", "yes",
                        "Synthetic counter", "primary", "synthetic", ""));
                series.write('\n');
                StringBuilder values = new StringBuilder(DAYS * 5);
                long total = 0;
                for (int day = 0; day < DAYS; day++) {
                    total += random.nextInt(20);
                    values.append(day == 0 ? "" : "|").append(total);
                }
                daily.write(Csv.line(id, "2020-01-01", values.toString()));
                daily.write('\n');
            }
        }
    }

    private static String name(Random random) {
        return word(random) + " " + word(random);
    }

    private static String word(Random random) {
        StringBuilder s = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.toString();
    }
}
