package io.factcheck.api;

import io.factcheck.story.TimexCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TIMEX3 corpora through {@code POST /api/v1/check}: each sentence's {@code dates} are exactly the corpus's
 * expressions, and a DATE or TIME the reader read keeps its readings.
 */
@QuarkusTest
class TimexCorpusRestTest {

    @TestFactory
    Stream<DynamicTest> corpusThroughTheRestDoor() throws IOException {
        return Stream.concat(TimexCorpus.positive().stream(), TimexCorpus.negative().stream())
                .map(c -> DynamicTest.dynamicTest(c.sentence(), () -> check(c)));
    }

    private static void check(TimexCorpus.Case c) {
        String body = "{\"text\":" + quote(c.sentence()) + ",\"publishedAt\":\"" + c.publishedAt() + "\"}";
        JsonPath answer = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/check")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> dates = answer.getList("dates");
        assertThat(dates).extracting(d -> TimexCorpus.entry((String) d.get("text"), (String) d.get("type"),
                        (String) d.get("value"), (String) d.get("mod")))
                .as("published %s: %s", c.publishedAt(), c.sentence())
                .containsExactlyElementsOf(c.expected());
        assertThat(dates).filteredOn(d -> ((String) d.get("value")).matches("\\d{4}-\\d{2}-\\d{2}.*"))
                .allSatisfy(d -> assertThat((List<?>) d.get("readings")).isNotEmpty());
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
