package io.factcheck.official;

import io.factcheck.kernel.ClaimContext;
import io.factcheck.kernel.validation.IsoDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * "Russian Defense Minister Sergei Shoigu": did this person hold this post, in this jurisdiction, on this date?
 * The constraints are the one rule set every entry point enforces (the core itself never runs a validator).
 *
 * @param status {@code current} (the default: held on the as-of date), {@code former} (held before it and not on
 *               it: "former", "ousted", "ex-"), or {@code acting}
 */
public record OfficialClaim(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String position,
        @Size(max = 200) String jurisdiction,
        @IsoDate String asOf,
        @Pattern(regexp = "current|former|acting", message = "must be one of: current, former, acting") String status,
        @Valid ClaimContext context) {
}
