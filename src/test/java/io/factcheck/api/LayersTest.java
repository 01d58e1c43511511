package io.factcheck.api;

import io.factcheck.api.http.ApiKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * A desk's layer over the bundled dataset (src/test/resources/layers/desk-fr): French prime ministers to 2024 and a
 * Minister of the Interior of 2024 (whom no bundled source holds: the CIA Factbook names heads of government, not
 * ministers), one bundled record replaced, one deleted, one term dated otherwise than the bundled source's. With another
 * desk's layer of casualty counts beside it ({@link DeskLayers}: the profile is shared).
 */
@QuarkusTest
@TestProfile(DeskLayers.class)
class LayersTest {
    static final String LAYER = DeskLayers.DESK_FR;

    /** The deployment has API keys on. */
    private static RequestSpecification given() {
        return RestAssured.given().header(ApiKeys.HEADER, DeskLayers.KEY);
    }

    private static io.restassured.response.ValidatableResponse official(String name, String on) {
        return official(name, "Prime Minister", on);
    }

    private static io.restassured.response.ValidatableResponse official(String name, String position, String on) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "position", position, "jurisdiction", "France", "asOf", on))
                .when().post("/api/v1/verify/official")
                .then().statusCode(200);
    }

    @Test
    void aClaimOnlyTheLayerSupportsIsSupportedCitingTheLayersSource() {
        official("Bruno Retailleau", "Minister of the Interior", "2024-10-01")
                .body("verdict", equalTo("SUPPORTED"))
                .body("evidence[0].source", equalTo("Paris desk: French governments"))
                .body("evidence[0].location", equalTo("desk-fr/tenures.csv:8"))
                .body("dataset.name", equalTo("factcheck-bundled"))
                .body("dataset.layers.name", equalTo(java.util.List.of("desk-fr", "desk-counts")))
                .body("dataset.layers[0].version", equalTo("2024-12-14"));
    }

    @Test
    void aReplacedRecordAnswersAsTheLayerWroteIt() {
        official("Élisabeth Borne", "2023-06-01")
                .body("verdict", equalTo("SUPPORTED"))
                .body("evidence.location", hasItem("desk-fr/tenures.csv:2"));
        official("Élisabeth Borne", "2024-03-01").body("verdict", not(equalTo("SUPPORTED")));
    }

    @Test
    void aDeletedRecordNoLongerAnswers() {
        // the bundled record of his Interior ministry is the only one of it (the Factbook names no ministers)
        official("Bernard Cazeneuve", "Minister of the Interior", "2015-06-01")
                .body("verdict", not(equalTo("SUPPORTED")))
                .body("evidence.recordId", not(hasItem("Q560890 P39 Minister of the Interior")));
    }

    @Test
    void theBundledDataStays() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Sergei Shoigu", "position", "Defense Minister", "jurisdiction", "Russia",
                        "asOf", "2021-06-28"))
                .when().post("/api/v1/verify/official")
                .then().statusCode(200)
                .body("verdict", equalTo("SUPPORTED"))
                .body("dataset.layers[0].name", equalTo("desk-fr"));
    }

    @Test
    void datasetsShowTheLayerItsCountsAndTheConflicts() {
        given().when().get("/api/v1/datasets")
                .then().statusCode(200)
                .body("[0].name", equalTo("factcheck-bundled"))
                .body("[0].version", startsWith(bundledVersion() + "+desk-fr@2024-12-14+desk-counts@"))
                .body("[0].records.places", greaterThan(200))
                .body("[0].sources.id", hasItem("desk-fr"))
                .body("[0].layers", hasSize(2))
                .body("[0].layers[0].name", equalTo("desk-fr"))
                .body("[0].layers[0].location", equalTo(LAYER))
                .body("[0].layers[0].files.'tenures.csv'.added", equalTo(5))
                .body("[0].layers[0].files.'tenures.csv'.replaced", equalTo(1))
                .body("[0].layers[0].files.'tenures.csv'.deleted", equalTo(1))
                .body("[0].layers[0].files.'sources.csv'.added", equalTo(1))
                .body("[0].conflicts.findAll { it.record.startsWith('desk-fr/') }.record",
                        everyItem(equalTo("desk-fr/tenures.csv:6")))
                .body("[0].conflicts.kind", hasItem("term dates"))
                .body("[0].conflicts.kind", hasItem("single holder"))
                .body("[0].conflicts.find { it.kind == 'term dates' }.lowerKey",
                        equalTo("ep-cabinets-france-cabinet|Q3579995 P39 Prime Minister"))
                .body("[0].conflicts.find { it.kind == 'single holder' }.reason", not(nullValue()));
    }

    private static String bundledVersion() {
        java.util.Properties manifest = new java.util.Properties();
        try (var in = LayersTest.class.getResourceAsStream("/dataset/dataset.properties")) {
            manifest.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return manifest.getProperty("version");
    }
}
