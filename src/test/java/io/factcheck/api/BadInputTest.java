package io.factcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Bad claims get a 400 problem naming the field, on the Funqy and the REST door alike; never a 500 or a trace. Bad
 * stories are in {@link BadStoryInputTest}, the strictness of the JSON itself in {@link StrictInputTest}.
 */
@QuarkusTest
class BadInputTest {

    private static final String LONG = "x".repeat(201);

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
}
