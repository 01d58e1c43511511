package io.factcheck.api.rest;

import io.factcheck.api.ClaimReader;
import io.factcheck.api.Problem;
import io.factcheck.api.RecheckRequest;
import io.factcheck.api.Rechecks;
import io.factcheck.recheck.RecheckReport;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The REST door of re-checks: published verdicts and story checks asked again of the loaded dataset. */
@Path("/api/v1/recheck")
public class RecheckResource {
    private static final String INSTANCE = "/api/v1/recheck";

    @Inject
    Rechecks rechecks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Re-check")
    @Operation(summary = "Ask published verdicts again: does the loaded data still give the same verdict?",
            description = "Each item is a verdict as returned, {\"verdict\": verdict, \"request\": claim}, or a story"
                    + " check as returned; the answers come back in the same order, each same, changed (with the new"
                    + " verdict and what changed) or error.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecheckRequest.class),
            examples = @ExampleObject(name = "shoigu", ref = "RecheckShoigu")))
    @APIResponse(responseCode = "200", description = "One answer per item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecheckReport.class)))
    @APIResponse(responseCode = "400", description = "The request itself is invalid (no items, over "
            + RecheckRequest.MAX_ITEMS + " items, a bad asOf)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecheckReport recheck(@NotNull(message = ClaimReader.NOT_AN_OBJECT) RecheckRequest request,
                                 @Parameter(description = "'today' or a date (yyyy-mm-dd) to ask every claim at;"
                                         + " absent, each claim is asked at its own date")
                                 @QueryParam("asOf") String asOf) {
        return rechecks.recheck(request, asOf != null ? asOf : request.asOf(), INSTANCE);
    }
}
