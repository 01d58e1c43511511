package io.factcheck.api.rest;

import static io.factcheck.api.KindNotServedException.requireServed;

import io.factcheck.api.InvalidClaimException;
import io.factcheck.api.Problem;
import io.factcheck.api.ServingDataset;
import io.factcheck.api.UnicodeNotBlank;
import io.factcheck.dataset.CoverageSummary;
import io.factcheck.dataset.PlaceCoverage;
import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.Cities;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.TextFold;
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

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What can be checked, so an editor knows before asking: for every place a few lines, for one place its posts,
 * event kinds and casualty series. The dataset works it out once; this door only picks the place and the kinds.
 */
@Path("/api/v1/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Datasets")
public class CoverageResource {
    private static final String INSTANCE = "/api/v1/coverage";
    private static final int MAX_LENGTH = 200;
    private static final int SUGGESTIONS = 5;

    @Inject
    ServingDataset serving;

    @GET
    @Operation(summary = "What can be checked: per place, the claim kinds, posts, event kinds and casualty series the"
            + " data covers, from when to when, and from which sources")
    @APIResponse(responseCode = "200", description = "Without place: every place the data covers, a few lines each;"
            + " with place: that place's posts, event kinds and series one by one",
            content = @Content(schema = @Schema(oneOf = {CoverageSummary.class, PlaceCoverage.class})))
    @APIResponse(responseCode = "400", description = "A place the gazetteer does not know (with names it may have"
            + " meant), or an unknown kind",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A kind this deployment does not serve",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Object coverage(
            @Parameter(description = "a name, alias, demonym, id or ISO 3166 alpha-3 code of a place, or a city's name for its country",
                    example = "Burma") @QueryParam("place") String place,
            @Parameter(description = "only this claim kind", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"official", "date", "casualties"})) @QueryParam("kind") String kind) {
        ReferenceDataset dataset = serving.dataset(); // once: a reload may swap it
        Set<String> kinds = kinds(kind, dataset);
        if (place == null) {
            return dataset.coverage().summary(kinds);
        }
        return dataset.coverage().place(resolve(place, dataset.places(), dataset.cities()), kinds);
    }

    private static Set<String> kinds(String kind, ReferenceDataset dataset) {
        if (kind == null) {
            return dataset.kinds();
        }
        String name = kind.strip().toLowerCase(Locale.ROOT);
        if (!ReferenceDataset.ALL_KINDS.contains(name)) {
            throw invalid("kind", "must be one of: " + String.join(", ", new TreeSet<>(ReferenceDataset.ALL_KINDS)));
        }
        requireServed(dataset, name);
        return Set.of(name);
    }

    /** A place's name, alias, demonym or code; else a city's name, for its country ("Bangkok" is Thailand). */
    private static Place resolve(String name, Places places, Cities cities) {
        if (UnicodeNotBlank.isBlank(name)) {
            throw invalid("place", "must not be blank");
        }
        if (name.length() > MAX_LENGTH) {
            throw invalid("place", "must be at most " + MAX_LENGTH + " characters");
        }
        Optional<Place> known = places.resolve(name).or(() -> places.byIso3(name.strip().toUpperCase(Locale.ROOT)));
        if (known.isPresent()) {
            return known.get();
        }
        Cities.Resolved city = cities.resolve(TextFold.fold(name), Set.of());
        if (city != null) {
            return city.country();
        }
        List<Place> near = places.near(name, SUGGESTIONS);
        throw invalid("place", "is no place the dataset knows" + (near.isEmpty() ? ""
                : "; did you mean " + near.stream().map(Place::name).collect(Collectors.joining(", ")) + "?"));
    }

    private static InvalidClaimException invalid(String field, String message) {
        return new InvalidClaimException(Problem.invalidClaim(List.of(new Problem.Violation(field, message)),
                INSTANCE));
    }
}
