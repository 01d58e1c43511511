package io.factcheck.api.rest;

import static io.factcheck.api.KindNotServedException.requireServed;

import io.factcheck.api.ClaimReader;
import io.factcheck.api.Problem;
import io.factcheck.casualties.CasualtyClaim;
import io.factcheck.casualties.CasualtyVerifier;
import io.factcheck.casualties.SeriesContext;
import io.factcheck.api.ServingDataset;
import io.factcheck.dates.DateClaim;
import io.factcheck.dates.DateVerifier;
import io.factcheck.dates.EventContext;
import io.factcheck.official.OfficialClaim;
import io.factcheck.official.OfficialVerifier;
import io.factcheck.official.PostContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The data behind each claim's picture, for editorial tools: the claim comes as query parameters named as its
 * fields, is checked by the claim record's rules, and the wing answers with the records around it.
 */
@Path("/api/v1/context")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Context")
@APIResponse(responseCode = "400", description = "A missing or invalid parameter, each named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ContextResource {
    private static final String DATE = "a date, yyyy-mm-dd";

    @Inject
    ServingDataset serving;
    @Inject
    ClaimReader claims;

    @GET
    @Path("/official")
    @Operation(summary = "The post an official claim resolves to, and its holders on a time axis around the date")
    @APIResponse(responseCode = "200", description = "The post and its holders; post null, with the reason, when"
            + " none is found", content = @Content(schema = @Schema(implementation = PostContext.class)))
    public PostContext official(
            @Parameter(required = true, example = "Sergei Shoigu") @QueryParam("name") String name,
            @Parameter(required = true, example = "Defense Minister") @QueryParam("position") String position,
            @Parameter(example = "Russia") @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(description = DATE + "; default today",
                    schema = @Schema(format = "date")) @QueryParam("asOf") String asOf,
            @Parameter(description = "current, former or acting") @QueryParam("status") String status) {
        String instance = "/api/v1/context/official";
        return QueryClaims.answer(instance, () -> requireServed(serving.dataset(), OfficialVerifier.KIND).officials()
                .context(claims.validate(new OfficialClaim(name, position, jurisdiction, asOf, status, null),
                        instance)));
    }

    @GET
    @Path("/date")
    @Operation(summary = "The recorded events of the kind and place a date claim names, beside the claim's readings")
    @APIResponse(responseCode = "200", description = "The readings and the events",
            content = @Content(schema = @Schema(implementation = EventContext.class)))
    public EventContext date(
            @Parameter(required = true, example = "Myanmar coup") @QueryParam("event") String event,
            @Parameter(required = true, description = "as written", example = "Feb. 1") @QueryParam("date")
            String date,
            @Parameter(example = "Myanmar") @QueryParam("place") String place,
            @Parameter(description = DATE + "; anchors partial and relative dates",
                    schema = @Schema(format = "date")) @QueryParam("publishedAt") String publishedAt) {
        String instance = "/api/v1/context/date";
        return QueryClaims.answer(instance, () -> requireServed(serving.dataset(), DateVerifier.KIND).dates()
                .context(claims.validate(new DateClaim(event, date, place, QueryClaims.context(publishedAt)),
                        instance)));
    }

    @GET
    @Path("/casualties")
    @Operation(summary = "The series a casualty claim is judged against, its counts over time, and the range the"
            + " claim's qualifier allows")
    @APIResponse(responseCode = "200", description = "The series and its figures; series null, with the reason,"
            + " when none fits", content = @Content(schema = @Schema(implementation = SeriesContext.class)))
    public SeriesContext casualties(
            @Parameter(required = true, example = "Myanmar") @QueryParam("place") String place,
            @Parameter(example = "post-coup crackdown") @QueryParam("event") String event,
            @Parameter(required = true, example = "killed") @QueryParam("measure") String measure,
            @Parameter(required = true, example = "883", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("count") String count,
            @Parameter(example = "at least") @QueryParam("qualifier") String qualifier,
            @Parameter(description = DATE, schema = @Schema(format = "date")) @QueryParam("asOf") String asOf,
            @Parameter(example = "AAPP") @QueryParam("source") String source,
            @Parameter(description = DATE + "; the default asOf",
                    schema = @Schema(format = "date")) @QueryParam("publishedAt") String publishedAt) {
        String instance = "/api/v1/context/casualties";
        return QueryClaims.answer(instance, () -> requireServed(serving.dataset(), CasualtyVerifier.KIND).casualties()
                .context(claims.validate(new CasualtyClaim(place, event, measure, QueryClaims.count(count),
                        qualifier, asOf, source, QueryClaims.context(publishedAt)), instance)));
    }
}
