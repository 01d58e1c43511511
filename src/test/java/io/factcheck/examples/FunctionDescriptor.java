package io.factcheck.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.story.StoryChecker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A function's descriptor, {@code functions/<name>/function.json}: the one list of functions tests read. */
public record FunctionDescriptor(String name, String funqy, String kind, String rest, int memoryMb,
                                 int timeoutSeconds) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The function that checks whole stories: its examples expect the claims found, not one verdict. */
    public boolean isStory() {
        return StoryChecker.KIND.equals(kind);
    }

    /** The function that re-checks published verdicts: its examples expect one answer per item. */
    public boolean isRecheck() {
        return "recheck".equals(kind);
    }

    /** A function that answers one claim with one verdict (of the kind it is named for). */
    public boolean isClaim() {
        return !isStory() && !isRecheck();
    }

    public static List<FunctionDescriptor> all() {
        try (Stream<Path> dirs = Files.list(ExampleCorpus.FUNCTIONS)) {
            return dirs.map(d -> d.resolve("function.json")).filter(Files::isRegularFile).sorted()
                    .map(FunctionDescriptor::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FunctionDescriptor read(Path file) {
        try {
            JsonNode doc = JSON.readTree(file.toFile());
            return new FunctionDescriptor(doc.required("name").asText(), doc.required("funqy").asText(),
                    doc.required("kind").asText(), doc.required("rest").asText(), doc.required("memoryMb").asInt(),
                    doc.required("timeoutSeconds").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
