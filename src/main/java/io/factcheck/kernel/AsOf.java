package io.factcheck.kernel;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The date a claim is checked at: its own {@code asOf}, else the copy's publication date, else today.
 *
 * @param source which of the three it was, for the explanation
 */
public record AsOf(LocalDate date, String source) {

    /** Inputs are validated yyyy-mm-dd strings (see {@code @IsoDate}). */
    public static AsOf resolve(String asOf, ClaimContext context, Clock clock) {
        if (asOf != null) {
            return new AsOf(isoDay(asOf), "asOf");
        }
        if (context != null && context.publishedAt() != null) {
            return new AsOf(isoDay(context.publishedAt()), "context.publishedAt");
        }
        return new AsOf(LocalDate.now(clock), "today");
    }

    /** A validated yyyy-mm-dd, read without the general-purpose formatter (it is on every claim's path). */
    public static LocalDate isoDay(String text) {
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10));
    }
}
