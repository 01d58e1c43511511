package io.factcheck.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factcheck.examples.StoryExpectations;
import io.factcheck.story.Story;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Bad claims and stories get a 400 problem naming the field (a story's text over its limit a 413), on the Funqy and
 * the REST door alike; never a 500 or a trace.
 */
@QuarkusTest
class BadInputTest {

    private static final String LONG = "x".repeat(201);
    private static final ObjectMapper JSON = new ObjectMapper();

    static void expectProblem(String path, String body, String field, String messageFragment) {
        expectProblem(path, body, 400, field, messageFragment);
    }

    static void expectProblem(String path, String body, int status, String field, String messageFragment) {
        given().contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("violations.field", hasItem(field))
                .body("detail", containsString(messageFragment))
                .body(not(containsString("at io.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void missingName(String path) {
        expectProblem(path, "{\"position\":\"Defense Minister\"}", "name", "must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void blankPosition(String path) {
        expectProblem(path, "{\"name\":\"Sergei Shoigu\",\"position\":\"  \"}", "position", "must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void dateThatDoesNotExist(String path) {
        expectProblem(path, "{\"name\":\"Sergei Shoigu\",\"position\":\"Defense Minister\",\"asOf\":\"2021-02-30\"}",
                "asOf", "existing date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void absurdYear(String path) {
        expectProblem(path, "{\"name\":\"Sergei Shoigu\",\"position\":\"Defense Minister\",\"asOf\":\"9999-01-01\"}",
                "asOf", "1800 to 2100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void badPublicationDate(String path) {
        expectProblem(path, "{\"name\":\"Sergei Shoigu\",\"position\":\"Defense Minister\","
                + "\"context\":{\"publishedAt\":\"28/06/2021\"}}", "context.publishedAt", "yyyy-mm-dd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void overlongName(String path) {
        expectProblem(path, "{\"name\":\"" + LONG + "\",\"position\":\"Defense Minister\"}", "name", "size must be");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void unknownStatusListsTheAcceptedOnes(String path) {
        expectProblem(path, "{\"name\":\"Sergei Shoigu\",\"position\":\"Defense Minister\",\"status\":\"retired\"}",
                "status", "current, former, acting");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void wrongType(String path) {
        expectProblem(path, "{\"name\":42,\"position\":\"Defense Minister\"}", "name", "must be a string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void objectWhereStringBelongs(String path) {
        expectProblem(path, "{\"name\":\"Sergei Shoigu\",\"position\":{\"title\":\"Defense Minister\"}}",
                "position", "must be a string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void malformedJson(String path) {
        given().contentType(ContentType.JSON).body("{\"name\": \"Sergei Shoigu\", ")
                .when().post(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Malformed request body"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void severalBadFieldsAreAllNamed(String path) {
        given().contentType(ContentType.JSON).body("{\"name\":\"\",\"asOf\":\"2021-13-01\"}")
                .when().post(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("position"))
                .body("violations.field", hasItem("asOf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-date", "/api/v1/verify/date"})
    void unreadableDateSaysWhatWasNotUnderstood(String path) {
        expectProblem(path, "{\"event\":\"Myanmar coup\",\"date\":\"883 people\"}", "date", "not understood");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-date", "/api/v1/verify/date"})
    void relativeDateWithoutPublicationDate(String path) {
        expectProblem(path, "{\"event\":\"Myanmar coup\",\"date\":\"almost five months ago\"}",
                "context.publishedAt", "is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-date", "/api/v1/verify/date"})
    void dateThatIsNotInTheCalendar(String path) {
        expectProblem(path, "{\"event\":\"Myanmar coup\",\"date\":\"February 30, 2021\"}", "date", "30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-date", "/api/v1/verify/date"})
    void missingEventAndDate(String path) {
        given().contentType(ContentType.JSON).body("{\"place\":\"Myanmar\"}")
                .when().post(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("event"))
                .body("violations.field", hasItem("date"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-casualties", "/api/v1/verify/casualties"})
    void negativeCount(String path) {
        expectProblem(path, "{\"place\":\"Myanmar\",\"measure\":\"killed\",\"count\":-5}", "count",
                "greater than or equal to 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-casualties", "/api/v1/verify/casualties"})
    void nonIntegerCount(String path) {
        expectProblem(path, "{\"place\":\"Myanmar\",\"measure\":\"killed\",\"count\":12.5}", "count",
                "must be an integer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-casualties", "/api/v1/verify/casualties"})
    void countAsText(String path) {
        expectProblem(path, "{\"place\":\"Myanmar\",\"measure\":\"killed\",\"count\":\"883\"}", "count",
                "must be an integer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-casualties", "/api/v1/verify/casualties"})
    void unknownMeasureListsTheAcceptedWords(String path) {
        expectProblem(path, "{\"place\":\"Myanmar\",\"measure\":\"evaporated\",\"count\":5}", "measure",
                "killed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-casualties", "/api/v1/verify/casualties"})
    void unknownQualifier(String path) {
        expectProblem(path, "{\"place\":\"Myanmar\",\"measure\":\"killed\",\"count\":5,"
                + "\"qualifier\":\"zillions of\"}", "qualifier", "at least");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-casualties", "/api/v1/verify/casualties"})
    void missingPlace(String path) {
        expectProblem(path, "{\"measure\":\"killed\",\"count\":5}", "place", "must not be blank");
    }

    // Stories: the check-story function and POST /api/v1/check

    @ParameterizedTest
    @ValueSource(strings = {"/check-story", "/api/v1/check"})
    void storyWithEmptyText(String path) {
        expectProblem(path, "{\"text\":\"\",\"publishedAt\":\"2021-06-28\"}", "text", "must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/check-story", "/api/v1/check"})
    void storyWithBlankText(String path) {
        expectProblem(path, "{\"text\":\" \\n\\t \",\"publishedAt\":\"2021-06-28\"}", "text",
                "must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/check-story", "/api/v1/check"})
    void storyWithoutPublicationDate(String path) {
        expectProblem(path, "{\"text\":\"Russian Defense Minister Sergei Shoigu spoke.\"}", "publishedAt",
                "must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/check-story", "/api/v1/check"})
    void storyPublishedOnADayThatDoesNotExist(String path) {
        expectProblem(path, "{\"text\":\"Shoigu spoke.\",\"publishedAt\":\"2021-02-30\"}", "publishedAt",
                "existing date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/check-story", "/api/v1/check"})
    void storyOverTheLengthLimitIsContentTooLarge(String path) {
        // over the limit by one code unit, and nothing else wrong with it but a missing date: the length is said first
        expectProblem(path, "{\"text\":\"" + "x".repeat(Story.MAX_TEXT + 1) + "\"}", 413, "text",
                "at most 100000 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/check-story", "/api/v1/check"})
    void storyInALanguageNotServedNamesTheLanguagesServed(String path) {
        expectProblem(path, "{\"text\":\"Le ministre russe de la Défense Sergueï Choïgou.\","
                + "\"publishedAt\":\"2021-06-28\",\"language\":\"fr\"}", "language", "[en]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/check-story", "/api/v1/check"})
    void storyTextThatIsNotAString(String path) {
        expectProblem(path, "{\"text\":42,\"publishedAt\":\"2021-06-28\"}", "text", "must be a string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/check-story", "/api/v1/check"})
    void storyPublicationDateThatIsAnArray(String path) {
        expectProblem(path, "{\"text\":\"Shoigu spoke.\",\"publishedAt\":[]}", "publishedAt", "must be a string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/check-story", "/api/v1/check"})
    void storyThatIsMalformedJson(String path) {
        given().contentType(ContentType.JSON).body("{\"text\": \"Shoigu spoke.\", \"publishedAt\": ")
                .when().post(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Malformed request body"))
                .body(not(containsString("at io.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/check-story", "/api/v1/check"})
    void storyThatIsNotAnObject(String path) {
        expectProblem(path, "[\"Russian Defense Minister Sergei Shoigu spoke.\"]", "(body)", "JSON object");
    }

    /**
     * Control characters, markup and emoji (surrogate pairs) are just text: the story is answered, and the claim
     * after them is found where it stands, in UTF-16 code units.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/check-story", "/api/v1/check"})
    void controlCharactersMarkupAndEmojiAreJustText(String path) throws Exception {
        ObjectNode story = JSON.createObjectNode()
                .put("text", "\u0000<b>Moscow</b> \u0007\uD83C\uDDF7\uD83C\uDDFA \uD83D\uDE42\r\n"
                        + "Russian Defense Minister Sergei Shoigu spoke to reporters. <script>alert(1)</script>\u001F")
                .put("publishedAt", "2021-06-28");
        ObjectNode expect = (ObjectNode) JSON.readTree("""
                {"claims": [{"kind": "official", "text": "Russian Defense Minister Sergei Shoigu",
                             "verdict": "SUPPORTED"}]}""");
        Response answer = given().contentType(ContentType.JSON).body(story.toString()).when().post(path);
        StoryExpectations.check("a story with control characters, markup and emoji via POST " + path, story, expect,
                answer.statusCode(), answer.asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official", "/api/v1/verify/date", "/api/v1/verify",
            "/check-story", "/api/v1/check"})
    void emptyBodyIsAnsweredNotLeftHanging(String path) {
        given().contentType(ContentType.JSON).body(new byte[0])
                .when().post(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("no body"));
    }

    // Strict input: the same on both doors

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
