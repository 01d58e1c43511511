package io.factcheck.api;

import io.factcheck.api.http.ApiKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A production deployment over a desk's own directory, with API keys on: an edited file is not seen until
 * {@code POST /api/v1/datasets/reload} (with a key) swaps in the newly loaded dataset; a file that fails to load is
 * answered with its file, line and reason while the old dataset keeps answering; requests during reloads all get
 * answers from one dataset or the other.
 */
@QuarkusTest
@TestProfile(ReloadTest.OwnDirectory.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReloadTest {
    static final String KEY = "reload-test-key-0123456789";
    static final DeskDataset DESK = DeskDataset.create("desk-reload");
    static final String ATTAL = "{\"name\":\"Gabriel Attal\",\"position\":\"Prime Minister\",\"jurisdiction\":\"France\","
            + "\"asOf\":\"2024-03-01\"}";

    public static class OwnDirectory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factcheck.reference.path", DESK.dir().toString(), "factcheck.api-keys", KEY);
        }
    }

    @Test
    @Order(1)
    void anEditIsAnsweredOnlyAfterAReload() {
        verdictOfAttal("UNVERIFIABLE");
        DESK.appendTenure("Gabriel Attal,,,Prime Minister,France,2024-01-09,2024-09-05,single,desk,,fr-pm-2,");
        DESK.version("2");
        verdictOfAttal("UNVERIFIABLE");

        given().post("/api/v1/datasets/reload").then().statusCode(401);
        given().header(ApiKeys.HEADER, KEY).post("/api/v1/datasets/reload").then().statusCode(200)
                .body("previousVersion", equalTo("1")).body("dataset.version", equalTo("2"))
                .body("dataset.records.tenures", equalTo(2));
        verdictOfAttal("SUPPORTED").body("dataset.version", equalTo("2"));
        given().header(ApiKeys.HEADER, KEY).get("/api/v1/datasets").then().body("[0].version", equalTo("2"));
    }

    @Test
    @Order(2)
    void aFileThatFailsToLoadLeavesTheOldDatasetAnswering() {
        DESK.appendTenure("Michel Barnier,,,Prime Minister,France,2024-09-31,,single,desk,,fr-pm-3,");
        DESK.version("3");
        given().header(ApiKeys.HEADER, KEY).post("/api/v1/datasets/reload").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:factcheck:problem:bad-reference-data"))
                .body("detail", containsString("tenures.csv:4: column 'start'"))
                .body("detail", containsString("dataset 2 still answers"))
                .body("violations[0].field", equalTo("tenures.csv:4"));
        verdictOfAttal("SUPPORTED").body("dataset.version", equalTo("2"));
    }

    @Test
    @Order(3)
    void requestsDuringReloadsAreAnsweredByOneDatasetOrTheOther() throws Exception {
        DESK.write("tenures.csv", DeskDataset.TENURES_HEADER
                + "Gabriel Attal,,,Prime Minister,France,2024-01-09,2024-09-05,single,desk,,fr-pm-2,\n");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean reloading = new AtomicBoolean(true);
        try {
            List<Future<List<Integer>>> clients = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                clients.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    while (reloading.get()) {
                        statuses.add(given().header(ApiKeys.HEADER, KEY).contentType(ContentType.JSON).body(ATTAL)
                                .post("/api/v1/verify/official").then().body("verdict", equalTo("SUPPORTED"))
                                .extract().statusCode());
                    }
                    return statuses;
                }));
            }
            for (int version = 4; version <= 8; version++) {
                DESK.version(String.valueOf(version));
                given().header(ApiKeys.HEADER, KEY).post("/api/v1/datasets/reload").then().statusCode(200)
                        .body("dataset.version", equalTo(String.valueOf(version)));
            }
            reloading.set(false);
            for (Future<List<Integer>> client : clients) {
                assertThat(client.get()).isNotEmpty().containsOnly(200);
            }
        } finally {
            reloading.set(false);
            pool.shutdownNow();
        }
    }

    private static io.restassured.response.ValidatableResponse verdictOfAttal(String verdict) {
        return given().header(ApiKeys.HEADER, KEY).contentType(ContentType.JSON).body(ATTAL)
                .post("/api/v1/verify/official").then().statusCode(200).body("verdict", equalTo(verdict));
    }
}
