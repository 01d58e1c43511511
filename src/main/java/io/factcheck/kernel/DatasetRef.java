package io.factcheck.kernel;

/** Names the dataset (and its version) that a verdict was computed from. */
public record DatasetRef(String name, String version) {
}
