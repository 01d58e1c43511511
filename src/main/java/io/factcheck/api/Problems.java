package io.factcheck.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.factcheck.kernel.ClaimRejected;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Turns validation and JSON failures into {@link Problem}s that name the field and the reason, for every door. */
public final class Problems {
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

    public static Problem of(JsonProcessingException e, String prefix, String instance) {
        if (e instanceof JsonParseException parse) {
            return Problem.malformedJson(null, "not valid JSON at line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ": " + parse.getOriginalMessage(), instance);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = prefix + jsonPath(mapping.getPath());
            String reason = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? "must be " + typeName(mismatch.getTargetType())
                    : firstLine(mapping.getOriginalMessage());
            return Problem.invalidClaim(List.of(new Problem.Violation(field, reason)), instance);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            // the body itself has the wrong shape ([...] or "..." where a claim or story object belongs)
            String field = prefix.isEmpty() ? "(body)" : prefix.substring(0, prefix.length() - 1);
            String type = typeName(mismatch.getTargetType());
            return Problem.invalidClaim(List.of(new Problem.Violation(field,
                    "must be " + (type.equals("an object") ? "a JSON object" : type))), instance);
        }
        return Problem.malformedJson(null, firstLine(e.getOriginalMessage()), instance);
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

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable request body";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
