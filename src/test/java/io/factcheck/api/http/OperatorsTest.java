package io.factcheck.api.http;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** What an operator relies on: metrics, readiness, security headers, and clients that go away counted, not logged. */
@QuarkusTest
class OperatorsTest {
    private static final String CLAIM = StalledClientsTest.CLAIM;

    @TestHTTPResource("/")
    URI root;

    @Test
    void metricsCountVerdictsRefusalsAndRequestsPerPath() {
        double supported = metric("factcheck_verdicts_total{kind=\"official\",label=\"SUPPORTED\"}");
        double refused = metric("factcheck_refused_total{reason=\"invalid-claim\",status=\"400\"}");
        given().contentType(ContentType.JSON).body(CLAIM).post("/verify-official").then().statusCode(200);
        given().contentType(ContentType.JSON).body(CLAIM).post("/api/v1/verify/official").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"name\": \"\"}").post("/verify-official").then().statusCode(400);
        assertThat(metric("factcheck_verdicts_total{kind=\"official\",label=\"SUPPORTED\"}")).isEqualTo(supported + 2);
        assertThat(metric("factcheck_refused_total{reason=\"invalid-claim\",status=\"400\"}")).isEqualTo(refused + 1);
        String metrics = given().get("/q/metrics").asString();
        assertThat(metrics).contains("http_server_requests_seconds_bucket{method=\"POST\",outcome=\"SUCCESS\","
                + "status=\"200\",uri=\"/verify-official\",le=\"0.001\"}");
    }

    @Test
    void storyVerdictsAreCountedToo() {
        double before = metric("factcheck_verdicts_total{kind=\"official\",label=\"SUPPORTED\"}");
        given().contentType(ContentType.JSON).body("{\"text\": \"Russian Defense Minister Sergei Shoigu spoke.\","
                + " \"publishedAt\": \"2021-06-28\"}").post("/check-story").then().statusCode(200);
        assertThat(metric("factcheck_verdicts_total{kind=\"official\",label=\"SUPPORTED\"}")).isEqualTo(before + 1);
    }

    @Test
    void reChecksAreCountedByStatus() {
        String verdict = given().contentType(ContentType.JSON).body(StalledClientsTest.CLAIM).post("/verify-official")
                .then().statusCode(200).extract().asString();
        String tampered = verdict.replace("\"SUPPORTED\"", "\"REFUTED\"");
        double same = metric("factcheck_rechecks_total{status=\"same\"}");
        double changed = metric("factcheck_rechecks_total{status=\"changed\"}");
        given().contentType(ContentType.JSON).body("{\"items\": [" + verdict + ", " + verdict + ", " + tampered + "]}")
                .post("/api/v1/recheck").then().statusCode(200).body("summary.changed", org.hamcrest.Matchers.is(1));
        assertThat(metric("factcheck_rechecks_total{status=\"same\"}")).isEqualTo(same + 2);
        assertThat(metric("factcheck_rechecks_total{status=\"changed\"}")).isEqualTo(changed + 1);
    }

    @Test
    void aClientThatGoesAwayIsCountedNotAnError() throws Exception {
        double before = metric("factcheck_http_client_closed_total");
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.getOutputStream().write(("POST /verify-official HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"name\":")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Thread.sleep(100);
            socket.setSoLinger(true, 0); // a reset, as a client that crashed
        }
        for (int i = 0; i < 50 && metric("factcheck_http_client_closed_total") == before; i++) {
            Thread.sleep(20);
        }
        assertThat(metric("factcheck_http_client_closed_total")).isGreaterThan(before);
    }

    @Test
    void readinessWatchesTheWorkers() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("workers")).body("status", equalTo("UP"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        List<Response> answers = List.of(
                given().contentType(ContentType.JSON).body(CLAIM).post("/verify-official"),
                given().contentType(ContentType.JSON).body("{}").post("/api/v1/verify/official"),
                given().get("/nothing/here"),
                given().get("/q/health/ready"),
                given().get("/q/swagger-ui/"),
                given().get("/"));
        for (Response answer : answers) {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
        assertThat(answers.get(4).statusCode()).as("Swagger UI still served").isEqualTo(200);
    }

    private static double metric(String series) {
        String metrics = given().get("/q/metrics").asString();
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
