package io.factcheck.kernel.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Checks {@link IsoDate}: strict parsing, so 2021-02-30 is rejected rather than rolled to March. */
public class IsoDateValidator implements ConstraintValidator<IsoDate, String> {
    /** The years every claim date must lie in: the records this service checks against start and end there. */
    public static final int MIN_YEAR = 1800;
    public static final int MAX_YEAR = 2100;
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate date = parse(value);
        return date != null && date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    /** The date, or null when the text is not an existing yyyy-mm-dd date. */
    public static LocalDate parse(String value) {
        if (value == null || value.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(value, STRICT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
