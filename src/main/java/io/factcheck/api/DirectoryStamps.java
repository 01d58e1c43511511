package io.factcheck.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the files of some directories look like now (name, size, last change), so that a change to any of them, a
 * file added or removed included, can be told by comparing two stamps. Reads only the directories' entries:
 * cheap enough to take on every request in dev mode.
 */
record DirectoryStamps(Map<String, String> files) {

    static DirectoryStamps of(List<Path> directories) {
        Map<String, String> files = new TreeMap<>();
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                files.put(dir.toString(), "missing");
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                entries.forEach(file -> files.put(file.toString(), stamp(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("listing " + dir, e);
            }
        }
        return new DirectoryStamps(Map.copyOf(files));
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "unreadable"; // removed while listed: the next stamp tells
        }
    }
}
