package io.factcheck.deployed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.examples.ExampleCorpus;
import io.factcheck.examples.FunctionDescriptor;
import io.factcheck.examples.RecheckExpectations;
import io.factcheck.examples.StoryExpectations;
import io.factcheck.story.Story;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example and bad input of the chosen functions, sent over HTTP to a running deployment outside the test's
 * JVM: the Functions Framework invoker in CI ({@code infra/gcp/invoker-test}), or a deployed function
 * ({@code infra/smoke}). Skipped unless {@code -Dfactcheck.url} is given. The verdict rules are those of the
 * in-process tests: {@link ExampleCorpus}, {@link StoryExpectations} and {@link RecheckExpectations}.
 * <ul>
 *   <li>{@code factcheck.url}: the deployment's base URL; {@code {name}} in it is replaced by the function's name
 *       (one URL per function, as on Google Cloud Functions or Knative). The Funqy path ({@code /verify-date}) and
 *       the REST path ({@code /api/v1/verify/date}) are appended;</li>
 *   <li>{@code factcheck.functions}: the function names to check, comma-separated (default: every folder of
 *       functions/);</li>
 *   <li>{@code factcheck.rest}: {@code false} skips the REST paths (a Lambda deployment has only the function);</li>
 *   <li>{@code factcheck.badInputs}: {@code false} skips the bad inputs (Lambda answers them as the function's
 *       error, not as a 400 problem);</li>
 *   <li>{@code factcheck.lambda}: {@code true} for a Lambda deployment behind API Gateway: no REST paths, no bad
 *       inputs, and a story example answered elsewhere with a problem must come back as an error (5xx);</li>
 *   <li>{@code factcheck.export}: the only function the deployment exports; then a claim of another kind must get
 *       a 404 problem;</li>
 *   <li>environment {@code FACTCHECK_HEADERS}: request headers, one {@code Name: value} a line (credentials; kept
 *       off the command line).</li>
 * </ul>
 */
class DeployedExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean LAMBDA = Boolean.getBoolean("factcheck.lambda");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + abbreviate(body));
            }
        }
    }

    private static String base(FunctionDescriptor function) {
        String url = System.getProperty("factcheck.url", "");
        return url.replace("{name}", function.name()).replaceAll("/+$", "");
    }

    static Answer post(String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (String line : System.getenv().getOrDefault("FACTCHECK_HEADERS", "").split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                request.header(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    @TestFactory
    Stream<DynamicNode> examplesAndBadInputsOverHttp() {
        Assumptions.assumeFalse(System.getProperty("factcheck.url", "").isBlank(),
                "no -Dfactcheck.url: nothing deployed to check");
        Set<String> chosen = Arrays.stream(System.getProperty("factcheck.functions", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        List<FunctionDescriptor> functions = FunctionDescriptor.all().stream()
                .filter(f -> chosen.isEmpty() || chosen.contains(f.name())).toList();
        assertThat(functions.stream().map(FunctionDescriptor::name).toList())
                .as("functions named by -Dfactcheck.functions").containsAll(chosen).isNotEmpty();
        boolean rest = !LAMBDA && Boolean.parseBoolean(System.getProperty("factcheck.rest", "true"));
        boolean badInputs = !LAMBDA && Boolean.parseBoolean(System.getProperty("factcheck.badInputs", "true"));
        String export = System.getProperty("factcheck.export", "");
        return functions.stream().map(function -> {
            List<String> paths = new ArrayList<>(List.of("/" + function.funqy()));
            if (rest) {
                paths.add(function.rest());
            }
            List<DynamicNode> nodes = new ArrayList<>();
            for (String path : paths) {
                String url = base(function) + path;
                for (ExampleCorpus example : ExampleCorpus.of(function.name())) {
                    nodes.add(DynamicTest.dynamicTest(path + " " + example.file(), () -> check(function, example, url)));
                }
                if (badInputs) {
                    nodes.add(DynamicTest.dynamicTest(path + " bad inputs", () -> badInputs(function, url)));
                }
            }
            if (!export.isBlank() && function.funqy().equals(export) && function.isClaim()) {
                nodes.add(DynamicTest.dynamicTest("other kinds are not served",
                        () -> otherKindsNotServed(function, base(function))));
            }
            return DynamicContainer.dynamicContainer(function.name(), nodes);
        });
    }

    static void check(FunctionDescriptor function, ExampleCorpus example, String url) throws Exception {
        Answer answer = post(url, example.request().toString());
        String where = function.name() + "/examples/" + example.file() + " via POST " + url;
        if (!function.isClaim()) { // answered whole: a story's claims, a re-check's items
            int status = function.isStory() ? StoryExpectations.status(example.expect())
                    : RecheckExpectations.status(example.expect());
            if (LAMBDA && status != 200) {
                assertThat(answer.status()).as(where + ": a problem comes back as the function's error, "
                        + abbreviate(answer.body())).isGreaterThanOrEqualTo(500);
            } else if (function.isStory()) {
                StoryExpectations.check(example, "POST " + url, answer.status(), answer.body());
            } else {
                RecheckExpectations.check(example, "POST " + url, answer.status(), answer.body());
            }
            return;
        }
        assertThat(answer.status()).as(where + ": " + abbreviate(answer.body())).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("kind").asText()).as(where + " kind").isEqualTo(function.kind());
        assertThat(json.path("verdict").asText()).as(where + " verdict (" + json.path("explanation").asText() + ")")
                .isEqualTo(example.verdict());
        assertThat(json.path("explanation").asText()).as(where + " explanation").isNotBlank()
                .contains(example.explanationContains());
        assertThat(json.path("dataset").path("version").asText()).as(where + " dataset.version").isNotBlank();
        if (List.of("SUPPORTED", "REFUTED").contains(example.verdict())) {
            assertThat(json.path("evidence")).as(where + " evidence").isNotEmpty();
            json.path("evidence").forEach(e -> assertThat(e.path("source").asText()).as(where + " evidence.source")
                    .isNotBlank());
        }
    }

    static void badInputs(FunctionDescriptor function, String url) throws Exception {
        if (function.isRecheck()) {
            expectProblem(url, "{\"items\": []}", 400, "items");
            expectProblem(url, "{\"items\": [{}], \"asOf\": \"2021-02-30\"}", 400, "asOf");
        } else if (function.isStory()) {
            expectProblem(url, "{\"text\": \"  \", \"publishedAt\": \"2021-02-30\"}", 400, "text", "publishedAt");
            expectProblem(url, "{\"text\": \"" + "x".repeat(Story.MAX_TEXT + 1) + "\"}", 413, "text");
        } else {
            expectProblem(url, "{\"context\": {\"publishedAt\": \"2021-02-30\"}}", 400, "context.publishedAt");
        }
        Answer malformed = post(url, "{\"text\": \"Shoigu\", ");
        assertThat(malformed.status()).as("malformed JSON to " + url + ": " + abbreviate(malformed.body()))
                .isEqualTo(400);
        assertThat(malformed.json().path("title").asText()).isEqualTo("Malformed request body");
    }

    static void expectProblem(String url, String body, int status, String... fields) throws Exception {
        Answer answer = post(url, body);
        String where = "POST " + url + " " + abbreviate(body) + " -> " + abbreviate(answer.body());
        assertThat(answer.status()).as(where).isEqualTo(status);
        assertThat(answer.contentType()).as(where).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("status").asInt()).as(where).isEqualTo(status);
        assertThat(problem.path("violations").findValuesAsText("field")).as(where + " violations").contains(fields);
        assertThat(answer.body()).as(where + " (no stack trace)").doesNotContain("at io.");
    }

    /** A deployment exporting one claim function answers the other kinds' Funqy paths with a 404 problem. */
    static void otherKindsNotServed(FunctionDescriptor exported, String base) throws Exception {
        String body = ExampleCorpus.of(exported.name()).get(0).request().toString();
        for (FunctionDescriptor other : FunctionDescriptor.all()) {
            if (!other.isClaim() || other.name().equals(exported.name())) {
                continue;
            }
            Answer answer = post(base + "/" + other.funqy(), body);
            assertThat(answer.status()).as("POST /" + other.funqy() + " on a deployment exporting "
                    + exported.funqy() + ": " + abbreviate(answer.body())).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "(no body)" : body.length() <= 400 ? body : body.substring(0, 400) + "...";
    }
}
