package io.factcheck.api.http;

import io.factcheck.api.ClaimReader;
import io.factcheck.api.InvalidClaimException;
import io.factcheck.api.KindNotServedException;
import io.factcheck.api.Problem;
import io.factcheck.api.Problems;
import io.factcheck.api.RecheckFunction;
import io.factcheck.api.RecheckRequest;
import io.factcheck.api.StoryFunctions;
import io.factcheck.api.VerifyFunctions;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.factcheck.kernel.ClaimRejected;
import io.factcheck.story.Story;
import io.quarkus.logging.Log;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;

/**
 * The Funqy door's errors as problem documents. Funqy cannot set status codes itself (a violation of
 * {@code @Valid} surfaces as a bare 500 wrapped in its ApplicationException), so a router failure handler
 * unwraps its failures into 400 problems ({@link HttpProblems} has already counted the clients that went away).
 */
@ApplicationScoped
public class FunqyProblems {

    @Inject
    ClaimReader claims;
    @Inject
    HttpProblems problems;

    void install(@Observes Router router) {
        router.route("/verify-*").failureHandler(this::handle);
        router.route("/" + StoryFunctions.NAME).failureHandler(this::handle);
        router.route("/" + RecheckFunction.NAME).failureHandler(this::handle);
        router.route("/noop").failureHandler(this::handle);
    }

    /** What the function at this path reads: a claim, or a story; null for a path no function answers. */
    private static Class<?> bodyType(String path) {
        String function = path.substring(path.lastIndexOf('/') + 1);
        if (RecheckFunction.NAME.equals(function)) {
            return RecheckRequest.class;
        }
        return StoryFunctions.NAME.equals(function) ? Story.class : VerifyFunctions.CLAIM_TYPES.get(function);
    }

    /** The validation or JSON failure inside Funqy's wrappers, else the failure itself. */
    private static Throwable meaningful(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidClaimException || t instanceof ClaimRejected || t instanceof KindNotServedException
                    || t instanceof ConstraintViolationException || t instanceof JsonProcessingException) {
                return t;
            }
        }
        return failure;
    }

    /**
     * Funqy could not bind the body to the claim (and says only 400): reading it again as a tree finds the field
     * and the reason, as the batch door reports them. Only failed requests pay for the second reading.
     */
    private Problem unreadable(RoutingContext ctx, String path) {
        Class<?> type = bodyType(path);
        String body = ctx.body() == null ? null : ctx.body().asString();
        if (type != null && body != null && !body.isBlank()) {
            try {
                claims.read(body, type, path);
            } catch (InvalidClaimException invalid) {
                return invalid.problem();
            } catch (RuntimeException other) {
                Log.debugf(other, "Second reading of a failed body on %s", path);
            }
        }
        String what = type == Story.class ? "story" : type == RecheckRequest.class ? "re-check request" : "claim";
        return Problem.malformedJson(null, "the body must be a JSON " + what
                + " object", path);
    }

    private void handle(RoutingContext ctx) {
        Throwable failure = meaningful(ctx.failure());
        String path = ctx.normalizedPath();
        Problem problem;
        if (failure instanceof InvalidClaimException invalid) {
            problem = invalid.problem();
        } else if (failure instanceof KindNotServedException notServed) {
            problem = notServed.problem(path);
        } else if (failure instanceof ClaimRejected rejected) {
            problem = Problems.of(rejected, "", path);
        } else if (failure instanceof ConstraintViolationException violations) {
            problem = Problems.of(violations.getConstraintViolations(), "", path);
        } else if (failure instanceof JsonProcessingException json) {
            problem = Problems.of(json, "", path);
        } else if (ctx.statusCode() == 400 || ctx.statusCode() == 415) {
            problem = unreadable(ctx, path);
        } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            problem = Problem.ofStatus(ctx.statusCode(), ctx.statusCode() == 404 || ctx.statusCode() == 405
                    ? "no function answers " + ctx.request().method() + " " + path
                    : "the request cannot be answered", path);
        } else {
            Log.errorf(failure, "Unexpected failure on %s", path);
            problem = Problem.internal(path);
        }
        problems.send(ctx, problem);
    }
}
