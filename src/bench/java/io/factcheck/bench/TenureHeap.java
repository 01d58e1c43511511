package io.factcheck.bench;

import io.factcheck.casualties.CasualtyVerifier;
import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.dates.DateVerifier;
import io.factcheck.kernel.DatasetFiles;

import java.lang.ref.Reference;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;

/**
 * Heap per tenure on the real rows (issue 25): the heap the bundled dataset holds, less the heap of the same dataset
 * loaded without its officials (places, cities, events and casualties alike), divided by its tenures. Each load is
 * measured after full collections, several times, and the median is taken. Run it with the serial collector, whose
 * used heap counts bytes: G1 counts a large array (the packed text, the row columns) as the whole regions it takes.
 * {@code ./mvnw -Pbench test-compile exec:exec -Djmh.main="-XX:+UseSerialGC io.factcheck.bench.TenureHeap" -Djmh.args=""}.
 */
public final class TenureHeap {
    private static final int ROUNDS = 5;

    private TenureHeap() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> withoutOfficials = Set.of(DateVerifier.KIND, CasualtyVerifier.KIND);
        long[] all = new long[ROUNDS];
        long[] without = new long[ROUNDS];
        int tenures = 0;
        int posts = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long before = ScaleReport.usedHeap();
            ReferenceDataset whole = ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC());
            all[round] = ScaleReport.usedHeap() - before;
            tenures = whole.info().records().get("tenures");
            posts = whole.info().records().get("posts");
            Reference.reachabilityFence(whole);
            whole = null;

            before = ScaleReport.usedHeap();
            ReferenceDataset rest = ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC(),
                    withoutOfficials);
            without[round] = ScaleReport.usedHeap() - before;
            Reference.reachabilityFence(rest);
            rest = null;
        }
        long wholeHeap = median(all);
        long restHeap = median(without);
        System.out.printf("bundled dataset %.1f MiB, without its officials %.1f MiB (medians of %d loads)%n",
                mib(wholeHeap), mib(restHeap), ROUNDS);
        System.out.printf("officials %.1f MiB for %,d tenures in %,d posts: %d B per tenure%n",
                mib(wholeHeap - restHeap), tenures, posts, (wholeHeap - restHeap) / tenures);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
