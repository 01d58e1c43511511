package io.factcheck.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The matching rules of story examples ({@code functions/check-story/examples/}), written once for every door that
 * answers a story (HTTP Funqy, REST, the Lambda event path). An example's {@code expect}:
 * <ul>
 *   <li>{@code status}: the HTTP status (default 200); a story answered with anything else is a problem document
 *       with that status, and nothing more is checked;</li>
 *   <li>{@code claims}: each expected claim must be found, by {@code kind} and exact {@code text} (its span must
 *       read that text in {@code request.text}). {@code verdict} must equal the found verdict's label; each field
 *       given under {@code claim} must equal the found claim's (a JSON null: null or absent; fields not given are not
 *       checked); {@code attributedTo}, if present, must equal (null: null or absent). An expected claim without
 *       {@code text} is found by {@code kind} and its {@code claim} fields instead, and may add
 *       {@code claimContains}: fields whose found value must contain the given words, ignoring case (for copy
 *       whose exact spans are the finders' choice). Each found claim answers one expectation at most;</li>
 *   <li>{@code exhaustive}: true means no claim was found beyond the expected ones;</li>
 *   <li>{@code dates}: a subset of the dates found, by {@code text} (and {@code value} and {@code mod} if given);</li>
 *   <li>{@code notChecked}: a subset of what was read but not checked, by {@code kind} and {@code text}.</li>
 * </ul>
 * Every claim found, expected or not, must have a span that reads its text in the request: offsets are UTF-16 code
 * units, so markup, control characters and emoji before a claim must not shift it.
 */
public final class StoryExpectations {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryExpectations() {
    }

    public static int status(JsonNode expect) {
        return expect.path("status").asInt(200);
    }

    /** Checks a door's answer to a story example; the failure names the example and the door, and every difference. */
    public static void check(ExampleCorpus example, String door, int status, String body) {
        check(example.function() + "/examples/" + example.file() + " via " + door, example.request(),
                example.expect(), status, body);
    }

    /**
     * @param where  the example and the door, for the failure message
     * @param status the HTTP status the door answered with
     * @param body   the answer's body
     */
    public static void check(String where, JsonNode request, JsonNode expect, int status, String body) {
        List<String> failures = new ArrayList<>();
        JsonNode answer = parse(body);
        int expectedStatus = status(expect);
        if (status != expectedStatus) {
            failures.add("status " + status + ", expected " + expectedStatus + ": " + abbreviate(body));
        } else if (expectedStatus != 200) {
            if (answer == null || answer.path("status").asInt() != expectedStatus) {
                failures.add("expected a problem document with status " + expectedStatus + ", got " + abbreviate(body));
            }
        } else if (answer == null || !answer.path("claims").isArray()) {
            failures.add("the answer is not a story check (no claims array): " + abbreviate(body));
        } else {
            compare(request.path("text").asText(), expect, answer, failures);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(where + ":\n  " + String.join("\n  ", failures));
        }
    }

    private static void compare(String text, JsonNode expect, JsonNode answer, List<String> failures) {
        List<JsonNode> found = list(answer.path("claims"));
        for (JsonNode claim : found) {
            String spanProblem = spanProblem(text, claim);
            if (spanProblem != null) {
                failures.add(describe(claim) + ": " + spanProblem);
            }
        }
        List<JsonNode> unused = new ArrayList<>(found);
        for (JsonNode expected : list(expect.path("claims"))) {
            List<JsonNode> candidates = unused.stream().filter(f -> identifies(expected, f)).toList();
            if (candidates.isEmpty()) {
                failures.add("no " + describeExpected(expected) + " found; found: " + summary(found));
                continue;
            }
            List<String> firstDifferences = null;
            JsonNode match = null;
            for (JsonNode candidate : candidates) {
                List<String> differences = differences(expected, candidate);
                if (differences.isEmpty()) {
                    match = candidate;
                    break;
                }
                if (firstDifferences == null) {
                    firstDifferences = differences;
                }
            }
            if (match == null) {
                failures.add(describe(candidates.get(0)) + " differs from the expected " + describeExpected(expected)
                        + ": " + String.join("; ", firstDifferences));
            }
            unused.remove(match == null ? candidates.get(0) : match);
        }
        if (expect.path("exhaustive").asBoolean(false) && !unused.isEmpty()) {
            failures.add("the claims are exhaustive, but these were also found: " + summary(unused));
        }
        subset(expect.path("dates"), answer.path("dates"), "date",
                (e, f) -> e.path("text").asText().equals(f.path("text").asText())
                        && (!e.has("value") || e.path("value").asText().equals(f.path("value").asText()))
                        && (!e.has("mod") || e.path("mod").asText().equals(f.path("mod").asText())),
                e -> "'" + e.path("text").asText() + "'" + (e.has("value") ? " = " + e.path("value").asText() : ""),
                f -> "'" + f.path("text").asText() + "' = " + f.path("value").asText(), failures);
        subset(expect.path("notChecked"), answer.path("notChecked"), "claim not checked",
                (e, f) -> e.path("kind").asText().equals(f.path("kind").asText())
                        && e.path("text").asText().equals(f.path("text").asText()),
                e -> e.path("kind").asText() + " '" + e.path("text").asText() + "'",
                f -> f.path("kind").asText() + " '" + f.path("text").asText() + "'", failures);
    }

    /** Whether this found claim is the one the expectation is about (its verdict and details are compared after). */
    private static boolean identifies(JsonNode expected, JsonNode found) {
        if (!expected.path("kind").asText().equals(found.path("kind").asText())) {
            return false;
        }
        if (expected.has("text")) {
            return expected.path("text").asText().equals(found.path("text").asText());
        }
        return claimDifferences(expected, found).isEmpty();
    }

    private static List<String> differences(JsonNode expected, JsonNode found) {
        List<String> out = new ArrayList<>();
        if (expected.has("verdict")) {
            String verdict = found.path("verdict").path("verdict").asText(null);
            if (!expected.path("verdict").asText().equals(verdict)) {
                out.add("verdict " + verdict + ", expected " + expected.path("verdict").asText()
                        + " (" + found.path("verdict").path("explanation").asText("no explanation") + ")");
            }
        }
        out.addAll(claimDifferences(expected, found));
        if (expected.has("attributedTo") && !same(expected.get("attributedTo"), found.get("attributedTo"))) {
            out.add("attributedTo " + found.get("attributedTo") + ", expected " + expected.get("attributedTo"));
        }
        return out;
    }

    private static List<String> claimDifferences(JsonNode expected, JsonNode found) {
        List<String> out = new ArrayList<>();
        JsonNode claim = found.path("claim");
        for (Map.Entry<String, JsonNode> field : expected.path("claim").properties()) {
            if (!same(field.getValue(), claim.get(field.getKey()))) {
                out.add("claim." + field.getKey() + " " + claim.get(field.getKey()) + ", expected " + field.getValue());
            }
        }
        for (Map.Entry<String, JsonNode> field : expected.path("claimContains").properties()) {
            JsonNode value = claim.get(field.getKey());
            String words = field.getValue().asText().toLowerCase(Locale.ROOT);
            if (value == null || value.isNull() || !value.asText().toLowerCase(Locale.ROOT).contains(words)) {
                out.add("claim." + field.getKey() + " " + value + ", expected it to contain '" + field.getValue().asText()
                        + "'");
            }
        }
        return out;
    }

    /** Expected null matches null or absent; numbers compare by value (883 = 883.0); anything else by equality. */
    private static boolean same(JsonNode expected, JsonNode found) {
        if (expected == null || expected.isNull()) {
            return found == null || found.isNull() || found.isMissingNode();
        }
        if (found == null) {
            return false;
        }
        if (expected.isNumber() && found.isNumber()) {
            return expected.decimalValue().compareTo(found.decimalValue()) == 0;
        }
        return expected.equals(found);
    }

    private static String spanProblem(String text, JsonNode claim) {
        JsonNode span = claim.path("span");
        if (!span.path("start").isInt() || !span.path("end").isInt()) {
            return "no span";
        }
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        if (start < 0 || end < start || end > text.length()) {
            return "span [" + start + ", " + end + ") is outside the text (" + text.length() + " code units)";
        }
        String words = text.substring(start, end);
        return words.equals(claim.path("text").asText()) ? null
                : "span [" + start + ", " + end + ") reads '" + words + "' in the request text";
    }

    private static void subset(JsonNode expected, JsonNode found, String what, BiPredicate<JsonNode, JsonNode> matches,
                               java.util.function.Function<JsonNode, String> describeExpected,
                               java.util.function.Function<JsonNode, String> describeFound, List<String> failures) {
        List<JsonNode> all = list(found);
        for (JsonNode e : list(expected)) {
            if (all.stream().noneMatch(f -> matches.test(e, f))) {
                failures.add("no " + what + " " + describeExpected.apply(e) + " found; found: "
                        + all.stream().map(describeFound).collect(Collectors.joining(", ", "[", "]")));
            }
        }
    }

    private static String describe(JsonNode found) {
        return found.path("id").asText("?") + " " + found.path("kind").asText() + " '" + found.path("text").asText()
                + "'";
    }

    private static String describeExpected(JsonNode expected) {
        String kind = expected.path("kind").asText();
        if (expected.has("text")) {
            return kind + " claim '" + expected.path("text").asText() + "'";
        }
        return kind + " claim with " + expected.path("claim") + (expected.has("claimContains")
                ? " containing " + expected.path("claimContains") : "");
    }

    private static String summary(List<JsonNode> claims) {
        return claims.stream().map(c -> c.path("kind").asText() + " '" + c.path("text").asText() + "' "
                        + c.path("verdict").path("verdict").asText() + " " + c.path("claim"))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static List<JsonNode> list(JsonNode array) {
        return array.isArray() ? StreamSupport.stream(array.spliterator(), false).toList() : List.of();
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "(no body)";
        }
        return body.length() <= 600 ? body : body.substring(0, 600) + "...";
    }
}
