package io.factcheck.api;

import io.factcheck.dataset.DatasetInfo;
import io.factcheck.kernel.LayerConflict;
import io.quarkus.logging.Log;

/** Says at each load which layers were read and where they contradict a lower one, so a desk sees it in the log. */
final class LayerLog {
    private LayerLog() {
    }

    static void loaded(DatasetInfo info) {
        for (DatasetInfo.Layer layer : info.layers()) {
            Log.infof("Layer %s %s from %s: %s", layer.name(), layer.version(), layer.location(), layer.files());
        }
        if (!info.conflicts().isEmpty()) {
            Log.warnf("%d conflicts between layers of dataset %s (listed in GET /api/v1/datasets)",
                    info.conflicts().size(), info.version());
            for (LayerConflict c : info.conflicts()) {
                Log.infof("Conflict (%s): %s [%s] against %s [%s]: %s", c.kind(), c.record(), c.key(), c.lower(),
                        c.lowerKey(), c.reason());
            }
        }
    }
}
