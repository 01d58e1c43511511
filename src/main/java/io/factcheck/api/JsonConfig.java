package io.factcheck.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.factcheck.casualties.CasualtyReading;
import io.factcheck.casualties.SeriesContext;
import io.factcheck.dates.EventContext;
import io.factcheck.official.PostContext;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Strict reading of claims: one JSON value with each key once (unknown keys are ignored: the contract welcomes
 * them); a number or boolean where a string belongs is a wrong type, not something to coerce
 * ({"name": 42} is a client bug worth reporting). Absent optional fields are left out of verdicts; the context
 * answers keep their nulls, so a script in a browser reads {@code end: null} (open) rather than undefined.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    private interface KeepNulls {
    }

    @Override
    public void customize(ObjectMapper mapper) {
        strict(mapper);
    }

    /**
     * The reading rules every door shares and the verdicts' writers ({@link VerdictJson}), for a mapper the framework
     * made or one made outside it (fuzzing).
     */
    public static ObjectMapper strict(ObjectMapper mapper) {
        return rules(mapper).registerModule(VerdictJson.module());
    }

    /** The rules alone, every answer written by Jackson's bean serializers: what {@link VerdictJson} must match. */
    static ObjectMapper rules(ObjectMapper mapper) {
        // one JSON value per body, each key once: '{...} more' and '{"name":"x","name":"y"}' are not one claim
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // a count of 12.5 or "883" is a wrong type, not something to round or parse
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // a count of 5,001 digits is the same client error as one of 40: out of range, naming the field. Jackson's
        // cap on a number's length (1,000 digits) fails the token before any field is known; the body limit bounds
        // the length instead, and a whole number is checked against a long's range without building a BigInteger
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(Integer.MAX_VALUE).build());
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        for (Class<?> type : List.of(PostContext.class, PostContext.Window.class, PostContext.Holder.class,
                EventContext.class, EventContext.Event.class, SeriesContext.class, SeriesContext.Point.class,
                CasualtyReading.Range.class)) {
            mapper.addMixIn(type, KeepNulls.class);
        }
        return mapper;
    }
}
