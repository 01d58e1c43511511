package io.factcheck.api.rest;

import io.factcheck.api.InvalidClaimException;
import io.factcheck.api.Problem;
import io.factcheck.api.ServingDataset;
import io.factcheck.dataset.DatasetInfo;
import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DataFormatException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/**
 * What is loaded, and a reload without a restart. Reloading is never open by default: it is served only behind the
 * API's keys ({@code factcheck.api-keys}, checked by api/http/ApiKeys before this door) or in dev mode, where a
 * changed layer is also picked up on the next request without asking.
 */
@Path("/api/v1/datasets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Datasets")
public class DatasetsResource {
    private static final String RELOAD = "/api/v1/datasets/reload";

    /** The answer to a reload: the dataset now answering and the version it replaced. */
    public record Reloaded(String previousVersion, DatasetInfo dataset) {
    }

    @Inject
    ServingDataset serving;
    @ConfigProperty(name = "factcheck.api-keys")
    Optional<List<String>> keys;

    @GET
    @Operation(summary = "The loaded reference datasets: name, version, record counts and sources")
    public List<DatasetInfo> datasets() {
        return List.of(serving.dataset().info());
    }

    @POST
    @Path("/reload")
    @Operation(summary = "Load the reference data again from its directories and swap it in; requests in flight"
            + " finish on the old dataset, and one that fails to load leaves the old one answering")
    @APIResponse(responseCode = "200", description = "The dataset now answering",
            content = @Content(schema = @Schema(implementation = Reloaded.class)))
    @APIResponse(responseCode = "403", description = "Reloading is off: this deployment has no API keys",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The data did not load (file, line and reason); the previous"
            + " dataset still answers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Reloaded reload() {
        if (!reloadAllowed()) {
            throw new InvalidClaimException(new Problem(Problem.RELOAD_OFF, "Forbidden", 403,
                    "reloading is served only behind API keys (set FACTCHECK_API_KEYS) or in dev mode", RELOAD,
                    null));
        }
        String previous = serving.dataset().info().version();
        try {
            ReferenceDataset next = serving.reload();
            return new Reloaded(previous, next.info());
        } catch (DataFormatException e) {
            Log.warnf("Reload refused, %s still answers: %s", previous, e.getMessage());
            throw new InvalidClaimException(new Problem(Problem.BAD_REFERENCE_DATA, "Reference data not loaded", 422,
                    e.getMessage() + " (dataset " + previous + " still answers)", RELOAD,
                    List.of(new Problem.Violation(e.file() + (e.line() > 0 ? ":" + e.line() : ""), e.reason()))));
        }
    }

    private boolean reloadAllowed() {
        boolean keysOn = keys.orElse(List.of()).stream().anyMatch(key -> !key.isBlank());
        return keysOn || LaunchMode.current() == LaunchMode.DEVELOPMENT;
    }
}
