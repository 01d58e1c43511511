package io.factcheck.kernel;

/**
 * A layer's record that contradicts a record of a lower layer (or the base) without replacing it: both stay loaded,
 * and the desk decides which is right (replace or delete the wrong one by its key).
 *
 * @param kind   "term dates", "single holder", "event date" or "cumulative count"
 * @param record the layer's record, "desk-fr/tenures.csv:3", and its key
 * @param lower  the lower record it contradicts, "tenures.csv:40211", and its key
 */
public record LayerConflict(String kind, String record, String key, String lower, String lowerKey, String reason) {
}
