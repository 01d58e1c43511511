package io.factcheck.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.api.DoorMetrics;
import io.factcheck.api.Problem;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.io.IOException;

/**
 * Every refusal the HTTP app answers itself, as a problem document; and the failures that are the client's doing
 * (it went away, it sent broken HTTP) counted rather than logged, so an ERROR in the log always means a defect.
 * The function paths' binding failures are {@link FunqyProblems}' to explain; anything else failing with a 4xx
 * status (a body over the limit, a malformed query) gets the problem of its status.
 */
@ApplicationScoped
public class HttpProblems {

    @Inject
    ObjectMapper mapper;
    @Inject
    DoorMetrics metrics;
    @Inject
    HttpMetrics httpMetrics;

    void install(@Observes Router router) {
        router.route().order(-300).failureHandler(this::failed);
        // failures raised before any route matched (a query that cannot be decoded: GET /?%)
        for (int status : new int[] {400, 404, 405, 406, 413, 414, 415, 431}) {
            router.errorHandler(status, this::failed);
        }
    }

    /** Writes the problem unless the client is gone or an answer has started; counts the refusal. */
    public void send(RoutingContext ctx, Problem problem) {
        metrics.refused(problem);
        if (ctx.response().ended() || ctx.response().closed() || ctx.response().headWritten()) {
            return;
        }
        String json;
        try {
            json = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (problem.status() == 503) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        if (ctx.request().isEnded()) {
            ctx.response().end(json);
            return;
        }
        // the rest of the body is never read: the connection cannot carry another request
        ctx.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        ctx.response().end(json).onComplete(sent -> ctx.request().connection().close());
    }

    private void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (isClientGone(failure) || ctx.response().closed()) {
            httpMetrics.clientClosed();
            return;
        }
        if (isMalformedHttp(failure)) {
            httpMetrics.malformed();
            send(ctx, Problem.ofStatus(400, "the request is not well-formed HTTP", ctx.normalizedPath()));
            return;
        }
        int status = ctx.statusCode();
        if (DoorPaths.isFunction(ctx.normalizedPath()) && status != 413) {
            ctx.next(); // FunqyProblems reads the function's binding failure
            return;
        }
        if (status >= 400 && status < 500) {
            send(ctx, Problem.ofStatus(status, describe(status, ctx), ctx.normalizedPath()));
            return;
        }
        Log.errorf(failure, "Unexpected failure on %s", ctx.normalizedPath());
        send(ctx, Problem.internal(ctx.normalizedPath()));
    }

    private static String describe(int status, RoutingContext ctx) {
        return switch (status) {
            case 413 -> "the body is over the size limit";
            case 404 -> "nothing answers " + ctx.request().method() + " " + ctx.normalizedPath();
            case 405 -> ctx.request().method() + " is not allowed on " + ctx.normalizedPath();
            case 400 -> "the request cannot be read (a malformed query or header?)";
            default -> HttpResponseStatus.valueOf(status).reasonPhrase();
        };
    }

    static boolean isClientGone(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpClosedException || (t instanceof IOException && !(t instanceof JsonProcessingException))) {
                return true;
            }
        }
        return false;
    }

    static boolean isMalformedHttp(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DecoderException || t instanceof NumberFormatException
                    || t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).contains("chunk")) {
                return true;
            }
        }
        return false;
    }
}
