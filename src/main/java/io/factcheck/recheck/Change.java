package io.factcheck.recheck;

/**
 * One difference between the published verdict and the new one.
 *
 * @param what "verdict", "evidence.added", "evidence.removed", "evidence.corrected", "dataset.version",
 *             "dataset.layers" (the layers over the base, each with its version), "count" or "holder"
 * @param from the value then (null for something added)
 * @param to   the value now (null for something removed)
 * @param says the change in words, for a desk's list
 */
public record Change(String what, String from, String to, String says) {
}
