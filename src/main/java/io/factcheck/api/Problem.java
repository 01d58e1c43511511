package io.factcheck.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem document, with the fields a client needs to fix its request. Every refusal of every door has
 * one of the stable {@code type}s below; clients branch on the type, never on the words of {@code detail}.
 *
 * @param violations one entry per bad field, named by its JSON path ("asOf", "claims[2].name")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String URN = "urn:factcheck:problem:";
    public static final String INVALID_CLAIM = URN + "invalid-claim";
    public static final String MALFORMED_JSON = URN + "malformed-json";
    public static final String TOO_LARGE = URN + "too-large";
    public static final String BAD_REQUEST = URN + "bad-request";
    public static final String UNSUPPORTED_MEDIA_TYPE = URN + "unsupported-media-type";
    public static final String NOT_ACCEPTABLE = URN + "not-acceptable";
    public static final String NOT_FOUND = URN + "not-found";
    public static final String METHOD_NOT_ALLOWED = URN + "method-not-allowed";
    public static final String KIND_NOT_SERVED = URN + "kind-not-served";
    public static final String UNAUTHORIZED = URN + "unauthorized";
    public static final String REQUEST_TIMEOUT = URN + "request-timeout";
    public static final String BUSY = URN + "busy";
    public static final String TIME_LIMIT = URN + "time-limit";
    public static final String INTERNAL = URN + "internal";
    public static final String RELOAD_OFF = URN + "reload-off";
    public static final String BAD_REFERENCE_DATA = URN + "bad-reference-data";

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
        return new Problem(MALFORMED_JSON, "Malformed request body", 400,
                field == null ? detail : field + ": " + detail, instance,
                field == null ? null : List.of(new Violation(field, detail)));
    }

    /** The answer a door gives when the request itself, not a claim in it, cannot be taken (HTTP status known). */
    public static Problem ofStatus(int status, String detail, String instance) {
        return switch (status) {
            case 400 -> new Problem(BAD_REQUEST, "Bad Request", 400, detail, instance, null);
            case 401 -> new Problem(UNAUTHORIZED, "Unauthorized", 401, detail, instance, null);
            case 404 -> new Problem(NOT_FOUND, "Not Found", 404, detail, instance, null);
            case 405 -> new Problem(METHOD_NOT_ALLOWED, "Method Not Allowed", 405, detail, instance, null);
            case 406 -> new Problem(NOT_ACCEPTABLE, "Not Acceptable", 406, detail, instance, null);
            case 408 -> new Problem(REQUEST_TIMEOUT, "Request Timeout", 408, detail, instance, null);
            case 413 -> new Problem(TOO_LARGE, "Content Too Large", 413, detail, instance, null);
            case 415 -> new Problem(UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", 415, detail, instance, null);
            case 503 -> new Problem(BUSY, "Service Unavailable", 503, detail, instance, null);
            default -> status >= 500 ? internal(instance)
                    : new Problem(BAD_REQUEST, "Bad Request", status, detail, instance, null);
        };
    }

    /** A defect: the details stay in the log, the client learns only that it happened. */
    public static Problem internal(String instance) {
        return new Problem(INTERNAL, "Internal Server Error", 500,
                "The request could not be answered; the failure is logged.", instance, null);
    }
}
