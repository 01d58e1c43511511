package io.factcheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.kernel.Csv;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** GET /api/v1/coverage: what can be checked, on the bundled dataset, as an editor asks it. */
@QuarkusTest
class CoverageRestTest {
    /** The all-places answer stays a page of lines, not the dataset: about 200 KB for 233 places now. */
    private static final int MOST_BYTES = 300_000;
    private static final Path DATASET = Path.of("src/main/resources/dataset");

    @Test
    void myanmarByItsOtherNameListsTheAappSeriesAndItsCoupsComplete() {
        given().queryParam("place", "Burma").when().get("/api/v1/coverage")
                .then().statusCode(200).contentType("application/json")
                .body("id", equalTo("myanmar"))
                .body("name", equalTo("Myanmar"))
                .body("aliases", hasItem("Burma"))
                .body("kinds", equalTo(List.of("official", "date", "casualties")))
                .body("casualties.find { it.id == 'myanmar-coup-aapp-killed' }.counter", equalTo("AAPP"))
                .body("casualties.find { it.id == 'myanmar-coup-aapp-killed' }.event", equalTo("post-coup crackdown"))
                .body("casualties.find { it.id == 'myanmar-coup-aapp-killed' }.role", equalTo("primary"))
                .body("casualties.find { it.id == 'myanmar-coup-aapp-killed' }.from", equalTo("2021-03-15"))
                .body("casualties.findAll { it.counter == 'AAPP' }.measure", hasItems("killed", "arrested", "detained"))
                .body("date.find { it.kind == 'coup' }.to", equalTo("2021-02-01"))
                .body("date.find { it.kind == 'coup' }.sources", hasItem("powell-thyne-coups"))
                .body("date.find { it.kind == 'coup' }.absenceRefutes.source", hasItem("powell-thyne-coups"))
                .body("date.find { it.kind == 'coup' }.absenceRefutes.find { it.source == 'powell-thyne-coups' }"
                        + ".subtypes", equalTo(List.of("attempted", "realized")))
                .body("sources.'powell-thyne-coups'.name", containsString("Powell"))
                .body("sources.'powell-thyne-coups'", hasKey("snapshot"))
                .body("dataset.name", equalTo("factcheck-bundled"));
    }

    @Test
    void aCityGivesItsCountrysCoverage() {
        given().queryParam("place", "Naypyidaw").when().get("/api/v1/coverage")
                .then().statusCode(200).body("id", equalTo("myanmar"));
        given().queryParam("place", "Kyiv").when().get("/api/v1/coverage")
                .then().statusCode(200).body("id", equalTo("ukraine"));
    }

    @Test
    void russiaListsItsMinisterOfDefenceStillHeldAtTheSnapshot() {
        JsonPath russia = given().queryParam("place", "Russian Federation").when().get("/api/v1/coverage")
                .then().statusCode(200).extract().jsonPath();
        String defence = "official.find { it.post == 'Minister of Defence' }";
        assertThat(russia.getBoolean(defence + ".openAtSnapshot")).isTrue();
        assertThat(russia.getInt(defence + ".holders")).isGreaterThanOrEqualTo(2);
        assertThat(russia.getList(defence + ".sources", String.class)).contains("ep-russia-cabinet");
        assertThat(russia.getString(defence + ".to"))
                .isEqualTo(russia.getString("sources.'ep-russia-cabinet'.snapshot"));
        assertThat(russia.getList("official.find { it.post == 'President' }.alsoWritten", String.class))
                .contains("Head of State");
        assertThat(russia.getList("official.post", String.class)).doesNotHaveDuplicates()
                // what copy names most comes first: head of government, head of state, the effective ruler
                .startsWith("Prime Minister", "President", "Leader");
        // the effective ruler's post, by the titles copy gives a coup's leader
        assertThat(russia.getList("official.find { it.post == 'Leader' }.alsoWritten", String.class))
                .containsExactly("coup leader", "junta leader");
    }

    @Test
    void eachTitleAPostIsAlsoWrittenByFindsIt() {
        for (String[] holder : List.of(new String[] {"Russia", "President", "Vladimir Putin"},
                new String[] {"Ireland", "Taoiseach", "Micheál Martin"})) {
            List<String> titles = given().queryParam("place", holder[0]).queryParam("kind", "official")
                    .when().get("/api/v1/coverage").then().statusCode(200).extract().jsonPath()
                    .getList("official.find { it.post == '" + holder[1] + "' }.alsoWritten", String.class);
            assertThat(titles).as(holder[1]).isNotEmpty();
            for (String title : titles) {
                given().contentType("application/json").body(Map.of("name", holder[2], "position", title,
                                "jurisdiction", holder[0], "asOf", "2021-06-28"))
                        .when().post("/api/v1/verify/official")
                        .then().statusCode(200)
                        .body("verdict", equalTo("SUPPORTED"))
                        .body("claim.post", equalTo(holder[1]));
            }
        }
    }

    @Test
    void anUnknownPlaceIsABadQueryNamingPlaceWithNamesItMayHaveMeant() {
        given().queryParam("place", "Myanmr").when().get("/api/v1/coverage")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.INVALID_CLAIM))
                .body("instance", equalTo("/api/v1/coverage"))
                .body("violations[0].field", equalTo("place"))
                .body("violations[0].message", containsString("no place"))
                .body("violations[0].message", containsString("Myanmar"));
        given().queryParam("place", "Narnia").when().get("/api/v1/coverage")
                .then().statusCode(400).body("violations[0].field", equalTo("place"))
                .body("detail", not(containsString("did you mean")));
        given().queryParam("place", "\u00a0 ").when().get("/api/v1/coverage")
                .then().statusCode(400).body("violations[0].message", equalTo("must not be blank"));
        given().queryParam("place", "x".repeat(201)).when().get("/api/v1/coverage")
                .then().statusCode(400).body("violations[0].field", equalTo("place"));
        given().queryParam("kind", "horoscope").when().get("/api/v1/coverage")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", containsString("official"));
    }

    @Test
    void whereAbsenceRefutesWithNoEventOnRecordAClaimedEventIsRefutedCitingTheSource() {
        given().queryParam("place", "Iceland").queryParam("kind", "date").when().get("/api/v1/coverage")
                .then().statusCode(200)
                .body("date.find { it.kind == 'coup' }.events", equalTo(0))
                .body("date.find { it.kind == 'coup' }.absenceRefutes.source", hasItem("powell-thyne-coups"));
        given().contentType("application/json").body("""
                        {"event": "coup in Iceland", "date": "2010-03-01"}""")
                .when().post("/api/v1/verify/date")
                .then().statusCode(200)
                .body("verdict", equalTo("REFUTED"))
                .body("evidence.source", hasItem(containsString("Powell & Thyne")))
                .body("evidence.find { it.source.contains('Powell') }.location", containsString("event_coverage.csv"));
    }

    @Test
    void aPlaceIsFoundByIdAndCodeAsByName() {
        for (String name : List.of("united-kingdom", "GBR", "British", "United Kingdom")) {
            given().queryParam("place", name).when().get("/api/v1/coverage")
                    .then().statusCode(200).body("id", equalTo("united-kingdom"));
        }
    }

    @Test
    void everyPlaceWithAKindIsListedInAFewLines() throws IOException {
        String body = given().when().get("/api/v1/coverage").then().statusCode(200).extract().asString();
        assertThat(body.length()).isLessThan(MOST_BYTES);
        JsonNode all = new ObjectMapper().readTree(body);
        Map<String, Set<String>> placesByKind = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode place : all.get("places")) {
            ids.add(place.get("id").asText());
            assertThat(place.get("kinds")).as(place.get("id").asText()).isNotEmpty();
            place.get("kinds").forEach(kind -> placesByKind.computeIfAbsent(kind.asText(), k -> new TreeSet<>())
                    .add(place.get("id").asText()));
            place.path("official").path("sources").forEach(source -> assertThat(
                    all.at("/sources/" + source.asText() + "/name").asText()).as(source.asText()).isNotBlank());
        }
        assertThat(ids).contains("myanmar", "russia").doesNotHaveDuplicates();
        // read from the dataset's own files, not from the answer: every place they name is there
        assertThat(placesByKind.get("official")).isEqualTo(column("tenures.csv", "jurisdiction"));
        Set<String> eventPlaces = column("events.csv", "place");
        eventPlaces.addAll(column("event_coverage.csv", "place"));
        assertThat(placesByKind.get("date")).isEqualTo(eventPlaces);
        assertThat(column("casualty_series.csv", "place")).containsAll(placesByKind.get("casualties"));

        JsonNode myanmar = all.get("places").get(ids.indexOf("myanmar"));
        assertThat(myanmar.at("/casualties/events").toString()).contains("post-coup crackdown");
        assertThat(myanmar.at("/official/posts").asInt()).isPositive();
        JsonNode coups = null;
        for (JsonNode kind : myanmar.get("date")) {
            coups = kind.get("kind").asText().equals("coup") ? kind : coups;
        }
        assertThat(coups.get("absenceRefutes").asBoolean()).isTrue();
    }

    @Test
    void oneKindAskedLeavesTheOthersOut() throws IOException {
        JsonNode casualties = new ObjectMapper().readTree(given().queryParam("kind", "casualties")
                .when().get("/api/v1/coverage").then().statusCode(200).extract().asString());
        assertThat(casualties.get("places")).isNotEmpty().allSatisfy(place -> {
            assertThat(place.get("kinds").toString()).isEqualTo("[\"casualties\"]");
            assertThat(place.has("official")).isFalse();
        });
        given().queryParam("place", "Myanmar").queryParam("kind", "official").when().get("/api/v1/coverage")
                .then().statusCode(200)
                .body("kinds", equalTo(List.of("official")))
                .body("$", not(hasKey("date")))
                .body("$", not(hasKey("casualties")));
    }

    private static Set<String> column(String file, String column) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Reader reader = Files.newBufferedReader(DATASET.resolve(file))) {
            Csv.read(reader, file, List.of(column), row -> out.add(row.required(column)));
        }
        return out;
    }
}
