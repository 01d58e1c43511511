package io.factcheck.bench;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;

import java.lang.ref.Reference;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap a reload needs: the bundled dataset (every wing, from the classpath as the service reads it, compiled
 * image included) retained once, then twice, as while a reload holds the old one for requests in flight and the new
 * one is loaded. Run through the bench profile (pass -Xmx as the deployment would in jmh.args' JVM, see bench/RESULTS):
 * {@code ./mvnw -Pbench test-compile exec:exec -Djmh.main=io.factcheck.bench.ReloadMemory -Djmh.args=""}; layer
 * directories given as arguments are loaded over it, as {@code factcheck.reference.layers} does.
 */
public final class ReloadMemory {
    private ReloadMemory() {
    }

    public static void main(String[] args) throws Exception {
        List<DatasetFiles> stack = new ArrayList<>(List.of(DatasetFiles.classpath("dataset")));
        for (String layer : args) {
            stack.add(DatasetFiles.directory(Path.of(layer)));
        }
        long empty = ScaleReport.usedHeap();
        long started = System.nanoTime();
        ReferenceDataset serving = ReferenceDataset.load(stack, Clock.systemUTC(), ReferenceDataset.ALL_KINDS);
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        long one = ScaleReport.usedHeap();
        started = System.nanoTime();
        ReferenceDataset next = ReferenceDataset.load(stack, Clock.systemUTC(), ReferenceDataset.ALL_KINDS);
        long reloadMillis = (System.nanoTime() - started) / 1_000_000;
        long both = ScaleReport.usedHeap();
        Reference.reachabilityFence(serving);
        serving = null;
        long after = ScaleReport.usedHeap();
        Reference.reachabilityFence(next);
        System.out.printf("first load %d ms, reload %d ms%n", firstMillis, reloadMillis);
        System.out.printf("heap: no dataset %.1f MiB, one dataset %.1f MiB, both held %.1f MiB, after the swap %.1f MiB%n",
                mib(empty), mib(one), mib(both), mib(after));
        System.out.printf("a reload needs %.1f MiB more heap while both are held%n", mib(both - one));
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
