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
 * {@link ScaleBench}), for the whole dataset and for the officials wing alone. Bytes per tenure divide the heap
 * of what was loaded (for the whole dataset, events and casualty series included) by the tenures. Run through the
 * bench profile:
 * {@code ./mvnw -Pbench test-compile exec:exec -Djmh.main=io.factcheck.bench.ScaleReport -Djmh.args=""}
 */
public final class ScaleReport {
    static final Path ROOT = Path.of("target/scale");
    static final Path BUNDLED = Path.of("src/main/resources/dataset");

    private ScaleReport() {
    }

    /**
     * Without arguments: every size, the whole dataset and then the officials wing alone, each measured in a JVM
     * of its own (so each load is a first load, as at a cold start). With "size [officials]": that one measurement.
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            measure(Integer.parseInt(args[0]), args.length > 1 && args[1].equals("officials"));
            return;
        }
        System.out.printf("%-10s %-10s %-8s %-8s %10s %10s %14s%n", "tenures", "loaded", "events", "series",
                "load ms", "heap MiB", "bytes/tenure");
        for (int tenures : new int[] {10_000, 100_000, 1_000_000}) {
            dataset(tenures);
            for (String mode : new String[] {"whole", "officials"}) {
                Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx6g", "-cp", System.getProperty("java.class.path"), ScaleReport.class.getName(),
                        String.valueOf(tenures), mode).inheritIO().start();
                if (child.waitFor() != 0) {
                    throw new IllegalStateException("measuring " + tenures + " " + mode + " failed");
                }
            }
        }
    }

    private static void measure(int tenures, boolean officialsOnly) throws Exception {
        DatasetFiles files = DatasetFiles.directory(dataset(tenures));
        RowLookups lookups = officialsOnly ? lookups(files) : null;
        long before = usedHeap();
        long start = System.nanoTime();
        Object loaded = officialsOnly ? TenureReader.load(files, lookups)
                : ReferenceDataset.load(files, Clock.systemUTC());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long retained = usedHeap() - before;
        int count = loaded instanceof TenureIndex index ? index.tenureCount()
                : ((ReferenceDataset) loaded).info().records().get("tenures");
        if (count != tenures) {
            throw new IllegalStateException("generated " + count + " tenures, not " + tenures);
        }
        System.out.printf("%-10d %-10s %-8s %-8s %10d %10.1f %14d%n", tenures, officialsOnly ? "officials" : "all",
                officialsOnly ? "-" : String.valueOf(tenures / 10), officialsOnly ? "-" : String.valueOf(series(tenures)),
                millis, retained / 1048576.0, retained / tenures);
        Reference.reachabilityFence(loaded);
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

    /** The heap in use after a few full collections: what is retained. */
    static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
