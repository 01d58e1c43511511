package io.factcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.notNullValue;

/** Every example of functions/verify-official/examples through both HTTP doors: the Funqy path and the REST path. */
@QuarkusTest
class OfficialExamplesTest {

    @TestFactory
    Stream<DynamicTest> examplesThroughFunqyAndRest() {
        return ExampleCorpus.of("verify-official").stream().flatMap(example -> Stream.of(
                DynamicTest.dynamicTest("funqy " + example.file(), () -> check(example, "/verify-official")),
                DynamicTest.dynamicTest("rest " + example.file(), () -> check(example, "/api/v1/verify/official"))));
    }

    static void check(ExampleCorpus example, String path) {
        ValidatableResponse response = given().contentType(ContentType.JSON).body(example.request().toString())
                .when().post(path)
                .then().statusCode(200)
                .body("kind", equalTo("official"))
                .body("verdict", equalTo(example.verdict()))
                .body("explanation", not(emptyOrNullString()))
                .body("dataset.version", not(emptyOrNullString()))
                .body("claim.asOf", notNullValue());
        for (String fragment : example.explanationContains()) {
            response.body("explanation", containsString(fragment));
        }
        if (List.of("SUPPORTED", "REFUTED").contains(example.verdict())) {
            response.body("evidence.size()", not(equalTo(0)))
                    .body("evidence.source", everyItem(not(emptyOrNullString())))
                    .body("evidence.url", everyItem(not(emptyOrNullString())));
        }
    }
}
