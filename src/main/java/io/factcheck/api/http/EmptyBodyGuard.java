package io.factcheck.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.api.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Answers a POST with an empty body (Content-Length: 0) with a 400 problem before any door sees it: the REST
 * layer would otherwise leave such a request waiting for a body that never comes.
 */
@ApplicationScoped
public class EmptyBodyGuard {

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        router.post().order(-100).handler(ctx -> {
            if (!"0".equals(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
                ctx.next();
                return;
            }
            Problem problem = Problem.malformedJson(null, "the request has no body: send the claim as JSON",
                    ctx.normalizedPath());
            try {
                ctx.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(mapper.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                ctx.response().setStatusCode(400).end();
            }
        });
    }
}
