package io.factcheck.api;

import io.factcheck.TestDirs;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Two desks' layers over the bundled data, with API keys on (reloading needs them): the Paris desk's French
 * governments ({@link #DESK_FR}, {@link LayersTest}) and a desk's casualty counts ({@link #DESK_COUNTS}, a temporary
 * directory {@link RecheckAfterALayerTest} writes and reloads). One test profile for both tests: a profile is an
 * augmentation and a start.
 */
public class DeskLayers implements QuarkusTestProfile {
    public static final String KEY = "desk-layers-test-key-0123456789";
    public static final String DESK_FR = "src/test/resources/layers/desk-fr";
    public static final Path DESK_COUNTS = deskCounts();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("factcheck.reference.layers", DESK_FR + "," + DESK_COUNTS, "factcheck.api-keys", KEY);
    }

    /** The desk's layer at its first version: a manifest and no records yet. */
    private static Path deskCounts() {
        try {
            Path dir = TestDirs.createDeletedAtExit("desk-counts");
            version(dir, "1");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deskCountsVersion(String version) throws IOException {
        version(DESK_COUNTS, version);
    }

    private static void version(Path dir, String version) throws IOException {
        Files.writeString(dir.resolve("dataset.properties"), "name=desk-counts\nversion=" + version
                + "\nformat=factcheck-dataset/1\n");
    }
}
