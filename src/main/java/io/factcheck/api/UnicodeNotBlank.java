package io.factcheck.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code @NotBlank} as Unicode means it: a value made only of White_Space characters (no-break spaces, the
 * ideographic space, the Ogham space mark...) is blank. Hibernate Validator's own rule trims only ASCII controls
 * and spaces, so {@code "\u00a0\u3000"} would pass as a name. Replaces the built-in validator on every door
 * ({@link ValidationConfig}).
 */
public class UnicodeNotBlank implements ConstraintValidator<NotBlank, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value != null && !isBlank(value);
    }

    public static boolean isBlank(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            if (!isWhiteSpace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Unicode's White_Space property; every such character is in the Basic Multilingual Plane. */
    static boolean isWhiteSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
