package io.factcheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factcheck.story.ClaimsScore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development set of real news sentences ({@code ../shared/corpus/news-sentences/dev.jsonl}, claims marked by
 * hand) through {@code POST /api/v1/check}, scored as {@code ../shared/tools/claims-score} scores it. Fails when a
 * kind's precision, recall or share of right fields falls below its floor ({@code dev-set-floors.properties}), and on
 * any REFUTED or MISLEADING verdict of an item not on the allow-list ({@code dev-set-refuted.tsv}: the page's own
 * error, as its {@code note} records). The sentences stay in {@code ../shared}; without it the test is skipped.
 */
@QuarkusTest
class DevSetTest {
    static final Path DEV_SET = Path.of("..", "shared", "corpus", "news-sentences", "dev.jsonl");
    private static final Path RESOURCES = Path.of("src/test/resources/io/factcheck/story");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void devSetHoldsItsFloorsAndRefutesOnlyWhatIsListed() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(DEV_SET), () -> "no shared corpus beside the project: "
                + DEV_SET.toAbsolutePath().normalize() + " is absent, so the development set is not scored");
        Map<String, String> allowed = allowList();
        ClaimsScore score = new ClaimsScore();
        List<String> unexpected = new ArrayList<>();
        for (String line : Files.readAllLines(DEV_SET, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode item = JSON.readTree(line);
            JsonNode answer = check(item);
            score.add(item, answer);
            String id = item.get("id").asText();
            for (JsonNode claim : answer.path("claims")) {
                String verdict = claim.path("verdict").path("verdict").asText();
                if ((verdict.equals("REFUTED") || verdict.equals("MISLEADING")) && !allowed.containsKey(id)) {
                    unexpected.add(id + " " + verdict + " '" + claim.path("text").asText() + "': "
                            + claim.path("verdict").path("explanation").asText());
                }
            }
        }
        Properties floors = floors();
        List<String> below = new ArrayList<>();
        for (String kind : ClaimsScore.KINDS) {
            ClaimsScore.Tally tally = score.of(kind);
            System.out.println("dev set, " + kind + ": " + tally);
            floor(below, floors, kind, "precision", tally.precision());
            floor(below, floors, kind, "recall", tally.recall());
            floor(below, floors, kind, "fields", tally.fieldsRight());
        }
        assertThat(below).as("scores below their floors in dev-set-floors.properties").isEmpty();
        assertThat(unexpected).as("REFUTED or MISLEADING verdicts of items not on dev-set-refuted.tsv").isEmpty();
    }

    private static JsonNode check(JsonNode item) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("text", item.get("text").asText())
                .put("publishedAt", item.get("publishedAt").asText());
        if (!item.path("dateline").asText().isEmpty()) {
            body.put("dateline", item.get("dateline").asText());
        }
        String answer = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/check")
                .then().statusCode(200).extract().asString();
        return JSON.readTree(answer);
    }

    private static void floor(List<String> below, Properties floors, String kind, String measure, double value) {
        String key = kind + "." + measure;
        String floor = floors.getProperty(key);
        assertThat(floor).as("floor %s in dev-set-floors.properties", key).isNotNull();
        if (value < Double.parseDouble(floor)) {
            below.add(key + " " + String.format("%.3f", value) + " < " + floor);
        }
    }

    private static Properties floors() throws IOException {
        Properties floors = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve("dev-set-floors.properties"))) {
            floors.load(in);
        }
        return floors;
    }

    /** Item id to the reason its REFUTED or MISLEADING verdict is right; each line "id TAB reason", # comments. */
    private static Map<String, String> allowList() throws IOException {
        Map<String, String> allowed = new HashMap<>();
        for (String line : Files.readAllLines(RESOURCES.resolve("dev-set-refuted.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            assertThat(parts).as("dev-set-refuted.tsv line '%s' gives an id and a reason", line).hasSize(2);
            assertThat(parts[1]).as("reason of %s", parts[0]).isNotBlank();
            allowed.put(parts[0], parts[1]);
        }
        return allowed;
    }
}
