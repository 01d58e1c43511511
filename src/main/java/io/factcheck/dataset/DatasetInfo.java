package io.factcheck.dataset;

import io.factcheck.kernel.LayerConflict;
import io.factcheck.kernel.LoadReport;
import io.factcheck.kernel.SourceInfo;

import java.util.List;
import java.util.Map;

/**
 * What is loaded, for {@code GET /api/v1/datasets}: name, version, where from, record counts and sources; the layers
 * over the base, lowest first, and where they contradict a lower one.
 */
public record DatasetInfo(String name, String version, String format, String built, String location,
                          Map<String, Integer> records, List<SourceInfo> sources, long loadMillis, List<Layer> layers,
                          List<LayerConflict> conflicts) {

    /**
     * A layer as loaded.
     *
     * @param files per file of the layer ("tenures.csv"), the records it added, replaced and deleted
     */
    public record Layer(String name, String version, String location, Map<String, LoadReport.Counts> files) {
    }
}
