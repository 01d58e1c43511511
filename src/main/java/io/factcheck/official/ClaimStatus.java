package io.factcheck.official;

import java.util.Locale;

/** What the claim says of the person's hold on the post on the as-of date: its {@code status} field. */
enum ClaimStatus {
    /** Held it on the day (the default). */
    CURRENT,
    /** Held it before the day and not on it: "former", "ousted", "ex-". */
    FORMER,
    /** Held it on the day as a stand-in; the records seldom say so, and often leave acting holders out. */
    ACTING;

    /** @param written a validated status, or null for the default */
    static ClaimStatus of(String written) {
        if (written == null) {
            return CURRENT;
        }
        return switch (written) {
            case "current" -> CURRENT;
            case "former" -> FORMER;
            case "acting" -> ACTING;
            default -> throw new IllegalArgumentException("status must be current, former or acting: " + written);
        };
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
