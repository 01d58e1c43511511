package io.factcheck.official;

import io.factcheck.kernel.ClaimContext;
import io.factcheck.kernel.validation.IsoDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Russian Defense Minister Sergei Shoigu": did this person hold this post, in this jurisdiction, on this date?
 * The constraints are the one rule set every entry point enforces (the core itself never runs a validator).
 */
public record OfficialClaim(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String position,
        @Size(max = 200) String jurisdiction,
        @IsoDate String asOf,
        @Valid ClaimContext context) {
}
