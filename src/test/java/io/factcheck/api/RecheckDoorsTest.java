package io.factcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Re-checks through both HTTP doors, fed with what the service itself answered: verdicts from /api/v1/verify/*, a
 * story check from /api/v1/check, then the same altered as an archive might be.
 */
@QuarkusTest
class RecheckDoorsTest {
    private static final String SHOIGU = """
            {"name": "Sergei Shoigu", "position": "Defense Minister", "jurisdiction": "Russia",
             "context": {"publishedAt": "2021-06-28"}}""";
    private static final String COUP = """
            {"event": "Myanmar military coup", "date": "almost five months ago",
             "context": {"publishedAt": "2021-06-28"}}""";
    private static final String AAPP_883 = """
            {"place": "Myanmar", "event": "post-coup crackdown", "measure": "killed", "count": 883,
             "qualifier": "at least", "source": "AAPP", "context": {"publishedAt": "2021-06-28"}}""";

    private static String verdict(String kind, String claim) {
        return given().contentType(ContentType.JSON).body(claim).when().post("/api/v1/verify/" + kind)
                .then().statusCode(200).extract().asString();
    }

    private static JsonPath recheck(String body, String query) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/recheck" + query)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void realVerdictsFedBackAreTheSame() {
        String body = "{\"items\": [" + verdict("official", SHOIGU) + ", " + verdict("date", COUP) + ", "
                + verdict("casualties", AAPP_883) + "]}";
        for (String path : new String[] {"/api/v1/recheck", "/recheck"}) {
            given().contentType(ContentType.JSON).body(body).when().post(path)
                    .then().statusCode(200)
                    .body("summary.items", equalTo(3))
                    .body("summary.same", equalTo(3))
                    .body("results.status", everyItem(equalTo("same")))
                    .body("results.index", equalTo(java.util.List.of(0, 1, 2)))
                    .body("results.kind", equalTo(java.util.List.of("official", "date", "casualties")))
                    .body("results.originalVerdict", everyItem(equalTo("SUPPORTED")))
                    .body("results.currentVerdict", everyItem(equalTo("SUPPORTED")))
                    .body("results.checkedAt", everyItem(equalTo("2021-06-28")))
                    .body("results.changes.flatten()", equalTo(java.util.List.of()))
                    .body("results[0]", not(hasKey("verdict")))
                    .body("asOf", nullValue())
                    .body("dataset.version", notNullValue());
        }
    }

    @Test
    void theFunctionPathIsDescribedWithTheRestOne() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/recheck'.post.tags", hasItem("Functions"))
                .body("paths.'/api/v1/recheck'.post.tags", hasItem("Re-check"))
                .body("components.schemas", hasKey("RecheckRequest"))
                .body("components.schemas", hasKey("RecheckReport"));
    }

    /** What a desk's archive may keep of a verdict: the fields a re-check reads. */
    static final String TRIMMED_883 = """
            {"id": "desk-2021-06-28-883", "kind": "casualties", "verdict": "SUPPORTED",
             "claim": {"place": "Myanmar", "event": "post-coup crackdown", "measure": "killed", "count": 883,
                       "qualifier": "at least", "source": "AAPP", "asOf": "2021-06-28",
                       "figure": 883, "figureDate": "2021-06-28"},
             "evidence": [{"source": "Dated casualty figures of AAPP, OHCHR and AFAD, quoted from their pages and the\
             press (casualties-curated)", "recordId": "myanmar-coup-aapp-killed 2021-06-28", "role": "decides"}],
             "dataset": {"version": "2024-11-22-1b250ab901"}}""";

    @Test
    void aVerdictTrimmedToWhatRecheckReadsIsEnough() {
        String dataset = given().when().get("/api/v1/datasets").then().extract().path("[0].version");
        String item = TRIMMED_883.replace("2024-11-22-1b250ab901", dataset);
        given().contentType(ContentType.JSON).body("{\"items\": [" + item + "]}").when().post("/api/v1/recheck")
                .then().statusCode(200)
                .body("results[0].status", equalTo("same"))
                .body("results[0].id", equalTo("desk-2021-06-28-883"))
                .body("results[0].changes", equalTo(java.util.List.of()));
        given().contentType(ContentType.JSON).body("{\"items\": [" + item + "], \"asOf\": \"2024-11-30\"}")
                .when().post("/recheck")
                .then().statusCode(200)
                .body("results[0].status", equalTo("changed"))
                .body("results[0].currentVerdict", equalTo("MISLEADING"))
                .body("results[0].changes.what", equalTo(java.util.List.of("verdict", "evidence.removed",
                        "evidence.added", "count")));
    }

    @Test
    void aTamperedLabelIsChangedWithTheNewVerdictAndTheReason() {
        String archived = verdict("casualties", AAPP_883).replace("\"SUPPORTED\"", "\"REFUTED\"");
        JsonPath answer = recheck("{\"items\": [{\"id\": \"desk-2021-06-28-4\", \"verdict\": " + archived
                + ", \"request\": " + AAPP_883 + "}]}", "");
        answer.setRootPath("results[0]");
        org.assertj.core.api.Assertions.assertThat(answer.getString("status")).isEqualTo("changed");
        org.assertj.core.api.Assertions.assertThat(answer.getString("id")).isEqualTo("desk-2021-06-28-4");
        org.assertj.core.api.Assertions.assertThat(answer.getString("originalVerdict")).isEqualTo("REFUTED");
        org.assertj.core.api.Assertions.assertThat(answer.getString("verdict.verdict")).isEqualTo("SUPPORTED");
        org.assertj.core.api.Assertions.assertThat(answer.getString("verdict.explanation")).contains("883");
        org.assertj.core.api.Assertions.assertThat(answer.getString("changes[0].what")).isEqualTo("verdict");
        org.assertj.core.api.Assertions.assertThat(answer.getString("changes[0].says"))
                .startsWith("verdict REFUTED is now SUPPORTED: AAPP counted 883");
    }

    @Test
    void aCountThatRoseMakesTheFigureMisleadingAsACurrentOne() {
        String body = "{\"items\": [" + verdict("casualties", AAPP_883) + ", " + verdict("date", COUP) + "]}";
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/recheck?asOf=2024-11-30")
                .then().statusCode(200)
                .body("asOf", equalTo("2024-11-30"))
                .body("results[0].status", equalTo("changed"))
                .body("results[0].checkedAt", equalTo("2024-11-30"))
                .body("results[0].checkedAtBasis", equalTo("asOf=2024-11-30"))
                .body("results[0].currentVerdict", equalTo("MISLEADING"))
                .body("results[0].verdict.claim.figure", equalTo(5982))
                .body("results[0].changes.what", hasItem("count"))
                .body("results[0].changes.find { it.what == 'count' }.says",
                        equalTo("AAPP's count now: 5,982 (as of 2024-11-22); then: 883 (as of 2021-06-28)"))
                // when the coup happened does not change: asked at its publication date still
                .body("results[1].status", equalTo("same"))
                .body("results[1].checkedAt", equalTo("2021-06-28"))
                .body("results[1].checkedAtBasis", containsString("asOf=2024-11-30 is not applied"));
    }

    @Test
    void todayIsTheDayTheRecheckRuns() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String body = "{\"items\": [" + verdict("official", SHOIGU) + "], \"asOf\": \"today\"}";
        for (String path : new String[] {"/api/v1/recheck", "/recheck"}) {
            given().contentType(ContentType.JSON).body(body).when().post(path)
                    .then().statusCode(200)
                    .body("asOf", equalTo(today))
                    .body("checkedOn", equalTo(today))
                    .body("results[0].checkedAt", equalTo(today))
                    .body("results[0].checkedAtBasis", equalTo("asOf=today"))
                    .body("results[0].status", equalTo("changed"))
                    // the officials' sources end in 2022: nothing on record says who holds the post today
                    .body("results[0].currentVerdict", equalTo("UNVERIFIABLE"))
                    .body("results[0].changes.find { it.what == 'holder' }.says",
                            containsString("Minister of Defence (Russia) on " + today))
                    // the records only say the term was open when the source was last updated
                    .body("results[0].changes.find { it.what == 'holder' }.says",
                            containsString("Sergey Shoygu (from 2012-11-06, open at the source's snapshot 2022-"));
        }
    }

    @Test
    void aStoryCheckFedBackIsAnsweredClaimByClaim() {
        String story = """
                {"text": "Russian Defense Minister Sergei Shoigu said on Monday that at least 883 people have been \
                killed in Myanmar since the coup, according to the AAPP.", "publishedAt": "2021-06-28"}""";
        String check = given().contentType(ContentType.JSON).body(story).when().post("/api/v1/check")
                .then().statusCode(200).extract().asString();
        int found = JsonPath.from(check).getList("claims").size();
        org.assertj.core.api.Assertions.assertThat(found).isPositive();
        String tampered = check.replaceFirst("\"verdict\":\"SUPPORTED\"", "\"verdict\":\"REFUTED\"");
        JsonPath answer = recheck("{\"items\": [" + check + ", " + tampered + "]}", "");
        org.assertj.core.api.Assertions.assertThat(answer.getString("results[0].kind")).isEqualTo("story");
        org.assertj.core.api.Assertions.assertThat(answer.getString("results[0].status")).isEqualTo("same");
        org.assertj.core.api.Assertions.assertThat(answer.getList("results[0].claims.id"))
                .isEqualTo(JsonPath.from(check).getList("claims.id"));
        org.assertj.core.api.Assertions.assertThat(answer.getList("results[0].claims.status"))
                .containsOnly("same").hasSize(found);
        org.assertj.core.api.Assertions.assertThat(answer.getString("results[1].status")).isEqualTo("changed");
        org.assertj.core.api.Assertions.assertThat(answer.getString("results[1].claims[0].originalVerdict"))
                .isEqualTo("REFUTED");
    }

    @Test
    void unreadableItemsGetTheirOwnErrorsNamingTheField() {
        String good = verdict("official", SHOIGU);
        String noName = good.replace("\"name\":\"Sergei Shoigu\",", "");
        String body = "{\"items\": [42, " + good + ", " + noName + ", "
                + good.replace("\"kind\":\"official\"", "\"kind\":\"horoscope\"") + ", "
                + good.replace("\"SUPPORTED\"", "\"TRUE\"") + ", {\"verdict\": " + good + ", \"request\": {\"name\": 7,"
                + " \"position\": \"President\"}}, {\"verdict\": \"SUPPORTED\", \"kind\": \"official\"}, {\"x\": 1}]}";
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/recheck")
                .then().statusCode(200)
                .body("summary.error", equalTo(7))
                .body("summary.same", equalTo(1))
                .body("results[0].status", equalTo("error"))
                .body("results[0].error.violations.field", hasItem("items[0]"))
                .body("results[1].status", equalTo("same"))
                .body("results[2].error.violations.field", hasItem("items[2].claim.name"))
                .body("results[2].originalVerdict", equalTo("SUPPORTED"))
                .body("results[3].error.violations.field", hasItem("items[3].kind"))
                .body("results[4].error.violations.field", hasItem("items[4].verdict"))
                .body("results[5].error.violations.field", hasItem("items[5].request.name"))
                .body("results[6].error.violations.field", hasItem("items[6].claim"))
                .body("results[7].error.violations.field", hasItem("items[7]"))
                .body("results[7].error.detail", containsString("story check"));
    }

    @Test
    void moreThanAThousandItemsOrABadDateIsRefusedWhole() {
        String item = verdict("official", SHOIGU);
        String tooMany = "{\"items\": [" + String.join(",", Collections.nCopies(RecheckRequest.MAX_ITEMS + 1, item))
                + "]}";
        for (String path : new String[] {"/api/v1/recheck", "/recheck"}) {
            given().contentType(ContentType.JSON).body(tooMany).when().post(path)
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("violations.field", hasItem("items"))
                    .body("detail", containsString("1000"));
            given().contentType(ContentType.JSON).body("{\"items\": []}").when().post(path)
                    .then().statusCode(400).body("violations.field", hasItem("items"));
            given().contentType(ContentType.JSON).body("{\"items\": [" + item + "], \"asOf\": \"tomorrow\"}")
                    .when().post(path)
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("violations.field", hasItem("asOf"));
            given().contentType(ContentType.JSON).body("{\"items\": 5}").when().post(path)
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("violations.field", hasItem("items"));
        }
        given().contentType(ContentType.JSON).body("{\"items\": [" + item + "]}")
                .when().post("/api/v1/recheck?asOf=2021-02-30")
                .then().statusCode(400).body("violations.field", hasItem("asOf"));
    }
}
