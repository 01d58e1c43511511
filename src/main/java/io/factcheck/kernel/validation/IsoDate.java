package io.factcheck.kernel.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A calendar date written yyyy-mm-dd that exists, in a year a news claim can be about. Null passes: combine with
 * {@code @NotBlank} where the date is required.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDateValidator.class)
public @interface IsoDate {
    String message() default "must be an existing date written yyyy-mm-dd, in the years " + IsoDateValidator.MIN_YEAR
            + " to " + IsoDateValidator.MAX_YEAR;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
