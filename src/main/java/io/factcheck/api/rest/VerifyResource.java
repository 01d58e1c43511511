package io.factcheck.api.rest;

import static io.factcheck.api.KindNotServedException.requireServed;

import io.factcheck.api.ClaimReader;
import io.factcheck.api.DoorMetrics;
import io.factcheck.api.InvalidClaimException;
import io.factcheck.api.KindNotServedException;
import io.factcheck.api.Problem;
import io.factcheck.api.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import io.factcheck.casualties.CasualtyClaim;
import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.api.ServingDataset;
import io.factcheck.dates.DateClaim;
import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.Verdict;
import io.factcheck.official.OfficialClaim;
import io.factcheck.official.OfficialVerifier;
import io.factcheck.dates.DateVerifier;
import io.factcheck.casualties.CasualtyVerifier;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** The REST door: one claim per kind and a batch of mixed claims. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerifyResource {
    /** "claims[0]." to "claims[999].", the prefixes of a batch's field names: made once, not per claim. */
    private static final String[] SLOTS = java.util.stream.IntStream.range(0, BatchRequest.MAX_CLAIMS)
            .mapToObj(i -> "claims[" + i + "].").toArray(String[]::new);

    @Inject
    ServingDataset serving;
    @Inject
    ClaimKinds kinds;
    @Inject
    ClaimReader claims;
    @Inject
    DoorMetrics metrics;

    @POST
    @Path("/verify/official")
    @Tag(name = "Verify")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OfficialClaim.class),
            examples = @ExampleObject(name = "shoigu", ref = "Shoigu")))
    @Operation(summary = "Did this person hold this post, in this jurisdiction, on this date?")
    @APIResponse(responseCode = "200", description = "The verdict")
    @APIResponse(responseCode = "400", description = "Invalid claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Verdict verifyOfficial(@Valid @NotNull(message = ClaimReader.NOT_AN_OBJECT) OfficialClaim claim) {
        return metrics.counted(requireServed(serving.dataset(), OfficialVerifier.KIND).officials().verify(claim));
    }

    @POST
    @Path("/verify/date")
    @Tag(name = "Verify")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DateClaim.class),
            examples = @ExampleObject(name = "februaryFirstCoup", ref = "FebruaryFirstCoup")))
    @Operation(summary = "Did this event happen on this date (as written: 'Feb. 1', 'almost five months ago')?")
    @APIResponse(responseCode = "200", description = "The verdict")
    @APIResponse(responseCode = "400", description = "Invalid claim, or a date that cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Verdict verifyDate(@Valid @NotNull(message = ClaimReader.NOT_AN_OBJECT) DateClaim claim) {
        return metrics.counted(requireServed(serving.dataset(), DateVerifier.KIND).dates().verify(claim));
    }

    @POST
    @Path("/verify/casualties")
    @Tag(name = "Verify")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CasualtyClaim.class),
            examples = @ExampleObject(name = "aapp883", ref = "Aapp883")))
    @Operation(summary = "Is this casualty figure ('at least 883 killed') consistent with the counts for that place,"
            + " event, source and date?")
    @APIResponse(responseCode = "200", description = "The verdict")
    @APIResponse(responseCode = "400", description = "Invalid claim, or an unknown measure or qualifier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Verdict verifyCasualties(@Valid @NotNull(message = ClaimReader.NOT_AN_OBJECT) CasualtyClaim claim) {
        return metrics.counted(requireServed(serving.dataset(), CasualtyVerifier.KIND).casualties().verify(claim));
    }

    @POST
    @Path("/verify")
    @Tag(name = "Verify")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BatchRequest.class),
            examples = @ExampleObject(name = "batch", ref = "Batch")))
    @Operation(summary = "Verify a batch of claims of mixed kinds; results come back in the same order")
    @APIResponse(responseCode = "200", description = "One verdict or error per claim")
    @APIResponse(responseCode = "400", description = "The batch itself is invalid (missing, empty or over "
            + BatchRequest.MAX_CLAIMS + " claims)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResponse verifyBatch(@Valid @NotNull(message = ClaimReader.NOT_AN_OBJECT) BatchRequest batch) {
        List<Object> results = new ArrayList<>(batch.claims().size());
        ReferenceDataset dataset = serving.dataset(); // one dataset answers the whole batch, even during a reload
        for (int i = 0; i < batch.claims().size(); i++) {
            results.add(verifyOne(dataset, batch.claims().get(i), SLOTS[i]));
        }
        return new BatchResponse(results);
    }

    private Object verifyOne(ReferenceDataset dataset, JsonNode item, String prefix) {
        String instance = "/api/v1/verify";
        String kindName = item != null && item.path("kind").isTextual() ? item.get("kind").asText() : null;
        var kind = kinds.byName(kindName);
        if (kind.isEmpty() && kindName != null && ReferenceDataset.ALL_KINDS.contains(kindName)) {
            return failed(new KindNotServedException(dataset).problem(instance));
        }
        if (kind.isEmpty()) {
            return failed(Problem.invalidClaim(List.of(new Problem.Violation(prefix + "kind",
                    "must be one of: " + kinds.names())), instance));
        }
        try {
            // "kind" stays in the node: claim records ignore fields they do not declare
            return metrics.counted(kind.get().verify(dataset, claims.read(item, kind.get().claimType(), prefix, instance)));
        } catch (InvalidClaimException e) {
            return failed(e.problem());
        } catch (ClaimRejected e) {
            return failed(Problems.of(e, prefix, instance));
        } catch (RuntimeException e) {
            // one claim's failure must not sink the others: it gets a 500 problem in its own slot
            Log.errorf(e, "Unexpected failure on %s", prefix);
            return failed(Problem.internal(instance));
        }
    }

    private BatchResponse.Failed failed(Problem problem) {
        metrics.refused(problem);
        return new BatchResponse.Failed(problem);
    }
}
