package io.factcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** GET /api/v1/context/*: the data behind each claim's picture, on the real dataset, for the EFE story's claims. */
@QuarkusTest
class ContextTest {

    private static RequestSpecification shoigu() {
        return given().queryParam("name", "Sergei Shoigu").queryParam("position", "Defense Minister")
                .queryParam("jurisdiction", "Russia").queryParam("asOf", "2021-06-28");
    }

    private static RequestSpecification aapp() {
        return given().queryParam("place", "Myanmar").queryParam("measure", "killed").queryParam("count", "883")
                .queryParam("qualifier", "at least").queryParam("source", "AAPP")
                .queryParam("publishedAt", "2021-06-28");
    }

    @Test
    void officialPostAndItsHoldersAroundTheDate() {
        shoigu().when().get("/api/v1/context/official")
                .then().statusCode(200).contentType("application/json")
                .body("post", equalTo("Minister of Defence"))
                .body("jurisdiction", equalTo("Russia"))
                .body("asOf", equalTo("2021-06-28"))
                .body("window.from", equalTo("2011-06-28"))
                .body("holders.find { it.matched }.person", equalTo("Sergey Shoygu"))
                .body("holders.find { it.matched }.start", equalTo("2012-11-06"))
                .body("holders.find { it.matched }.startPrecision", equalTo("day"))
                .body("holders.find { it.matched }.open", equalTo(true))
                .body("holders.find { it.matched }", hasKey("end"))
                .body("holders.find { it.matched }.end", nullValue())
                .body("holders.find { it.matched }.source", containsString("EveryPolitician"))
                .body("holders.find { it.matched }.url", containsString("wikidata"))
                .body("holders.find { !it.matched }.person", equalTo("Anatoliy Serdyukov"))
                .body("holders.find { !it.matched }.end", equalTo("2012-11-06"))
                .body("dataset.name", equalTo("factcheck-bundled"))
                .body("$", hasKey("reason"))
                .body("reason", nullValue());
    }

    @Test
    void anUnknownPostIsNoErrorButSaysWhy() {
        given().queryParam("name", "A. Nonexistent Person").queryParam("position", "Minister of Magic")
                .queryParam("jurisdiction", "Russia").queryParam("asOf", "2021-06-28")
                .when().get("/api/v1/context/official")
                .then().statusCode(200)
                .body("$", hasKey("post"))
                .body("post", nullValue())
                .body("holders", empty())
                .body("reason", containsString("No post called 'Minister of Magic' is on record for Russia"));
    }

    @Test
    void officialQueryProblemsNameTheParameter() {
        given().queryParam("position", "Defense Minister").queryParam("asOf", "2021-02-30")
                .when().get("/api/v1/context/official")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("asOf"))
                .body("instance", equalTo("/api/v1/context/official"));
        given().queryParam("name", "Sergei Shoigu").queryParam("position", "Defense Minister")
                .queryParam("status", "retired").when().get("/api/v1/context/official")
                .then().statusCode(400).body("violations.field", hasItem("status"));
    }

    @Test
    void dateReadingsBesideTheRecordedCoups() {
        given().queryParam("event", "Myanmar coup").queryParam("date", "Feb. 1")
                .queryParam("publishedAt", "2021-06-28")
                .when().get("/api/v1/context/date")
                .then().statusCode(200).contentType("application/json")
                .body("kind", equalTo("coup"))
                .body("subtype", equalTo("realized"))
                .body("place", equalTo("Myanmar"))
                .body("readings[0].start", equalTo("2021-02-01"))
                .body("readings[0].end", equalTo("2021-02-01"))
                .body("readings[0].precision", equalTo("day"))
                .body("events.date", hasItem("2021-02-01"))
                .body("events.date", hasItem("1962-03-02"))
                .body("events[0].date", equalTo("1958-09-26"))
                .body("events.find { it.date == '2021-02-01' }.precision", equalTo("day"))
                .body("events.find { it.date == '2021-02-01' }.source", notNullValue())
                .body("events.find { it.date == '2021-02-01' }.recordId", notNullValue())
                .body("dataset.version", notNullValue());
    }

    @Test
    void dateQueryProblemsNameTheParameter() {
        given().queryParam("event", "Myanmar coup").queryParam("date", "Feb. 1")
                .when().get("/api/v1/context/date")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(java.util.List.of("publishedAt")));
        given().queryParam("event", "Myanmar coup").queryParam("date", "the day of the coup")
                .queryParam("publishedAt", "2021-06-28")
                .when().get("/api/v1/context/date")
                .then().statusCode(400).body("violations.field", hasItem("date"))
                .body("detail", containsString("not a date this service can read"));
        given().queryParam("date", "Feb. 1").queryParam("publishedAt", "2021-02-30")
                .when().get("/api/v1/context/date")
                .then().statusCode(400).body("violations.field", hasItem("event"))
                .body("violations.field", hasItem("publishedAt"));
    }

    @Test
    void casualtySeriesItsFiguresAndWhatTheClaimAllows() {
        aapp().when().get("/api/v1/context/casualties")
                .then().statusCode(200).contentType("application/json")
                .body("series", equalTo("myanmar-coup-aapp-killed"))
                .body("place", equalTo("Myanmar"))
                .body("event", equalTo("post-coup crackdown"))
                .body("measure", equalTo("killed"))
                .body("counter", equalTo("AAPP"))
                .body("cumulative", equalTo(true))
                .body("asOf", equalTo("2021-06-28"))
                .body("allowed.min", equalTo(883))
                .body("allowed", hasKey("max"))
                .body("allowed.max", nullValue())
                .body("deciding.asOf", equalTo("2021-06-28"))
                .body("deciding.value", equalTo(883))
                .body("observations.asOf", hasItem("2021-06-28"))
                .body("observations.size()", greaterThan(10))
                .body("$", hasKey("reason"))
                .body("reason", nullValue());
    }

    @Test
    void aLongDailySeriesIsThinnedKeepingTheDecidingDay() {
        given().queryParam("place", "Italy").queryParam("event", "COVID-19").queryParam("measure", "deaths")
                .queryParam("count", "74159").queryParam("asOf", "2020-12-31")
                .when().get("/api/v1/context/casualties")
                .then().statusCode(200)
                .body("observations.size()", lessThanOrEqualTo(402))
                .body("observations.size()", greaterThan(100))
                .body("observations.asOf", hasItem("2020-12-31"))
                .body("deciding.asOf", equalTo("2020-12-31"))
                .body("observations.value", everyItem(notNullValue()));
    }

    @Test
    void noFittingSeriesIsNoErrorButSaysWhy() {
        given().queryParam("place", "Burma").queryParam("measure", "deaths").queryParam("count", "900")
                .queryParam("publishedAt", "2021-06-28")
                .when().get("/api/v1/context/casualties")
                .then().statusCode(200)
                .body("$", hasKey("series"))
                .body("series", nullValue())
                .body("observations", empty())
                .body("reason", containsString("fits several series"));
    }

    @Test
    void casualtyQueryProblemsNameTheParameter() {
        given().queryParam("place", "Myanmar").queryParam("measure", "killed").queryParam("count", "many")
                .when().get("/api/v1/context/casualties")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("count"));
        given().queryParam("place", "Myanmar").queryParam("measure", "killed")
                .when().get("/api/v1/context/casualties")
                .then().statusCode(400).body("violations.field", hasItem("count"));
        given().queryParam("place", "Myanmar").queryParam("measure", "killed").queryParam("count", "883")
                .queryParam("qualifier", "perhaps").when().get("/api/v1/context/casualties")
                .then().statusCode(400).body("violations.field", hasItem("qualifier"));
        given().queryParam("place", "Myanmar").queryParam("measure", "killed").queryParam("count", "-1")
                .queryParam("publishedAt", "28/06/2021")
                .when().get("/api/v1/context/casualties")
                .then().statusCode(400).body("violations.field", hasItem("count"))
                .body("violations.field", hasItem("publishedAt"));
    }
}
