package io.factcheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/**
 * /q/openapi works in Swagger: every request example is sent as it is and must succeed, operations carry the
 * human tags, claim dates are {@code format: date}, and every path the README lists is described.
 */
@QuarkusTest
class OpenApiTest {
    private static final Set<String> TAGS = Set.of("Functions", "Verify", "Check a story", "Re-check", "Datasets",
            "Context");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "options", "head");
    private JsonNode doc;

    @BeforeEach
    void fetch() throws Exception {
        doc = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    /** The request examples: path, example name, and the example's value with its $ref followed. */
    private List<Map.Entry<String, JsonNode>> requestExamples() {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> {
            JsonNode examples = path.getValue().path("post").path("requestBody").path("content")
                    .path("application/json").path("examples");
            examples.fields().forEachRemaining(e -> {
                JsonNode example = e.getValue().has("$ref") ? doc.at(e.getValue().get("$ref").asText().substring(1))
                        : e.getValue();
                out.add(Map.entry(path.getKey() + " " + e.getKey(), example.get("value")));
            });
        });
        return out;
    }

    @Test
    void everyRequestExampleSucceedsAsItIs() {
        List<Map.Entry<String, JsonNode>> examples = requestExamples();
        assertThat(examples).extracting(e -> e.getKey().split(" ")[0]).contains("/verify-official",
                "/verify-date", "/verify-casualties", "/check-story", "/api/v1/verify/official",
                "/api/v1/verify/date", "/api/v1/verify/casualties", "/api/v1/verify", "/api/v1/check", "/recheck",
                "/api/v1/recheck");
        for (Map.Entry<String, JsonNode> example : examples) {
            String path = example.getKey().split(" ")[0];
            int status = given().contentType(ContentType.JSON).body(example.getValue().toString())
                    .when().post(path).then().extract().statusCode();
            assertThat(status).as(example.getKey()).isEqualTo(200);
        }
    }

    @Test
    void theExamplesAreTheRealClaims() {
        assertThat(doc.at("/components/examples/Shoigu/value/name").asText()).isEqualTo("Sergei Shoigu");
        given().contentType(ContentType.JSON).body(doc.at("/components/examples/Batch/value").toString())
                .when().post("/api/v1/verify")
                .then().statusCode(200)
                .body("results.verdict", everyItem(equalTo("SUPPORTED")));
    }

    @Test
    void theRecheckExampleIsAskedAgainAndStandsTheSame() {
        for (String path : List.of("/recheck", "/api/v1/recheck")) {
            given().contentType(ContentType.JSON).body(doc.at("/components/examples/RecheckShoigu/value").toString())
                    .when().post(path)
                    .then().statusCode(200)
                    .body("results.status", contains("same"))
                    .body("results[0].currentVerdict", equalTo("SUPPORTED"));
        }
    }

    @Test
    void dateQueryParametersShowAnExampleDate() {
        JsonNode parameters = doc.at("/paths/~1api~1v1~1context~1official/get/parameters");
        assertThat(parameters.findParents("name")).filteredOn(p -> p.path("name").asText().equals("asOf"))
                .extracting(p -> p.path("example").asText()).containsExactly("2021-06-28");
    }

    @Test
    void everyOperationHasAHumanTag() {
        Set<String> used = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return; // a path's own description or parameters
            }
            JsonNode tags = op.getValue().path("tags");
            assertThat(tags.size()).as(path.getKey() + " " + op.getKey() + " has a tag").isPositive();
            tags.forEach(t -> {
                if (!path.getKey().startsWith("/q/")) {
                    assertThat(TAGS).as(path.getKey()).contains(t.asText());
                }
                used.add(t.asText());
            });
        }));
        assertThat(used).containsAll(TAGS);
        List<String> declared = new ArrayList<>();
        doc.get("tags").forEach(t -> declared.add(t.get("name").asText()));
        assertThat(declared).containsAll(TAGS).doesNotHaveDuplicates();
    }

    @Test
    void claimDatesAreDates() {
        for (String pointer : List.of("/components/schemas/OfficialClaim/properties/asOf",
                "/components/schemas/CasualtyClaim/properties/asOf",
                "/components/schemas/ClaimContext/properties/publishedAt",
                "/components/schemas/Story/properties/publishedAt")) {
            assertThat(doc.at(pointer + "/format").asText()).as(pointer).isEqualTo("date");
        }
        for (String parameter : List.of("/api/v1/context/official asOf", "/api/v1/context/date publishedAt",
                "/api/v1/context/casualties publishedAt")) {
            String[] p = parameter.split(" ");
            JsonNode found = null;
            for (JsonNode param : doc.get("paths").get(p[0]).get("get").get("parameters")) {
                if (param.get("name").asText().equals(p[1])) {
                    found = param;
                }
            }
            assertThat(found).as(parameter).isNotNull();
            assertThat(found.at("/schema/format").asText()).as(parameter).isEqualTo("date");
        }
    }

    @Test
    void everyPathTheReadmeListsIsDescribed() {
        assertThat(iterable(doc.get("paths").fieldNames())).contains("/verify-official", "/verify-date",
                "/verify-casualties", "/check-story", "/noop", "/api/v1/verify/official", "/api/v1/verify/date",
                "/api/v1/verify/casualties", "/api/v1/verify", "/api/v1/check", "/api/v1/datasets",
                "/api/v1/context/official", "/api/v1/context/date", "/api/v1/context/casualties",
                "/api/v1/coverage",
                "/q/health/ready", "/q/health/live");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
