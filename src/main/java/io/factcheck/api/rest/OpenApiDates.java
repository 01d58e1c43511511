package io.factcheck.api.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Set;

/**
 * Declares the claim dates {@code format: date} in /q/openapi: the records check them with {@code @IsoDate}, which
 * the scanner cannot read, and the core carries no OpenAPI annotations.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiDates implements OASFilter {
    private static final Set<String> DATES = Set.of("asOf", "publishedAt");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((name, property) -> {
                    if (DATES.contains(name) && property.getRef() == null) {
                        property.setFormat("date");
                    }
                });
            }
        }
    }
}
