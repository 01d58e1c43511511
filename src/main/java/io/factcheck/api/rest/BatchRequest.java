package io.factcheck.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * {@code {"claims": [{"kind": "official", ...}]}}. Items stay raw JSON here: each is read and validated on its own,
 * so one bad claim becomes an error in its slot instead of failing the whole batch.
 */
public record BatchRequest(@NotNull @Size(min = 1, max = BatchRequest.MAX_CLAIMS) List<JsonNode> claims) {
    public static final int MAX_CLAIMS = 1000;
}
