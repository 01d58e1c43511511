package io.factcheck.kernel.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.DateTimeException;
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
        if (plainDigits(value)) {
            // every claim carries a date or two: reading the digits directly costs a tenth of the formatter
            try {
                return LocalDate.of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10));
            } catch (DateTimeException e) {
                return null; // 2021-02-30, month 13: rejected, as the strict formatter does
            }
        }
        try {
            return LocalDate.parse(value, STRICT); // a sign or other oddity: the formatter's rules decide
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean plainDigits(String value) {
        for (int i = 0; i < 10; i++) {
            char c = value.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + value.charAt(i) - '0';
        }
        return n;
    }
}
