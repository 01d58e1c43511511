package io.factcheck.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Without configuration no origin is allowed: the API answers, but a browser page elsewhere may not read it. Checked
 * on the packaged application in its production profile: the tests' own profile allows {@link CorsTest#CMS}
 * (application.properties, {@code %test}), so that {@link CorsTest} shares the tests' application.
 */
@QuarkusIntegrationTest
class CorsOffByDefaultIT {

    @Test
    void noAllowHeaderForAnyOrigin() {
        given().header("Origin", CorsTest.CMS).header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/check")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", CorsTest.CMS).contentType(ContentType.JSON).body(CorsTest.SHOIGU)
                .when().post("/verify-official")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue())
                .body("verdict", equalTo("SUPPORTED"));
    }
}
