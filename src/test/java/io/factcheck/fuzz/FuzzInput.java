package io.factcheck.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * Fuzz inputs are bytes read as UTF-8 text (malformed sequences become U+FFFD), so that the committed inputs
 * (src/test/resources/io/factcheck/fuzz/*Inputs/) are plain text a person can read and write.
 */
final class FuzzInput {
    /** The lock the fuzz tests hold while they run: Jazzer's JUnit integration is not meant for parallel tests. */
    static final String JAZZER = "jazzer";

    private FuzzInput() {
    }

    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** The input's lines, the last one taking the rest: "first\nsecond\nrest\nof it" with n = 3. */
    static String[] lines(byte[] data, int n) {
        String[] parts = text(data).split("\n", n);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = i < parts.length ? parts[i] : "";
        }
        return out;
    }
}
