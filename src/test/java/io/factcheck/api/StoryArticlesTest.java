package io.factcheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factcheck.examples.StoryExpectations;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/**
 * Real stories through both story doors, read at test time from {@code ../shared/articles/} as they stand there:
 * their copy is not ours to keep in the project. What must be found in each is in
 * {@code src/test/resources/io/factcheck/story/articles/}, one file per article (the rules: {@link StoryExpectations}). Without
 * {@code ../shared} each is skipped, saying so.
 */
@QuarkusTest
class StoryArticlesTest {
    static final Path ARTICLES = Path.of("..", "shared", "articles");
    private static final Path EXPECTATIONS = Path.of("src/test/resources/io/factcheck/story/articles");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> articlesThroughBothDoors() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(EXPECTATIONS)) {
            files = listed.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        return files.stream().flatMap(file -> Stream.of("/check-story", "/api/v1/check")
                .map(path -> DynamicTest.dynamicTest(file.getFileName() + " via POST " + path,
                        () -> check(file, path))));
    }

    private static void check(Path file, String path) throws IOException {
        JsonNode doc = JSON.readTree(file.toFile());
        Path article = ARTICLES.resolve(doc.required("article").asText());
        Assumptions.assumeTrue(Files.isRegularFile(article), () -> "no shared articles beside the project: "
                + article.toAbsolutePath().normalize() + " is absent, so this story is not checked");
        ObjectNode request = ((ObjectNode) doc.required("request").deepCopy())
                .put("text", Files.readString(article, StandardCharsets.UTF_8));
        Response answer = given().contentType(ContentType.JSON).body(request.toString()).when().post(path);
        StoryExpectations.check(article + " (expected: " + file + ") via POST " + path, request,
                doc.required("expect"), answer.statusCode(), answer.asString());
    }
}
