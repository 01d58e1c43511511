package io.factcheck.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the layers of a stack did while it loaded: per layer and file, the records added, replaced and deleted, and
 * the conflicts between layers. The wings load side by side and report here, hence the locks.
 */
public final class LoadReport {
    /** What one layer's file did to the records below it. */
    public record Counts(int added, int replaced, int deleted) {
    }

    private final Map<Integer, Map<String, Counts>> counts = new TreeMap<>();
    private final List<LayerConflict> conflicts = new ArrayList<>();

    public synchronized void counted(int level, String file, Counts fileCounts) {
        counts.computeIfAbsent(level, k -> new TreeMap<>()).put(file, fileCounts);
    }

    public synchronized void conflict(LayerConflict conflict) {
        conflicts.add(conflict);
    }

    /** The files one layer holds (by their plain name, "tenures.csv") and what each did. */
    public synchronized Map<String, Counts> counts(int level) {
        return Map.copyOf(counts.getOrDefault(level, Map.of()));
    }

    /** Every conflict, by the layer's file and line, then the lower record's (wings report in parallel). */
    public synchronized List<LayerConflict> conflicts() {
        Comparator<String> byRow = Comparator.comparing((String at) -> at.substring(0, at.lastIndexOf(':') + 1))
                .thenComparingInt(at -> Integer.parseInt(at.substring(at.lastIndexOf(':') + 1)));
        return conflicts.stream().sorted(Comparator.comparing(LayerConflict::record, byRow)
                .thenComparing(LayerConflict::lower, byRow)).toList();
    }
}
