package io.factcheck.api.rest;

import io.factcheck.api.ClaimReader;
import io.factcheck.api.DoorMetrics;
import io.factcheck.api.StoryRunner;
import io.factcheck.api.Problem;
import io.factcheck.story.ClaimReviews;
import io.factcheck.story.Story;
import io.factcheck.story.StoryCheck;
import io.factcheck.story.TimeMlDocuments;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The REST door of the story wing: {@code POST /api/v1/check} answers a story's check as JSON, or as schema.org
 * ClaimReview JSON-LD when the client asks for {@code application/ld+json}. The same checker (and time limit) as the
 * check-story function; the reviewing organisation comes from {@code factcheck.claimreview.author-name} and
 * {@code factcheck.claimreview.author-url}.
 */
@Path("/api/v1/check")
public class StoryResource {
    public static final String JSON_LD = "application/ld+json";
    private static final String INSTANCE = "/api/v1/check";
    /** JSON first: what a client that accepts anything gets. */
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(JSON_LD), MediaType.valueOf(TimeMlDocuments.MEDIA_TYPE)).build();

    private final StoryRunner runner;
    private final ClaimReader reader;
    private final DoorMetrics metrics;
    private final ClaimReviews reviews;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public StoryResource(StoryRunner runner, ClaimReader reader, DoorMetrics metrics,
                         @ConfigProperty(name = "factcheck.claimreview.author-name") String authorName,
                         @ConfigProperty(name = "factcheck.claimreview.author-url") Optional<String> authorUrl) {
        this.runner = runner;
        this.reader = reader;
        this.metrics = metrics;
        this.reviews = new ClaimReviews(new ClaimReviews.Author(authorName.strip(),
                authorUrl.map(String::strip).filter(url -> !url.isEmpty()).orElse(null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, JSON_LD, TimeMlDocuments.MEDIA_TYPE})
    @Operation(summary = "Check a whole story: find its checkable claims, verify each, and say where each stands"
            + " in the text", description = "With Accept: application/ld+json the answer is one schema.org"
            + " ClaimReview per claim (the story must then have a url); with Accept: application/x-timeml+xml, the"
            + " story as a TimeML document, its temporal expressions marked inline as TIMEX3.")
    @Tag(name = "Check a story")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Story.class), examples = @ExampleObject(name = "efeStory",
            ref = "EfeStory")))
    @APIResponse(responseCode = "200", description = "The claims found, with their spans and verdicts; or their"
            + " ClaimReviews", content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryCheck.class)),
                @Content(mediaType = JSON_LD, schema = @Schema(type = SchemaType.ARRAY,
                        description = "schema.org ClaimReview objects, one per claim, in the claims' order")),
                @Content(mediaType = TimeMlDocuments.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                        description = "TimeML: DOCID, DCT (t0, the story's date), TEXT with TIMEX3 inline"))})
    @APIResponse(responseCode = "400", description = "Invalid story (blank text, missing or impossible"
            + " publishedAt, a language not served, a wrong JSON type, malformed JSON), or no url for ClaimReview;"
            + " each bad field named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "text over " + Story.MAX_TEXT + " characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response check(Story story, @Context Request request) {
        Story valid = reader.validateStory(story, INSTANCE);
        Variant variant = request.selectVariant(VARIANTS);
        if (variant != null && variant.getMediaType().isCompatible(MediaType.valueOf(JSON_LD))) {
            ClaimReviews.requireUrl(valid); // a 400 naming url before any checking
            return Response.ok(reviews.of(valid, checked(valid), LocalDate.now(clock)), JSON_LD).build();
        }
        if (variant != null && variant.getMediaType().isCompatible(MediaType.valueOf(TimeMlDocuments.MEDIA_TYPE))) {
            String docId = valid.url() != null ? valid.url() : valid.title() != null ? valid.title() : "story";
            return Response.ok(TimeMlDocuments.of(docId, LocalDate.parse(valid.publishedAt()), valid.text(),
                    checked(valid).dates()),
                    TimeMlDocuments.MEDIA_TYPE + ";charset=UTF-8").build();
        }
        return Response.ok(checked(valid), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private StoryCheck checked(Story story) {
        StoryCheck check = runner.check(story, INSTANCE);
        metrics.story(check);
        return check;
    }
}
