package io.factcheck.dataset;

import io.factcheck.kernel.SourceInfo;

import java.util.List;
import java.util.Map;

/** What is loaded, for {@code GET /api/v1/datasets}: name, version, where from, record counts and sources. */
public record DatasetInfo(String name, String version, String format, String built, String location,
                          Map<String, Integer> records, List<SourceInfo> sources, long loadMillis) {
}
