package io.factcheck.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem document, with the fields a client needs to fix its request.
 *
 * @param violations one entry per bad field, named by its JSON path ("asOf", "claims[2].name")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final String INVALID_CLAIM = "urn:factcheck:problem:invalid-claim";
    static final String MALFORMED_JSON = "urn:factcheck:problem:malformed-json";
    static final String TOO_LARGE = "urn:factcheck:problem:too-large";

    public record Violation(String field, String message) {
    }

    public static Problem invalidClaim(List<Violation> violations, String instance) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid claim");
        return new Problem(INVALID_CLAIM, "Invalid claim", 400, detail, instance, violations);
    }

    /** A field longer than the doors read (HTTP 413): the story's {@code text} over its limit. */
    public static Problem tooLarge(String field, String message, String instance) {
        return new Problem(TOO_LARGE, "Content Too Large", 413, field + ": " + message, instance,
                List.of(new Violation(field, message)));
    }

    public static Problem malformedJson(String field, String detail, String instance) {
        return new Problem(MALFORMED_JSON, "Malformed request body", 400, detail, instance,
                field == null ? null : List.of(new Violation(field, detail)));
    }
}
