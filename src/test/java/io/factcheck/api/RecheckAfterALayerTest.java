package io.factcheck.api;

import io.factcheck.api.http.ApiKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The desks' walkthrough, end to end over REST: a figure checked and archived; then the desk's layer over the
 * bundled data brings AAPP's newer count and corrects an old one, the service reloads, and the archive is re-checked.
 */
@QuarkusTest
@TestProfile(DeskLayers.class)
class RecheckAfterALayerTest {
    static final String KEY = DeskLayers.KEY;
    static final Path LAYER = DeskLayers.DESK_COUNTS;
    static final String DESK_COUNTS_VERSION = "dataset.layers.find { it.name == 'desk-counts' }.version";
    static final String OBSERVATIONS = "series,as_of,value,qualifier,as_of_basis,reported_by,url,page_date,quote\n";
    static final String AAPP_883 = """
            {"place": "Myanmar", "event": "post-coup crackdown", "measure": "killed", "count": 883,
             "qualifier": "at least", "source": "AAPP", "context": {"publishedAt": "2021-06-28"}}""";

    private static RequestSpecification desk() {
        return given().header(ApiKeys.HEADER, KEY).contentType(ContentType.JSON);
    }

    @Test
    void aCountThatRoseAndACorrectedOneAfterAReload() throws IOException {
        String archived = desk().body(AAPP_883).post("/api/v1/verify/casualties")
                .then().statusCode(200).body("verdict", equalTo("SUPPORTED"))
                .body(DESK_COUNTS_VERSION, equalTo("1")).extract().asString();
        String archive = "{\"items\": [{\"id\": \"desk-2021-06-28-883\", \"verdict\": " + archived + ", \"request\": "
                + AAPP_883 + "}]}";
        // the bundled count stops in November 2024: nothing says what it is two years later
        desk().body(archive).post("/api/v1/recheck?asOf=2026-11-30").then().statusCode(200)
                .body("results[0].currentVerdict", equalTo("UNVERIFIABLE"));

        // the desk records a later count and a corrected one: both figures are invented for the test, not AAPP's
        Files.writeString(LAYER.resolve("casualty_observations.csv"), OBSERVATIONS
                + "myanmar-coup-aapp-killed,2026-11-20,6200,,yes,AAPP,https://example.org/aapp-2026-11-20,2026-11-20,"
                + "\"6,200 people killed since the coup\"\n"
                + "myanmar-coup-aapp-killed,2021-06-28,880,,yes,AAPP,https://example.org/aapp-2021-06-28,2021-06-28,"
                + "\"880 people killed since the coup\"\n");
        DeskLayers.deskCountsVersion("2");
        desk().post("/api/v1/datasets/reload").then().statusCode(200).body(DESK_COUNTS_VERSION, equalTo("2"));

        desk().body(archive).post("/api/v1/recheck?asOf=2026-11-30").then().statusCode(200)
                .body("results[0].status", equalTo("changed"))
                .body("results[0].currentVerdict", equalTo("MISLEADING"))
                .body("results[0].changes.find { it.what == 'count' }.says",
                        equalTo("AAPP's count now: 6,200 (as of 2026-11-20); then: 883 (as of 2021-06-28)"))
                .body("results[0].changes.find { it.what == 'dataset.layers' }.says",
                        equalTo("layers desk-fr 2024-12-14, desk-counts 1 then, desk-fr 2024-12-14, desk-counts 2 now"));
        // at its own date the figure was overstated, once AAPP's correction is on record
        desk().body(archive).post("/api/v1/recheck").then().statusCode(200)
                .body("results[0].status", equalTo("changed"))
                .body("results[0].checkedAt", equalTo("2021-06-28"))
                .body("results[0].currentVerdict", equalTo("REFUTED"))
                .body("results[0].changes.what", hasItem("evidence.corrected"))
                .body("results[0].changes.find { it.what == 'count' }.to", equalTo("880 (as of 2021-06-28)"))
                .body("results[0].verdict.evidence.location", hasItem("desk-counts/casualty_observations.csv:3"));
        List<String> layers = desk().get("/api/v1/datasets").then().extract().path("[0].layers.name");
        org.assertj.core.api.Assertions.assertThat(layers).containsExactly("desk-fr", "desk-counts");
    }
}
