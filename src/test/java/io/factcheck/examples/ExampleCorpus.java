package io.factcheck.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The examples of {@code functions/<name>/examples/}: the corpus every door's test runs. A claim's example expects
 * one verdict ({@link #verdict()}); a story's (the check-story function) the claims found in it, matched by
 * {@link StoryExpectations}.
 */
public record ExampleCorpus(String function, String file, JsonNode request, JsonNode expect) {
    public static final Path FUNCTIONS = Path.of("functions");
    private static final ObjectMapper JSON = new ObjectMapper();

    public static List<ExampleCorpus> of(String function) {
        Path dir = FUNCTIONS.resolve(function).resolve("examples");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> read(function, f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExampleCorpus read(String function, Path file) {
        try {
            JsonNode doc = JSON.readTree(file.toFile());
            return new ExampleCorpus(function, file.getFileName().toString(), doc.required("request"),
                    doc.required("expect"));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    public String verdict() {
        return expect.required("verdict").asText();
    }

    public List<String> explanationContains() {
        List<String> out = new java.util.ArrayList<>();
        expect.path("explanationContains").forEach(node -> out.add(node.asText()));
        return out;
    }
}
