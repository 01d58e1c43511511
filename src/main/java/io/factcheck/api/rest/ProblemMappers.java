package io.factcheck.api.rest;

import io.factcheck.api.InvalidClaimException;
import io.factcheck.api.KindNotServedException;
import io.factcheck.api.Problem;
import io.factcheck.api.Problems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.factcheck.kernel.ClaimRejected;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The REST door's errors as problem documents: bad claims and bad JSON are 400s naming the field, never a trace. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        return respond(Problems.of(e.getConstraintViolations(), "", uri.getPath()));
    }

    /** A request a door checked itself (a story: its length, its constraints): the problem it already holds. */
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
        Response.Status known = Response.Status.fromStatusCode(status);
        return respond(new Problem("about:blank", known == null ? "Error" : known.getReasonPhrase(), status,
                e.getMessage(), uri.getPath(), null));
    }

    @ServerExceptionMapper
    public Response notServed(KindNotServedException e, UriInfo uri) {
        return respond(e.problem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        Log.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(new Problem("about:blank", "Internal Server Error", 500,
                "The request could not be answered; the failure is logged.", uri.getPath(), null));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
