package io.factcheck.api.rest;

import io.factcheck.api.InvalidClaimException;
import io.factcheck.api.Problem;
import io.factcheck.api.Problems;
import io.factcheck.kernel.ClaimContext;
import io.factcheck.kernel.ClaimRejected;

import java.util.function.Supplier;

/**
 * Claims sent as query parameters (GET): bound into the claim records and checked by the same rules as a JSON
 * body, with each problem naming the query parameter: {@code publishedAt} rather than {@code context.publishedAt}.
 */
final class QueryClaims {
    private static final String CONTEXT = "context.";

    private QueryClaims() {
    }

    /** Runs the reading and the answer of a query claim; a bad claim becomes a 400 naming its parameters. */
    static <R> R answer(String instance, Supplier<R> work) {
        try {
            return work.get();
        } catch (InvalidClaimException e) {
            throw new InvalidClaimException(asQuery(e.problem(), instance));
        } catch (ClaimRejected e) {
            throw new InvalidClaimException(asQuery(Problems.of(e, "", instance), instance));
        }
    }

    static ClaimContext context(String publishedAt) {
        return publishedAt == null ? null : new ClaimContext(publishedAt);
    }

    /** A query string holds text: a count that is not a whole number is the same wrong type as "883" in JSON. */
    static Long count(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new ClaimRejected("count", "must be an integer");
        }
    }

    private static Problem asQuery(Problem problem, String instance) {
        if (problem.violations() == null) {
            return problem;
        }
        return Problem.invalidClaim(problem.violations().stream().map(v -> new Problem.Violation(
                v.field().startsWith(CONTEXT) ? v.field().substring(CONTEXT.length()) : v.field(), v.message()))
                .toList(), instance);
    }
}
