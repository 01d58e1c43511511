package io.factcheck.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.factcheck.kernel.ClaimRejected;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Turns validation and JSON failures into {@link Problem}s that name the field and the reason, for every door. */
public final class Problems {
    private static final String ENDS_EARLY = "is not valid JSON: the body ends before the value does";
    private Problems() {
    }

    public static Problem of(Collection<? extends ConstraintViolation<?>> violations, String prefix, String instance) {
        List<Problem.Violation> list = violations.stream()
                .map(v -> new Problem.Violation(prefix + field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return Problem.invalidClaim(list, instance);
    }

    public static Problem of(ClaimRejected e, String prefix, String instance) {
        return Problem.invalidClaim(List.of(new Problem.Violation(prefix + e.field(), e.getMessage())), instance);
    }

    /**
     * A body Jackson could not read or bind, in the client's terms: the field when one can be named, and what is wrong
     * with it in words of JSON, never Jackson's words or Java's type names.
     */
    public static Problem of(JsonProcessingException e, String prefix, String instance) {
        String body = prefix.isEmpty() ? "(body)" : prefix.substring(0, prefix.length() - 1);
        if (e instanceof MismatchedInputException mismatch && isTrailing(mismatch)) {
            return Problem.malformedJson(body, "must be one JSON value: more follows it" + at(e), instance);
        }
        StreamReadException read = streamFailure(e);
        if (read != null) {
            String reason = readReason(read);
            // a body cut short is the body's fault, not the field the parser was in
            String field = reason.endsWith(ENDS_EARLY) ? prefix : prefix + parsingPath(read);
            return Problem.malformedJson(field.equals(prefix) ? body : field, reason + at(read), instance);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = prefix + jsonPath(mapping.getPath());
            String reason = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? "must be " + typeName(mismatch.getTargetType())
                    : "has a value that cannot be read";
            return Problem.invalidClaim(List.of(new Problem.Violation(field, reason)), instance);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            // the body itself has the wrong shape ([...] or "..." where a claim or story object belongs)
            String type = typeName(mismatch.getTargetType());
            return Problem.invalidClaim(List.of(new Problem.Violation(body,
                    "must be " + (type.equals("an object") ? "a JSON object" : type))), instance);
        }
        return Problem.malformedJson(body, "is not valid JSON" + at(e), instance);
    }

    private static boolean isTrailing(MismatchedInputException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Trailing token");
    }

    /** The failure of the JSON text itself (syntax, duplicate key, number), wrapped or not in a binding failure. */
    private static StreamReadException streamFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException read) {
                return read;
            }
        }
        return null;
    }

    private static String readReason(StreamReadException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            return "appears more than once";
        }
        if (message.contains("out of range")) {
            return "is out of range: a whole number has at most 18 digits";
        }
        if (message.contains("numeric") || message.contains("Numeric") || message.contains("'NaN'")
                || message.contains("Infinity") || message.contains("Leading zero") || message.contains("number")) {
            return "is not a JSON number: digits only, with no leading zeros, plus sign, NaN or Infinity";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return ENDS_EARLY;
        }
        return "is not valid JSON";
    }

    private static String at(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** Where the parser stood when it failed, as a JSON path: "claims[2].count"; empty at the top. */
    private static String parsingPath(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                parts.add(0, "." + context.getCurrentName());
            } else if (context.inArray() && context.getCurrentIndex() >= 0) {
                parts.add(0, "[" + context.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** "verifyOfficial.claim.context.publishedAt" -> "context.publishedAt": the JSON path the client wrote. */
    static String field(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null && !out.isEmpty()) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                out.append(out.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return out.isEmpty() ? "(body)" : out.toString();
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return out.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

}
