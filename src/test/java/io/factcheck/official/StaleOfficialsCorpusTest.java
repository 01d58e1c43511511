package io.factcheck.official;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official claims of the news corpus that the story check once left UNVERIFIABLE only because its sources ended
 * in 2021-2022 ({@code ../shared/corpus/news-sentences/stale-at-6cc9cef.tsv}), checked again through
 * {@code POST /api/v1/check} with the sentences read from {@code dev.jsonl} at test time (the copy is not ours to keep
 * in the project; without {@code ../shared} the test is skipped, saying so). At most five may still be stale, and
 * none is REFUTED: the copy is right about these posts.
 */
@QuarkusTest
class StaleOfficialsCorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "news-sentences");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void staleClaimsAreNowCheckedAndNoneIsRefuted() throws IOException {
        Path list = CORPUS.resolve("stale-at-6cc9cef.tsv");
        Path sentences = CORPUS.resolve("dev.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(list) && Files.isRegularFile(sentences),
                () -> "no shared corpus beside the project: " + list.toAbsolutePath().normalize()
                        + " is absent, so the stale claims are not checked");
        Map<String, List<String>> claimsById = new HashMap<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t");
                claimsById.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells[1]);
            }
        }
        List<String> stale = new ArrayList<>();
        List<String> refuted = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(sentences, StandardCharsets.UTF_8)) {
            JsonNode record = JSON.readTree(line);
            List<String> wanted = claimsById.get(record.path("id").asText());
            if (wanted == null) {
                continue;
            }
            ObjectNode request = JSON.createObjectNode().put("text", record.path("text").asText())
                    .put("publishedAt", record.path("publishedAt").asText());
            if (!record.path("dateline").asText().isEmpty()) {
                request.put("dateline", record.path("dateline").asText());
            }
            String answer = given().contentType(ContentType.JSON).body(request.toString()).when()
                    .post("/api/v1/check").then().statusCode(200).extract().asString();
            JsonNode claims = JSON.readTree(answer).path("claims");
            for (String text : wanted) {
                JsonNode found = null;
                for (JsonNode claim : claims) {
                    if (claim.path("kind").asText().equals("official") && claim.path("text").asText().equals(text)) {
                        found = claim;
                    }
                }
                String where = record.path("id").asText() + " '" + text + "'";
                if (found == null) {
                    missing.add(where);
                    continue;
                }
                checked++;
                JsonNode verdict = found.path("verdict");
                String explanation = verdict.path("explanation").asText();
                if (verdict.path("verdict").asText().equals("UNVERIFIABLE") && explanation.contains("current only to")) {
                    stale.add(where + ": " + explanation);
                }
                if (verdict.path("verdict").asText().equals("REFUTED")) {
                    refuted.add(where + ": " + explanation);
                }
            }
        }
        System.out.println("stale claims: " + checked + " checked, " + stale.size() + " still stale, "
                + refuted.size() + " refuted");
        assertThat(missing).as("claims of the list the story check no longer finds").isEmpty();
        assertThat(checked).isEqualTo(claimsById.values().stream().mapToInt(List::size).sum());
        assertThat(stale).as("claims still unverifiable because a source is not current").hasSizeLessThanOrEqualTo(5);
        assertThat(refuted).as("stale claims now refuted").isEmpty();
    }
}
