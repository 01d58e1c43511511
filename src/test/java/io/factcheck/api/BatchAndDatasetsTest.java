package io.factcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class BatchAndDatasetsTest {

    @Test
    void mixedBatchAnswersInOrderWithErrorsInTheirSlots() {
        String body = """
                {"claims": [
                  {"kind": "official", "name": "Sergei Shoigu", "position": "Defense Minister", "jurisdiction": "Russia",
                   "context": {"publishedAt": "2021-06-28"}},
                  {"kind": "official", "name": "Sergei Shoigu", "position": "Security Council Secretary",
                   "jurisdiction": "Russia", "asOf": "2021-06-28"},
                  {"kind": "official", "position": "Defense Minister"},
                  {"kind": "horoscope", "sign": "Leo"},
                  {"kind": "official", "name": "A. Nonexistent Person", "position": "Minister of Magic",
                   "jurisdiction": "Russia", "asOf": "2021-02-30"},
                  {"kind": "date", "event": "Myanmar military coup", "date": "Feb. 1",
                   "context": {"publishedAt": "2021-06-28"}},
                  {"kind": "date", "event": "Myanmar military coup", "date": "Feb. 1"},
                  {"kind": "casualties", "place": "Burma", "event": "post-coup crackdown", "measure": "killed",
                   "count": 883, "qualifier": "at least", "source": "AAPP", "asOf": "2021-06-28"},
                  {"kind": "casualties", "place": "Myanmar", "measure": "killed", "count": 12.5}
                ]}""";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/verify")
                .then().statusCode(200)
                .body("results.size()", equalTo(9))
                .body("results[0].verdict", equalTo("SUPPORTED"))
                .body("results[1].verdict", equalTo("REFUTED"))
                .body("results[2].error.status", equalTo(400))
                .body("results[2].error.violations.field", hasItem("claims[2].name"))
                .body("results[3].error.violations.field", hasItem("claims[3].kind"))
                .body("results[3].error.detail", containsString("official"))
                .body("results[4].error.violations.field", hasItem("claims[4].asOf"))
                .body("results[5].verdict", equalTo("SUPPORTED"))
                .body("results[5].claim.readings[0].start", equalTo("2021-02-01"))
                .body("results[6].error.violations.field", hasItem("claims[6].context.publishedAt"))
                .body("results[7].verdict", equalTo("SUPPORTED"))
                .body("results[7].claim.suggestedWording", containsString("883"))
                .body("results[8].error.violations.field", hasItem("claims[8].count"))
                .body("results[0]", not(hasKey("error")));
    }

    @Test
    void wrongTypeInsideABatchItemNamesItsPath() {
        given().contentType(ContentType.JSON)
                .body("{\"claims\": [{\"kind\": \"official\", \"name\": [1], \"position\": \"President\"}]}")
                .when().post("/api/v1/verify")
                .then().statusCode(200)
                .body("results[0].error.violations.field", hasItem("claims[0].name"));
    }

    @Test
    void itemsThatAreNotObjectsGetTheirOwnErrors() {
        given().contentType(ContentType.JSON)
                .body("{\"claims\": [5, \"x\", {\"kind\": \"official\", \"name\": \"Putin\", "
                        + "\"position\": \"President\", \"jurisdiction\": \"Russia\", \"asOf\": \"2021-06-28\"}]}")
                .when().post("/api/v1/verify")
                .then().statusCode(200)
                .body("results[0].error.violations.field", hasItem("claims[0].kind"))
                .body("results[1].error.violations.field", hasItem("claims[1].kind"))
                .body("results[2].verdict", equalTo("SUPPORTED"));
    }

    @Test
    void oversizedBatchIsRejectedWhole() {
        String claim = "{\"kind\":\"official\",\"name\":\"Putin\",\"position\":\"President\",\"jurisdiction\":\"Russia\"}";
        String body = IntStream.range(0, 1001).mapToObj(i -> claim)
                .collect(Collectors.joining(",", "{\"claims\":[", "]}"));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/verify")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("claims"));
    }

    @Test
    void emptyBatchIsRejected() {
        given().contentType(ContentType.JSON).body("{\"claims\":[]}")
                .when().post("/api/v1/verify")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("claims"));
    }

    @Test
    void reloadingIsOffWithoutApiKeys() {
        given().when().post("/api/v1/datasets/reload")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:factcheck:problem:reload-off"))
                .body("detail", containsString("FACTCHECK_API_KEYS"));
    }

    @Test
    void datasetsListTheBundledDatasetWithCountsAndSources() {
        given().when().get("/api/v1/datasets")
                .then().statusCode(200)
                .body("[0].name", equalTo("factcheck-bundled"))
                .body("[0].version", not(equalTo("")))
                .body("[0].records.tenures", greaterThan(3000))
                .body("[0].sources.id", hasItem("ep-russia-cabinet"))
                .body("[0].sources.id", hasItem("reign"));
    }

    @Test
    void openApiDescribesRestAndFunqyPaths() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/verify/official"))
                .body("paths", hasKey("/api/v1/verify"))
                .body("paths", hasKey("/verify-official"))
                .body("paths", hasKey("/api/v1/verify/date"))
                .body("paths", hasKey("/verify-date"));
    }

    @Test
    void healthIsUp() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
