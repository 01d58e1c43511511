package io.factcheck.api.rest;

import io.factcheck.api.Problem;
import io.factcheck.kernel.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One result per claim, in the request's order: a verdict, or {@code {"error": problem}} for a bad claim. */
public record BatchResponse(@Schema(oneOf = {Verdict.class, BatchResponse.Failed.class}) List<Object> results) {

    /** The slot of a claim that could not be checked. */
    public record Failed(Problem error) {
    }
}
