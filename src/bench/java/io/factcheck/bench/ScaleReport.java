package io.factcheck.bench;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;

import io.factcheck.kernel.Places;
import io.factcheck.kernel.RowLookups;
import io.factcheck.kernel.SourceInfo;
import io.factcheck.official.TenureIndex;
import io.factcheck.official.TenureReader;

import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Load time and retained heap of the dataset at growing sizes (the per-claim latency at each size is
 * {@link ScaleBench}). *Bytes per tenure count the whole dataset's heap (events and casualty series included)
 * against its tenures. Run through the bench profile:
 * {@code ./mvnw -Pbench test-compile exec:exec -Djmh.main=io.factcheck.bench.ScaleReport -Djmh.args=""}
 */
public final class ScaleReport {
    static final Path ROOT = Path.of("target/scale");
    static final Path BUNDLED = Path.of("src/main/resources/dataset");

    private ScaleReport() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000, 1_000_000};
        officialsAlone(sizes);
        System.out.printf("%-10s %-8s %-8s %12s %14s %16s%n", "tenures", "events", "series", "load ms", "heap MiB",
                "bytes/tenure*");
        for (int tenures : sizes) {
            int events = tenures / 10;
            Path dir = dataset(tenures);
            long before = usedHeap();
            long start = System.nanoTime();
            ReferenceDataset dataset = ReferenceDataset.load(DatasetFiles.directory(dir), Clock.systemUTC());
            long millis = (System.nanoTime() - start) / 1_000_000;
            long retained = usedHeap() - before;
            System.out.printf("%-10d %-8d %-8d %12d %14.1f %16d%n", tenures, events, series(tenures), millis,
                    retained / 1048576.0, retained / tenures);
            if (dataset.info().records().get("tenures") != tenures) {
                throw new IllegalStateException("generated " + dataset.info().records());
            }
        }
    }

    /** The officials wing on its own: what a tenure costs to load and to keep, without events and casualties. */
    private static void officialsAlone(int[] sizes) throws Exception {
        System.out.printf("%-10s %12s %14s %16s%n", "tenures", "load ms", "heap MiB", "bytes/tenure");
        for (int tenures : sizes) {
            DatasetFiles files = DatasetFiles.directory(dataset(tenures));
            RowLookups lookups = lookups(files);
            long before = usedHeap();
            long start = System.nanoTime();
            TenureIndex index = TenureReader.load(files, lookups);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long retained = usedHeap() - before;
            System.out.printf("%-10d %12d %14.1f %16d%n", index.tenureCount(), millis, retained / 1048576.0,
                    retained / tenures);
            Reference.reachabilityFence(index);
        }
        System.out.println();
    }

    private static RowLookups lookups(DatasetFiles files) {
        Places places = files.readRequired(Places.FILE, r -> Places.load(r, Places.FILE));
        SourceInfo synthetic = new SourceInfo("synthetic", "Synthetic benchmark data", null, "generated",
                java.time.LocalDate.of(2030, 12, 31), null);
        return new RowLookups(places, Map.of(synthetic.id(), synthetic));
    }

    /** One event per ten tenures, one daily casualty series per hundred (10,000 at 1 million tenures). */
    static Path dataset(int tenures) throws Exception {
        Path dir = ROOT.resolve(String.valueOf(tenures));
        if (!Files.exists(dir.resolve("casualty_daily.csv"))) {
            SyntheticDataset.write(dir, tenures, tenures / 10, series(tenures), BUNDLED);
        }
        return dir;
    }

    static int series(int tenures) {
        return tenures / 100;
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
