package io.factcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Dev mode's watch ({@code factcheck.reference.watch}, on in the dev profile): the request after a file of an
 * external directory changed is answered from the changed data; a change that fails to load leaves the previous
 * data answering until the file is fixed.
 */
@QuarkusTest
@TestProfile(WatchedLayerTest.Watched.class)
class WatchedLayerTest {
    static final DeskDataset DESK = DeskDataset.create("desk-watch");
    static final String CASTEX = "{\"name\":\"Jean Castex\",\"position\":\"Prime Minister\","
            + "\"jurisdiction\":\"France\",\"asOf\":\"2021-03-01\"}";
    static final String CASTEX_ROW = "Jean Castex,,,Prime Minister,France,2020-07-03,2022-05-16,single,desk,,fr-pm-0,";

    public static class Watched implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factcheck.reference.path", DESK.dir().toString(), "factcheck.reference.watch", "true");
        }
    }

    @Test
    void theNextRequestAfterAChangeIsAnsweredFromIt() {
        verdictOfCastex("UNVERIFIABLE");
        DESK.appendTenure(CASTEX_ROW);
        DESK.version("2");
        verdictOfCastex("SUPPORTED").body("dataset.version", equalTo("2"));

        DESK.appendTenure(CASTEX_ROW.replace("France", "Gaul"));
        DESK.version("3");
        verdictOfCastex("SUPPORTED").body("dataset.version", equalTo("2"));

        DESK.write("tenures.csv", DeskDataset.TENURES_HEADER + CASTEX_ROW + "\n");
        verdictOfCastex("SUPPORTED").body("dataset.version", equalTo("3"));
    }

    private static io.restassured.response.ValidatableResponse verdictOfCastex(String verdict) {
        return given().contentType(ContentType.JSON).body(CASTEX).post("/api/v1/verify/official").then()
                .statusCode(200).body("verdict", equalTo(verdict));
    }
}
