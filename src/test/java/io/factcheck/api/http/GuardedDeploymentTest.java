package io.factcheck.api.http;

import io.factcheck.story.Story;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A newsroom's deployment: API keys on, CORS for its tool, a small cap on requests in flight and a tight time limit
 * on story checks and bodies. Without a key a door answers 401; preflights, health and metrics need none; over the
 * cap a door answers 503 with Retry-After; a story over the time limit is a 503 problem; a body that does not
 * arrive in time a 408.
 */
@QuarkusTest
@TestProfile(GuardedDeploymentTest.Guarded.class)
class GuardedDeploymentTest {
    static final String KEY = "k3y-for-the-cms-0123456789";
    static final String CMS = "https://cms.example.org";
    private static final String CLAIM = StalledClientsTest.CLAIM;

    @TestHTTPResource("/")
    URI root;

    public static class Guarded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factcheck.api-keys", "another-key-abcdefghijkl," + KEY,
                    "quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", CMS,
                    "factcheck.http.max-in-flight", "2", "factcheck.story.time-limit", "5ms",
                    "factcheck.http.body-timeout", "1s");
        }
    }

    @Test
    void aDoorWithoutAValidKeyIsUnauthorized() {
        for (String path : List.of("/verify-official", "/api/v1/verify/official")) {
            for (String key : new String[] {null, "", "wrong", KEY.substring(1)}) {
                var request = given().contentType(ContentType.JSON).body(CLAIM);
                if (key != null) {
                    request.header(ApiKeys.HEADER, key);
                }
                request.when().post(path).then().statusCode(401).contentType("application/problem+json")
                        .header("WWW-Authenticate", containsString(ApiKeys.HEADER))
                        .body("type", equalTo("urn:factcheck:problem:unauthorized"));
            }
            given().header(ApiKeys.HEADER, KEY).contentType(ContentType.JSON).body(CLAIM)
                    .when().post(path).then().statusCode(200).body("verdict", equalTo("SUPPORTED"));
        }
        given().header(ApiKeys.HEADER, KEY).get("/api/v1/context/official?name=Sergei+Shoigu&position=Defense+Minister")
                .then().statusCode(200);
        given().get("/api/v1/datasets").then().statusCode(401);
    }

    @Test
    void preflightHealthAndMetricsNeedNoKey() {
        given().header("Origin", CMS).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key")
                .when().options("/verify-official")
                .then().statusCode(200).header("Access-Control-Allow-Origin", CMS)
                .header("Access-Control-Allow-Headers", containsString("X-API-Key"));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void aStoryOverTheTimeLimitIsAProblem() {
        String text = "Russian Defense Minister Sergei Shoigu met Myanmar's junta chief on Feb. 1. ".repeat(1200);
        assertThat(text.length()).isLessThan(Story.MAX_TEXT);
        for (String path : List.of("/check-story", "/api/v1/check")) {
            given().header(ApiKeys.HEADER, KEY).contentType(ContentType.JSON)
                    .body("{\"text\": \"" + text + "\", \"publishedAt\": \"2021-06-28\"}")
                    .when().post(path).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "1").body("type", equalTo("urn:factcheck:problem:time-limit"));
        }
    }

    @Test
    void requestsOverTheCapAreTurnedAwayWithRetryAfter() throws Exception {
        String text = "Russian Defense Minister Sergei Shoigu spoke. ".repeat(500);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                answers.add(clients.submit(() -> given().header(ApiKeys.HEADER, KEY).contentType(ContentType.JSON)
                        .body("{\"text\": \"" + text + "\", \"publishedAt\": \"2021-06-28\"}").post("/check-story")));
            }
            int busy = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode()).isEqualTo(503);
                if (response.path("type").equals("urn:factcheck:problem:busy")) {
                    busy++;
                    assertThat(response.header("Retry-After")).isEqualTo("1");
                }
            }
            assertThat(busy).as("turned away at the cap").isPositive();
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIsARequestTimeout() throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("POST /api/v1/verify/official HTTP/1.1\r\nHost: localhost\r\n"
                    + ApiKeys.HEADER + ": " + KEY + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"
                    + "\r\n{\"name\":").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json",
                    "urn:factcheck:problem:request-timeout");
        }
    }
}
