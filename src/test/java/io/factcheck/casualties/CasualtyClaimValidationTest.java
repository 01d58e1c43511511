package io.factcheck.casualties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.factcheck.kernel.ClaimContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The constraints on {@link CasualtyClaim} that every door enforces, and the JSON reading a whole count needs. */
class CasualtyClaimValidationTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Set<String> invalidFields(CasualtyClaim claim) {
        Set<String> out = new TreeSet<>();
        for (ConstraintViolation<CasualtyClaim> v : validator.validate(claim)) {
            out.add(v.getPropertyPath().toString());
        }
        return out;
    }

    @Test
    void aCompleteClaimIsValid() {
        assertThat(invalidFields(new CasualtyClaim("Myanmar", "post-coup crackdown", "killed", 883L, "at least",
                "2021-06-28", "AAPP", new ClaimContext("2021-06-28")))).isEmpty();
        assertThat(invalidFields(new CasualtyClaim("Italy", null, "deaths", 0L, null, null, null, null))).isEmpty();
    }

    @Test
    void eachFieldNamesItsViolation() {
        assertThat(invalidFields(new CasualtyClaim(" ", null, "", null, null, null, null, null)))
                .containsExactly("count", "measure", "place");
        assertThat(invalidFields(new CasualtyClaim("x".repeat(201), "e".repeat(201), "m".repeat(101), -1L,
                "q".repeat(51), "2021-02-30", "s".repeat(101), new ClaimContext("28 June 2021"))))
                .containsExactly("asOf", "context.publishedAt", "count", "event", "measure", "place", "qualifier",
                        "source");
        assertThat(invalidFields(new CasualtyClaim("Italy", null, "deaths", 100_000_000_001L, null, null, null, null)))
                .containsExactly("count");
    }

    /**
     * Jackson truncates 12.5 to 12 for a {@code Long} unless float-to-integer coercion is refused: the doors'
     * JsonConfig must refuse it (and a string "883") so that a fractional count is a 400.
     */
    @Test
    void aFractionalCountIsRefusedByTheStrictJsonReading() throws Exception {
        ObjectMapper lenient = new ObjectMapper();
        assertThat(lenient.readValue("{\"place\":\"Italy\",\"measure\":\"deaths\",\"count\":12.5}", CasualtyClaim.class)
                .count()).isEqualTo(12L);
        ObjectMapper strict = new ObjectMapper();
        strict.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        assertThatThrownBy(() -> strict.readValue("{\"place\":\"Italy\",\"measure\":\"deaths\",\"count\":12.5}",
                CasualtyClaim.class)).isInstanceOf(MismatchedInputException.class).hasMessageContaining("count");
        assertThatThrownBy(() -> strict.readValue("{\"place\":\"Italy\",\"measure\":\"deaths\",\"count\":\"12\"}",
                CasualtyClaim.class)).isInstanceOf(MismatchedInputException.class);
        assertThat(strict.readValue("{\"place\":\"Italy\",\"measure\":\"deaths\",\"count\":74159,"
                + "\"context\":{\"publishedAt\":\"2021-01-01\"}}", CasualtyClaim.class))
                .isEqualTo(new CasualtyClaim("Italy", null, "deaths", 74159L, null, null, null,
                        new ClaimContext("2021-01-01")));
    }
}
