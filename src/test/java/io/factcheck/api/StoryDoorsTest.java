package io.factcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

/**
 * The two doors of the story wing: the check-story function and {@code POST /api/v1/check}, which also answers
 * schema.org ClaimReview JSON-LD. Both call the one StoryChecker; the examples in functions/check-story/ run
 * through both in {@link FunctionExamplesTest}.
 */
@QuarkusTest
class StoryDoorsTest {
    private static final String URL = "https://news.example.com/2021/06/28/myanmar-russia";
    private static final String STORY = """
            {"text": "Russian Defense Minister Sergei Shoigu met Myanmar coup leader Min Aung Hlaing in Moscow.",
             "publishedAt": "2021-06-28", "dateline": "Moscow", "title": "Shoigu meets Min Aung Hlaing"%s}""";

    private static String story(String url) {
        return STORY.formatted(url == null ? "" : ", \"url\": \"" + url + "\"");
    }

    @Test
    void bothDoorsAnswerTheSameCheck() {
        JsonPath funqy = given().contentType(ContentType.JSON).body(story(null))
                .when().post("/check-story")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        JsonPath rest = given().contentType(ContentType.JSON).body(story(null))
                .when().post("/api/v1/check")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertThat(funqy.getList("claims")).isNotEmpty().isEqualTo(rest.getList("claims"));
        assertThat(funqy.getMap("summary")).isEqualTo(rest.getMap("summary"));
        assertThat(funqy.getString("dataset.version")).isNotBlank();
    }

    @Test
    void withoutAPreferenceTheAnswerIsJson() {
        given().contentType(ContentType.JSON).accept("*/*").body(story(URL))
                .when().post("/api/v1/check")
                .then().statusCode(200).contentType(ContentType.JSON).body("$", hasKey("claims"));
    }

    @Test
    void claimReviewJsonLdOnePerClaim() {
        JsonPath check = given().contentType(ContentType.JSON).body(story(URL))
                .when().post("/api/v1/check")
                .then().statusCode(200).extract().jsonPath();
        JsonPath reviews = given().contentType(ContentType.JSON).accept("application/ld+json").body(story(URL))
                .when().post("/api/v1/check")
                .then().statusCode(200).contentType("application/ld+json").extract().jsonPath();

        List<Map<String, Object>> claims = check.getList("claims");
        List<Map<String, Object>> list = reviews.getList("$");
        assertThat(claims).isNotEmpty();
        assertThat(list).hasSameSizeAs(claims);
        for (int i = 0; i < claims.size(); i++) {
            String at = "[" + i + "].";
            assertThat(reviews.getString(at + "'@context'")).isEqualTo("https://schema.org");
            assertThat(reviews.getString(at + "'@type'")).isEqualTo("ClaimReview");
            assertThat(reviews.getString(at + "url")).isEqualTo(URL + "#" + check.getString("claims" + at + "id"));
            assertThat(reviews.getString(at + "claimReviewed")).isEqualTo(check.getString("claims" + at + "text"));
            assertThat(reviews.getString(at + "datePublished"))
                    .isIn(LocalDate.now(ZoneOffset.UTC).toString(), LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
            assertThat(reviews.getString(at + "author.name")).isEqualTo("factcheck-functions");
            assertThat(reviews.getString(at + "itemReviewed.'@type'")).isEqualTo("Claim");
            assertThat(reviews.getString(at + "itemReviewed.appearance.url")).isEqualTo(URL);
            assertThat(reviews.getString(at + "itemReviewed.datePublished")).isEqualTo("2021-06-28");
            String verdict = check.getString("claims" + at + "verdict.verdict");
            Map<String, Object> rating = reviews.getMap(at + "reviewRating");
            switch (verdict) {
                case "SUPPORTED" -> assertThat(rating).containsEntry("alternateName", "True")
                        .containsEntry("ratingValue", 5).containsEntry("worstRating", 1).containsEntry("bestRating", 5);
                case "REFUTED" -> assertThat(rating).containsEntry("alternateName", "False").containsEntry("ratingValue", 1);
                case "MISLEADING" -> assertThat(rating).containsEntry("alternateName", "Misleading")
                        .containsEntry("ratingValue", 2);
                default -> assertThat(rating).containsEntry("alternateName", "Unverifiable")
                        .doesNotContainKey("ratingValue");
            }
        }
    }

    @Test
    void claimReviewNeedsTheStoryUrl() {
        given().contentType(ContentType.JSON).accept("application/ld+json").body(story(null))
                .when().post("/api/v1/check")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("url"))
                .body("detail", containsString("#claim-N"))
                .body("instance", equalTo("/api/v1/check"));
    }

    @Test
    void claimReviewNeedsAnAbsoluteWebAddress() {
        given().contentType(ContentType.JSON).accept("application/ld+json").body(story("2021/06/28/myanmar-russia"))
                .when().post("/api/v1/check")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("url"))
                .body("detail", containsString("absolute http(s) address"));
    }

    @Test
    void aMediaTypeNotServedIsAProblem() {
        given().contentType(ContentType.JSON).accept("text/html").body(story(URL))
                .when().post("/api/v1/check")
                .then().statusCode(406).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(406));
    }

    @Test
    void openApiDescribesBothDoors() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/check'.post.responses.'200'.content", hasKey("application/json"))
                .body("paths.'/api/v1/check'.post.responses.'200'.content", hasKey("application/ld+json"))
                .body("paths.'/api/v1/check'.post.responses.'400'.content", hasKey("application/problem+json"))
                .body("paths.'/api/v1/check'.post.responses.'413'.content", hasKey("application/problem+json"))
                .body("paths.'/api/v1/check'.post.responses.'200'.content.'application/json'.schema.'$ref'",
                        startsWith("#/components/schemas/StoryCheck"))
                .body("paths.'/check-story'.post.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Story"))
                .body("paths.'/check-story'.post.responses", hasKey("413"))
                .body("components.schemas", hasKey("Story"))
                .body("components.schemas", hasKey("StoryCheck"))
                .body("components.schemas.Story.properties", hasKey("publishedAt"));
    }
}
