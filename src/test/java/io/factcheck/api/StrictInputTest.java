package io.factcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.factcheck.api.BadInputTest.expectProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Strict input, the same on both doors: JSON with trailing text or a key twice, bodies of another type or over the
 * size limit, the frameworks' own refusals: each a clean problem that shows a client none of the parser's words.
 */
@QuarkusTest
class StrictInputTest {
    private static final String SHOIGU = "{\"name\":\"Sergei Shoigu\",\"position\":\"Defense Minister\"}";
    /** Words a problem must never show a client: the parser's, Java's, a stack's. */
    private static final List<String> INTERNALS = List.of("Jackson", "JsonReadFeature", "enable `", "java.", "class ",
            "at io.", "Exception", "`");

    static void expectCleanProblem(String path, String contentType, String body, int status, String type,
                                   String field) {
        Response answer = given().contentType(contentType).body(body).when().post(path);
        answer.then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("type", equalTo(type));
        if (field != null) {
            answer.then().body("violations.field", hasItem(field));
        }
        for (String word : INTERNALS) {
            org.assertj.core.api.Assertions.assertThat(answer.asString()).as(path + " " + body).doesNotContain(word);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void textAfterTheJsonValueIsRefused(String path) {
        expectCleanProblem(path, "application/json", SHOIGU + " this is not JSON", 400,
                "urn:factcheck:problem:malformed-json", "(body)");
        expectCleanProblem(path, "application/json", "{\"name\":\"x\"}{\"name\":\"y\"}", 400,
                "urn:factcheck:problem:malformed-json", "(body)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official", "/check-story", "/api/v1/check"})
    void aKeyTwiceIsRefused(String path) {
        String body = path.contains("check") ? "{\"text\":\"a\",\"text\":\"b\",\"publishedAt\":\"2021-06-28\"}"
                : "{\"name\":\"x\",\"name\":\"Sergei Shoigu\",\"position\":\"Defense Minister\"}";
        expectCleanProblem(path, "application/json", body, 400, "urn:factcheck:problem:malformed-json",
                path.contains("check") ? "text" : "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void unknownFieldsAreIgnored(String path) {
        given().contentType(ContentType.JSON).body("{\"name\":\"Sergei Shoigu\",\"position\":\"Defense Minister\","
                        + "\"jurisdiction\":\"Russia\",\"asOf\":\"2021-06-28\",\"newsroomTag\":{\"x\":[1]}}")
                .when().post(path)
                .then().statusCode(200).body("verdict", equalTo("SUPPORTED"));
    }

    @ParameterizedTest
    @CsvSource({"/verify-official, \\u00a0\\u3000", "/api/v1/verify/official, \\u00a0\\u3000",
            "/verify-official, \\u1680", "/api/v1/verify/official, \\u2007\\u202f\\u205f\\u2028"})
    void blankMeansBlankInUnicode(String path, String spaces) {
        expectProblem(path, "{\"name\":\"" + spaces + "\",\"position\":\"Defense Minister\"}", "name",
                "must not be blank");
    }

    @ParameterizedTest
    @CsvSource({"/verify-casualties, NaN", "/api/v1/verify/casualties, NaN", "/verify-casualties, 01",
            "/api/v1/verify/casualties, 01", "/verify-casualties, +1", "/api/v1/verify/casualties, +1",
            "/verify-casualties, Infinity", "/verify-casualties, 1e999999"})
    void malformedNumbersNameTheField(String path, String count) {
        expectCleanProblem(path, "application/json", "{\"place\":\"Myanmar\",\"measure\":\"killed\",\"count\":"
                + count + "}", 400, count.startsWith("1e") ? "urn:factcheck:problem:invalid-claim"
                : "urn:factcheck:problem:malformed-json", "count");
    }

    @ParameterizedTest
    @CsvSource({"/verify-casualties, 19", "/api/v1/verify/casualties, 19", "/verify-casualties, 1000",
            "/api/v1/verify/casualties, 1001", "/verify-casualties, 5001", "/api/v1/verify/casualties, 100000"})
    void aCountOfAnyLengthOver18DigitsIsOutOfRange(String path, int digits) {
        given().contentType(ContentType.JSON).body("{\"place\":\"Myanmar\",\"measure\":\"killed\",\"count\":"
                        + "9".repeat(digits) + "}")
                .when().post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:factcheck:problem:malformed-json"))
                .body("violations.field", contains("count"))
                .body("violations[0].message", startsWith("is out of range: a whole number has at most 18 digits"));
    }

    @ParameterizedTest
    @CsvSource({"/verify-official, text/plain", "/api/v1/verify/official, text/plain",
            "/verify-official, application/x-www-form-urlencoded", "/api/v1/verify/official, application/xml",
            "/check-story, text/plain", "/api/v1/check, text/plain", "/api/v1/verify, text/plain"})
    void bodiesThatAreNotJsonAreUnsupported(String path, String contentType) {
        expectCleanProblem(path, contentType, SHOIGU, 415, "urn:factcheck:problem:unsupported-media-type", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void clientsThatTakeNoJsonAreNotAcceptable(String path) {
        given().contentType(ContentType.JSON).accept("text/csv").body(SHOIGU).when().post(path)
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("urn:factcheck:problem:not-acceptable"));
        given().contentType(ContentType.JSON).accept("text/html, application/*;q=0.5").body(SHOIGU).when().post(path)
                .then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official", "/check-story", "/api/v1/check",
            "/api/v1/verify"})
    void aBodyOverTheSizeLimitIsContentTooLarge(String path) {
        expectCleanProblem(path, "application/json", "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}", 413,
                "urn:factcheck:problem:too-large", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "42", "\"a claim\"", "null", "true"})
    void aBodyThatIsNotAnObjectGetsTheSameProblemOnEveryDoor(String body) {
        for (String[] pair : new String[][] {{"/verify-official", "/api/v1/verify/official"},
                {"/check-story", "/api/v1/check"}}) {
            Response function = given().contentType(ContentType.JSON).body(body).when().post(pair[0]);
            Response rest = given().contentType(ContentType.JSON).body(body).when().post(pair[1]);
            org.assertj.core.api.Assertions.assertThat(function.statusCode()).as(body).isEqualTo(400)
                    .isEqualTo(rest.statusCode());
            org.assertj.core.api.Assertions.assertThat(function.contentType()).startsWith("application/problem+json");
            org.assertj.core.api.Assertions.assertThat(function.path("violations").toString()).as(pair[0] + " " + body)
                    .isEqualTo(rest.path("violations").toString());
            org.assertj.core.api.Assertions.assertThat(function.asString()).doesNotContain("java.", "`");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": \"Sergei Shoigu\", ", "{\"name\":\"x\",\"name\":\"y\"}", "{\"name\": 42}",
            "{\"name\":\"Sergei Shoigu\",\"position\":\"\\u3000\"}", "{} trailing", "{\"asOf\": [1]}"})
    void theSameBadClaimGetsTheSameProblemOnBothDoors(String body) {
        Response function = given().contentType(ContentType.JSON).body(body).when().post("/verify-official");
        Response rest = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/verify/official");
        org.assertj.core.api.Assertions.assertThat(function.statusCode()).as(body).isEqualTo(rest.statusCode());
        for (String part : List.of("type", "title", "detail", "violations")) {
            Object functionPart = function.path(part);
            Object restPart = rest.path(part);
            org.assertj.core.api.Assertions.assertThat(String.valueOf(functionPart)).as(body + ": " + part)
                    .isEqualTo(String.valueOf(restPart));
        }
    }

    @ParameterizedTest
    @CsvSource({"GET, /nothing/here, 404, not-found", "GET, /api/v1/verify/official, 405, method-not-allowed",
            "GET, /verify-nothing, 404, not-found"})
    void theFrameworksRefusalsAreProblemsToo(String method, String path, int status, String type) {
        given().when().request(method, path)
                .then().statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("urn:factcheck:problem:" + type));
    }
}
