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
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String replacement = letterWithoutDecomposition(c);
            if (replacement != null) {
                pendingSpace = append(out, replacement, pendingSpace);
            } else if (Character.isLetterOrDigit(c)) {
                pendingSpace = append(out, String.valueOf(Character.toLowerCase(c)), pendingSpace);
            } else if (c == '\'' || c == '\u2019' || c == '.') {
                // "Côte d'Ivoire", "U.S.": apostrophes and dots join rather than split
                continue;
            } else {
                pendingSpace = out.length() > 0;
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

    private static boolean append(StringBuilder out, String s, boolean pendingSpace) {
        if (pendingSpace) {
            out.append(' ');
        }
        out.append(s);
        return false;
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
