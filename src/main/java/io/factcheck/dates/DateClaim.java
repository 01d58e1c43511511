package io.factcheck.dates;

import io.factcheck.kernel.ClaimContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "The Feb. 1 coup": did this event happen on this date? The date is as written; partial and relative dates are
 * read against {@code context.publishedAt}.
 */
public record DateClaim(
        @NotBlank @Size(max = 200) String event,
        @NotBlank @Size(max = 100) String date,
        @Size(max = 200) String place,
        @Valid ClaimContext context) {
}
