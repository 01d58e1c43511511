package io.factcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** A deployment of one function, as the cloud templates make it: it loads and serves that claim kind only. */
@QuarkusTest
@TestProfile(SingleFunctionDeploymentTest.DateFunctionOnly.class)
class SingleFunctionDeploymentTest {

    public static class DateFunctionOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "verify-date");
        }
    }

    private static final String DATE_CLAIM = """
            {"event": "Myanmar military coup", "date": "Feb. 1", "context": {"publishedAt": "2021-06-28"}}""";
    private static final String OFFICIAL_CLAIM = """
            {"name": "Sergei Shoigu", "position": "Defense Minister", "jurisdiction": "Russia", "asOf": "2021-06-28"}""";

    @Test
    void itsOwnFunctionAnswers() {
        given().contentType(ContentType.JSON).body(DATE_CLAIM)
                .when().post("/verify-date")
                .then().statusCode(200).body("verdict", equalTo("SUPPORTED"));
    }

    @Test
    void onlyItsOwnWingIsLoaded() {
        given().when().get("/api/v1/datasets")
                .then().statusCode(200)
                .body("[0].records", hasKey("events"))
                .body("[0].records", not(hasKey("tenures")))
                .body("[0].records", not(hasKey("casualtySeries")));
    }

    @Test
    void whatCanBeCheckedListsItsOwnKindOnly() {
        given().when().get("/api/v1/coverage")
                .then().statusCode(200)
                .body("places.kinds.flatten().unique()", equalTo(List.of("date")))
                .body("places.find { it.id == 'myanmar' }", not(hasKey("official")));
        given().queryParam("place", "Myanmar").when().get("/api/v1/coverage")
                .then().statusCode(200)
                .body("kinds", equalTo(List.of("date")))
                .body("$", not(hasKey("casualties")));
        given().queryParam("kind", "official").when().get("/api/v1/coverage")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(Problem.KIND_NOT_SERVED));
    }

    @Test
    void otherKindsAreNotFoundWithAProblemSayingWhatIsServed() {
        for (String path : new String[] {"/api/v1/verify/official", "/verify-official"}) {
            given().contentType(ContentType.JSON).body(OFFICIAL_CLAIM)
                    .when().post(path)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("this deployment serves date claims only"))
                    .body("instance", equalTo(path));
        }
    }

    @Test
    void aBatchAnswersAClaimOfAnotherKindWithANotFoundInItsSlot() {
        String batch = "{\"claims\": [" + OFFICIAL_CLAIM.replace("{\"name\"", "{\"kind\": \"official\", \"name\"")
                + ", " + DATE_CLAIM.replace("{\"event\"", "{\"kind\": \"date\", \"event\"") + "]}";
        given().contentType(ContentType.JSON).body(batch)
                .when().post("/api/v1/verify")
                .then().statusCode(200)
                .body("results[0].error.status", equalTo(404))
                .body("results[0].error.detail", equalTo("this deployment serves date claims only"))
                .body("results[1].verdict", equalTo("SUPPORTED"));
    }
}
