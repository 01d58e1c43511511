package io.factcheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * {@code {"items": [...], "asOf": "today"}}: published verdicts and story checks to ask again. Items stay raw JSON:
 * each is read on its own, so an unreadable one gets an error in its slot instead of failing the request.
 *
 * @param asOf "today" or a date to ask every claim at; absent, each claim is asked at its own date. Over HTTP the
 *             REST door's {@code ?asOf=} query parameter takes precedence.
 */
public record RecheckRequest(@NotNull @Size(min = 1, max = RecheckRequest.MAX_ITEMS) List<JsonNode> items,
                             String asOf) {
    public static final int MAX_ITEMS = 1000;
}
