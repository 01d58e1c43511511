package io.factcheck.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.story.Story;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Set;

/**
 * Reads a claim from raw JSON and applies its constraints, so the HTTP doors (REST, batch, and Funqy when it
 * cannot bind a body) report the same problem for the same bad claim: wrong types and broken rules alike name the
 * field. The Funqy functions bind claims themselves and call {@link #validate}; on a cloud binding a wrong JSON
 * type then comes back as Jackson's message, which names the field's path.
 */
@ApplicationScoped
public class ClaimReader {
    /** What a body that is not a claim (null, a list, a number) is told, on every door. */
    public static final String NOT_AN_OBJECT = "must be a JSON object";

    private final ObjectMapper mapper;
    private final Validator validator;

    /** With the strict mapper ({@link JsonConfig}) and validator ({@link ValidationConfig}) the doors share. */
    @Inject
    public ClaimReader(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** Reads a body's text as the HTTP doors do: one JSON value, each key once, then the claim's rules. */
    public <T> T read(String body, Class<T> type, String instance) {
        try {
            return read(mapper.readTree(body), type, "", instance);
        } catch (JsonProcessingException e) {
            throw new InvalidClaimException(Problems.of(e, "", instance));
        }
    }

    /**
     * @param prefix  prepended to field names, "claims[3]." inside a batch
     * @param instance the path the claim came in on, for the problem document
     */
    public <T> T read(JsonNode json, Class<T> type, String prefix, String instance) {
        if (json == null || !json.isObject()) {
            throw new InvalidClaimException(Problem.invalidClaim(List.of(new Problem.Violation(
                    prefix.isEmpty() ? "(body)" : prefix.substring(0, prefix.length() - 1),
                    NOT_AN_OBJECT)), instance));
        }
        T claim;
        try {
            claim = mapper.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new InvalidClaimException(Problems.of(e, prefix, instance));
        }
        return validate(claim, prefix, instance);
    }

    /** A claim already bound (by Funqy) checked against its constraints; a missing body is a problem too. */
    public <T> T validate(T claim, String instance) {
        if (claim == null) {
            throw new InvalidClaimException(Problem.invalidClaim(List.of(new Problem.Violation("(body)",
                    NOT_AN_OBJECT)), instance));
        }
        return validate(claim, "", instance);
    }

    /**
     * A story bound by a door (Funqy or JAX-RS), checked as the contract orders: copy over {@link Story#MAX_TEXT}
     * characters is a 413 naming {@code text} whatever else is wrong, then the story's constraints as for claims.
     */
    public Story validateStory(Story story, String instance) {
        if (story != null && story.text() != null && story.text().length() > Story.MAX_TEXT) {
            throw new InvalidClaimException(Problem.tooLarge("text", "must be at most " + Story.MAX_TEXT
                    + " characters (UTF-16 code units), not " + story.text().length(), instance));
        }
        return validate(story, instance);
    }

    private <T> T validate(T claim, String prefix, String instance) {
        Set<ConstraintViolation<T>> violations = validator.validate(claim);
        if (!violations.isEmpty()) {
            throw new InvalidClaimException(Problems.of(violations, prefix, instance));
        }
        return claim;
    }
}
