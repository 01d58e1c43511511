package io.factcheck.api;

import io.factcheck.kernel.DatasetFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where the reference data comes from: a base dataset ({@code factcheck.reference.path}, else the bundled copy
 * unless {@code factcheck.reference.bundled=false}) and the directories layered over it, lowest first
 * ({@code factcheck.reference.layers}, comma-separated).
 */
record ReferenceLocation(String path, boolean bundled, List<String> layers) {

    ReferenceLocation {
        path = path == null ? "" : path.strip();
        layers = List.copyOf(layers);
    }

    static ReferenceLocation of(Optional<String> path, Optional<Boolean> bundled, Optional<String> layers) {
        return new ReferenceLocation(path.orElse(""), bundled.orElse(true), split(layers.orElse("")));
    }

    /** The location as set before Quarkus reads its configuration: system properties or the environment. */
    static ReferenceLocation fromLaunch() {
        return of(launch("factcheck.reference.path"), launch("factcheck.reference.bundled").map(Boolean::parseBoolean),
                launch("factcheck.reference.layers"));
    }

    private static Optional<String> launch(String key) {
        return Optional.ofNullable(System.getProperty(key))
                .or(() -> Optional.ofNullable(System.getenv(key.toUpperCase().replace('.', '_'))));
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The directories layered over the base. */
    List<Path> layerDirectories() {
        return layers.stream().map(Path::of).toList();
    }

    /** The directories outside the application (the base when it is one, and the layers): what can change. */
    List<Path> externalDirectories() {
        List<Path> dirs = new ArrayList<>();
        if (!path.isEmpty()) {
            dirs.add(Path.of(path));
        }
        dirs.addAll(layerDirectories());
        return dirs;
    }

    /** The datasets to load, lowest first. */
    List<DatasetFiles> stack() {
        List<DatasetFiles> stack = new ArrayList<>();
        if (!path.isEmpty()) {
            stack.add(DatasetFiles.directory(Path.of(path)));
        } else if (bundled) {
            stack.add(DatasetFiles.classpath("dataset"));
        }
        layerDirectories().forEach(dir -> stack.add(DatasetFiles.directory(dir)));
        if (stack.isEmpty()) {
            throw new IllegalStateException("no reference data: factcheck.reference.bundled=false needs"
                    + " factcheck.reference.path or factcheck.reference.layers");
        }
        return stack;
    }
}
