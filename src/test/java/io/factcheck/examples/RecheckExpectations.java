package io.factcheck.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The matching rules of re-check examples ({@code functions/recheck/examples/}), written once for every door that
 * answers them (HTTP Funqy, REST, the Lambda event path, a deployment). An example's {@code expect}:
 * <ul>
 *   <li>{@code status}: the HTTP status (default 200); any other is a problem document whose violations name each
 *       of {@code errorFields}, and nothing more is checked;</li>
 *   <li>{@code summary}: each count given must equal the answer's;</li>
 *   <li>{@code results}: one expectation per result, by position (as many results as expectations). Each text or
 *       number field given ({@code status}, {@code id}, {@code kind}, {@code originalVerdict},
 *       {@code currentVerdict}, {@code checkedAt}) must equal the result's; {@code changes}: the kinds of change
 *       ({@code what}) that must be listed; {@code says}: words some change must say ({@code []}: no change at
 *       all); {@code errorFields}: fields the result's error must name; {@code claims}: a story's claims, matched
 *       by the same rules. A changed result must carry the whole new verdict, a same one must not.</li>
 * </ul>
 */
public final class RecheckExpectations {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecheckExpectations() {
    }

    public static int status(JsonNode expect) {
        return expect.path("status").asInt(200);
    }

    public static void check(ExampleCorpus example, String door, int status, String body) {
        List<String> failures = new ArrayList<>();
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            answer = null;
        }
        JsonNode expect = example.expect();
        if (status != status(expect) || answer == null) {
            failures.add("status " + status + ", expected " + status(expect) + ": " + abbreviate(body));
        } else if (status != 200) {
            fields(answer, expect, "", failures);
        } else {
            JsonNode answerNode = answer;
            expect.path("summary").fields().forEachRemaining(e -> {
                if (answerNode.path("summary").path(e.getKey()).asInt(-1) != e.getValue().asInt()) {
                    failures.add("summary." + e.getKey() + " is " + answerNode.path("summary").path(e.getKey())
                            + ", expected " + e.getValue());
                }
            });
            results(answer.path("results"), expect.path("results"), "results", failures);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(example.function() + "/examples/" + example.file() + " via " + door + ":\n  "
                    + String.join("\n  ", failures) + "\n  answer: " + abbreviate(body));
        }
    }

    private static void results(JsonNode found, JsonNode expected, String where, List<String> failures) {
        if (found.size() != expected.size()) {
            failures.add(where + ": " + found.size() + " results, expected " + expected.size());
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            result(found.get(i), expected.get(i), where + "[" + i + "]", failures);
        }
    }

    private static void result(JsonNode found, JsonNode expected, String where, List<String> failures) {
        for (String field : List.of("status", "id", "kind", "originalVerdict", "currentVerdict", "checkedAt")) {
            if (expected.has(field) && !expected.get(field).asText().equals(found.path(field).asText())) {
                failures.add(where + "." + field + " is " + found.path(field) + ", expected " + expected.get(field));
            }
        }
        List<String> whats = found.path("changes").findValuesAsText("what");
        expected.path("changes").forEach(what -> {
            if (!whats.contains(what.asText())) {
                failures.add(where + ".changes lists " + whats + ", not " + what);
            }
        });
        if (expected.has("says")) {
            String says = String.join(" | ", found.path("changes").findValuesAsText("says"));
            if (expected.get("says").isEmpty() && found.path("changes").size() > 0) {
                failures.add(where + ".changes should be empty: " + says);
            }
            expected.get("says").forEach(words -> {
                if (!says.contains(words.asText())) {
                    failures.add(where + ".changes do not say '" + words.asText() + "': " + says);
                }
            });
        }
        String status = found.path("status").asText();
        boolean claim = !found.has("claims");
        if (claim && status.equals("changed") && !found.path("verdict").path("verdict").isTextual()) {
            failures.add(where + " changed but carries no new verdict");
        }
        if (status.equals("same") && found.has("verdict")) {
            failures.add(where + " is the same but carries a verdict");
        }
        if (expected.has("errorFields")) {
            fields(found.path("error"), expected, where + ".error", failures);
        }
        if (expected.has("claims")) {
            results(found.path("claims"), expected.get("claims"), where + ".claims", failures);
        }
    }

    private static void fields(JsonNode problem, JsonNode expected, String where, List<String> failures) {
        List<String> named = problem.path("violations").findValuesAsText("field");
        expected.path("errorFields").forEach(field -> {
            if (!named.contains(field.asText())) {
                failures.add(where + " names " + named + ", not " + field.asText());
            }
        });
    }

    private static String abbreviate(String body) {
        return body == null ? "(no body)" : body.length() <= 600 ? body : body.substring(0, 600) + "...";
    }
}
