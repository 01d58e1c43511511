package io.factcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Without configuration no origin is allowed: the API answers, but a browser page elsewhere may not read it. */
@QuarkusTest
class CorsOffByDefaultTest {

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
