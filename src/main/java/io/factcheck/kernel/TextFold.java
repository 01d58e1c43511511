package io.factcheck.kernel;

import java.text.Normalizer;

/**
 * Folds free text to a comparable form: lower case, no diacritics, letters and digits separated by single spaces.
 * "Iván Duque-Márquez" and "ivan duque marquez" fold alike.
 */
public final class TextFold {
    private TextFold() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // Most copy is plain ASCII: decomposing it would only cost time.
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '.'
                    || (c >= 0x80 && Character.getType(c) == Character.NON_SPACING_MARK)) {
                continue; // apostrophes and dots join ("Côte d'Ivoire", "U.S."); accents go
            }
            if (c < 0x80 ? !isAsciiLetterOrDigit(c) : !Character.isLetterOrDigit(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            String replacement = c < 0x80 ? null : letterWithoutDecomposition(c);
            if (replacement != null) {
                out.append(replacement);
            } else {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** " folded text ": whole-word containment is then a substring test. */
    public static String padded(String text) {
        return " " + fold(text) + " ";
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Latin letters that NFD does not split into base letter and mark. */
    private static String letterWithoutDecomposition(char c) {
        return switch (c) {
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ' -> "d";
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ı' -> "i";
            case 'þ', 'Þ' -> "th";
            default -> null;
        };
    }
}
