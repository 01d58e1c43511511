package io.factcheck.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** Where the files of a dataset live: a directory a newsroom points at, or the bundled copy on the classpath. */
public interface DatasetFiles {

    /** For messages: "classpath:dataset/" or the directory path. */
    String describe();

    /** Opens a file of the dataset as UTF-8, or empty when the dataset has no such file. */
    Optional<Reader> open(String name);

    /**
     * Opens a file of the dataset as bytes (a compiled image), or empty when the dataset has no such file;
     * a dataset that holds only text has none.
     */
    default Optional<InputStream> openStream(String name) {
        return Optional.empty();
    }

    /** The length of a file of the dataset in bytes, or -1 when it has no such file or cannot tell. */
    default long length(String name) {
        return -1;
    }

    /** Parses a file of the dataset, or empty when the dataset has no such file; the reader is closed after. */
    default <T> Optional<T> read(String name, Function<Reader, T> parse) {
        Optional<Reader> reader = open(name);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        try (Reader r = reader.get()) {
            return Optional.of(parse.apply(r));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }

    /** Like {@link #read}, for the files a dataset cannot do without. */
    default <T> T readRequired(String name, Function<Reader, T> parse) {
        return read(name, parse).orElseThrow(() -> new DataFormatException(name, 0, "missing from " + describe()));
    }

    static DatasetFiles directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DataFormatException(dir.toString(), 0, "not a directory");
        }
        return new DatasetFiles() {
            @Override
            public String describe() {
                return dir.toString();
            }

            @Override
            public Optional<Reader> open(String name) {
                Path file = dir.resolve(name);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.newBufferedReader(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("opening " + file, e);
                }
            }

            @Override
            public Optional<InputStream> openStream(String name) {
                Path file = dir.resolve(name);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.newInputStream(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("opening " + file, e);
                }
            }

            @Override
            public long length(String name) {
                try {
                    Path file = dir.resolve(name);
                    return Files.isRegularFile(file) ? Files.size(file) : -1;
                } catch (IOException e) {
                    return -1;
                }
            }
        };
    }

    static DatasetFiles classpath(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return new DatasetFiles() {
            @Override
            public String describe() {
                return "classpath:" + prefix;
            }

            @Override
            public Optional<Reader> open(String name) {
                return openStream(name).map(s -> new InputStreamReader(s, StandardCharsets.UTF_8));
            }

            @Override
            public Optional<InputStream> openStream(String name) {
                return resource(name).map(url -> {
                    try {
                        return url.openStream();
                    } catch (IOException e) {
                        throw new UncheckedIOException("opening " + url, e);
                    }
                });
            }

            @Override
            public long length(String name) {
                return resource(name).map(url -> {
                    try {
                        return url.openConnection().getContentLengthLong();
                    } catch (IOException e) {
                        return -1L;
                    }
                }).orElse(-1L);
            }

            private Optional<java.net.URL> resource(String name) {
                java.net.URL url = Thread.currentThread().getContextClassLoader().getResource(prefix + name);
                return Optional.ofNullable(url != null ? url : DatasetFiles.class.getClassLoader().getResource(prefix + name));
            }
        };
    }
}
