package io.factcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * With an editorial tool's origin configured, browsers may call every path a tool calls; other origins may not. The
 * tests' application has {@link #CMS} configured (application.properties, {@code %test}): no start of its own.
 */
@QuarkusTest
class CorsTest {
    static final String CMS = "https://cms.example.org";
    static final String SHOIGU = """
            {"name": "Sergei Shoigu", "position": "Defense Minister", "jurisdiction": "Russia",
             "context": {"publishedAt": "2021-06-28"}}""";

    @ParameterizedTest
    @CsvSource({"/verify-official, POST", "/check-story, POST", "/api/v1/check, POST", "/api/v1/verify, POST",
            "/api/v1/context/official, GET", "/api/v1/datasets, GET"})
    void preflightAllowsTheTool(String path, String method) {
        given().header("Origin", CMS).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "content-type")
                .when().options(path)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", CMS)
                .header("Access-Control-Allow-Methods", containsString(method))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void answersAndProblemsCarryTheAllowedOrigin(String path) {
        given().header("Origin", CMS).contentType(ContentType.JSON).body(SHOIGU)
                .when().post(path)
                .then().statusCode(200).header("Access-Control-Allow-Origin", CMS)
                .body("verdict", equalTo("SUPPORTED"));
        // a tool must be able to read why its request was refused
        given().header("Origin", CMS).contentType(ContentType.JSON).body("{\"position\": \"Defense Minister\"}")
                .when().post(path)
                .then().statusCode(400).header("Access-Control-Allow-Origin", CMS);
        given().header("Origin", CMS).contentType(ContentType.JSON)
                .when().post(path)
                .then().statusCode(400).header("Access-Control-Allow-Origin", CMS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/check-story", "/api/v1/check"})
    void aStoryFromTheTool(String path) {
        given().header("Origin", CMS).contentType(ContentType.JSON)
                .body("{\"text\": \"Russian Defense Minister Sergei Shoigu spoke.\", \"publishedAt\": \"2021-06-28\"}")
                .when().post(path)
                .then().statusCode(200).header("Access-Control-Allow-Origin", CMS)
                .body("claims[0].verdict.verdict", equalTo("SUPPORTED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verify-official", "/api/v1/verify/official"})
    void anotherOriginIsNotAllowed(String path) {
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "POST")
                .when().options(path)
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example.com").contentType(ContentType.JSON).body(SHOIGU)
                .when().post(path)
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }
}
