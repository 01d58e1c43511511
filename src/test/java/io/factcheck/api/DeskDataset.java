package io.factcheck.api;

import io.factcheck.TestDirs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A newsroom's own small dataset directory, written to a temporary folder for tests that change it while the
 * service runs: the bundled gazetteer, one source and a tenures file the test appends to.
 */
final class DeskDataset {
    static final String TENURES_HEADER = "person,aliases,person_id,position,jurisdiction,start,end,holders,source,url,"
            + "record_id,note\n";

    private final Path dir;

    private DeskDataset(Path dir) {
        this.dir = dir;
    }

    static DeskDataset create(String prefix) {
        try {
            Path dir = TestDirs.createDeletedAtExit(prefix);
            DeskDataset desk = new DeskDataset(dir);
            try (InputStream places = DeskDataset.class.getClassLoader().getResourceAsStream("dataset/places.csv")) {
                Files.copy(places, dir.resolve("places.csv"));
            }
            Files.writeString(dir.resolve("sources.csv"), "id,name,url,licence,snapshot,citation\n"
                    + "desk,The desk's own list,,written by the desk,2026-11-30,\n");
            desk.version("1");
            Files.writeString(dir.resolve("tenures.csv"), TENURES_HEADER
                    + "Élisabeth Borne,,,Prime Minister,France,2022-05-16,2024-01-09,single,desk,,fr-pm-1,\n");
            return desk;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    void version(String version) {
        write("dataset.properties", "name=desk\nversion=" + version + "\nformat=factcheck-dataset/1\n");
    }

    void appendTenure(String row) {
        try {
            Files.writeString(dir.resolve("tenures.csv"), row + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
