package io.factcheck.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factcheck.examples.StoryExpectations;
import io.factcheck.story.Story;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.factcheck.api.BadInputTest.expectProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Bad stories get a 400 problem naming the field (a text over its limit a 413), on the check-story function and
 * {@code POST /api/v1/check} alike; text that is merely unusual is just text.
 */
@QuarkusTest
class BadStoryInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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
}
