package io.factcheck.api.rest;

import io.factcheck.api.DoorMetrics;
import io.factcheck.api.InvalidClaimException;
import io.factcheck.api.KindNotServedException;
import io.factcheck.api.Problem;
import io.factcheck.api.Problems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.factcheck.kernel.ClaimRejected;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The REST door's errors as problem documents: bad claims and bad JSON are 400s naming the field, the framework's
 * own refusals (404, 405, 406, 415) the problem of their status, never a trace; each refusal is counted.
 */
public class ProblemMappers {

    @Inject
    DoorMetrics metrics;

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        return respond(Problems.of(e.getConstraintViolations(), "", uri.getPath()));
    }

    /** A request a door checked itself (a story: its length, its constraints, its time): the problem it holds. */
    @ServerExceptionMapper
    public Response invalidRequest(InvalidClaimException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response rejected(ClaimRejected e, UriInfo uri) {
        return respond(Problems.of(e, "", uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respond(Problems.of(e, "", uri.getPath()));
    }

    /** More specific than the built-in mapper of quarkus-rest-jackson, which answers plain JSON. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return respond(Problems.of(e, "", uri.getPath()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(Problems.of(json, "", uri.getPath()));
        }
        int status = e.getResponse().getStatus();
        return respond(Problem.ofStatus(status, describe(status, e), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response notServed(KindNotServedException e, UriInfo uri) {
        return respond(e.problem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        Log.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(Problem.internal(uri.getPath()));
    }

    private static String describe(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "nothing answers this path";
            case 405 -> "this method is not allowed here";
            case 406 -> "the answer is application/json, which the Accept header does not allow";
            case 415 -> "the body must be sent as application/json";
            default -> Response.Status.fromStatusCode(status) == null ? "the request cannot be answered"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
    }

    Response respond(Problem problem) {
        metrics.refused(problem);
        Response.ResponseBuilder answer = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        return (problem.status() == 503 ? answer.header("Retry-After", "1") : answer).build();
    }
}
