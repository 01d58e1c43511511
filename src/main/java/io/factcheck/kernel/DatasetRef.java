package io.factcheck.kernel;

import java.util.List;

/**
 * Names the dataset (and its version) that a verdict was computed from, and the layers loaded over its base (null
 * without layers, so answers over the base alone read as before).
 */
public record DatasetRef(String name, String version, List<Layer> layers) {

    /** A layer over the base, as its {@code dataset.properties} names it. */
    public record Layer(String name, String version) {
    }

    public DatasetRef {
        layers = layers == null || layers.isEmpty() ? null : List.copyOf(layers);
    }

    public DatasetRef(String name, String version) {
        this(name, version, null);
    }
}
