package io.factcheck.api.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.Set;

/**
 * Declares the claim dates {@code format: date} in /q/openapi: the records check them with {@code @IsoDate}, which
 * the scanner cannot read, and the core carries no OpenAPI annotations. Gives the date query parameters their
 * example here too: the scanner reads an annotation's example that starts with a digit as a JSON number, and
 * "2021-06-28" would log a parse warning (SROAP02016) at every start.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiDates implements OASFilter {
    /** The story the examples share: published the day Shoigu met Min Aung Hlaing in Moscow. */
    static final String EXAMPLE_DATE = "2021-06-28";
    private static final Set<String> DATES = Set.of("asOf", "publishedAt");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
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
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(OpenApiDates::exampleDates));
        }
    }

    private static void exampleDates(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (parameter.getExample() == null && schema != null && "date".equals(schema.getFormat())) {
                parameter.setExample(EXAMPLE_DATE);
            }
        }
    }
}
