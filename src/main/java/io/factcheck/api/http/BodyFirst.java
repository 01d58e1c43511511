package io.factcheck.api.http;

import io.factcheck.api.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Every request body is read whole, on the I/O thread, before any door (and so any worker thread) sees it, within
 * a time limit. A worker then never waits on a client: the REST layer used to take a worker and block it for a
 * minute on a chunked body that was empty ({@code 0\r\n\r\n}), so a few hundred such requests took every door off
 * the air. A body over the size limit is a 413 problem, one sent too slowly a 408, an empty one a 400.
 */
@ApplicationScoped
public class BodyFirst {

    @Inject
    HttpProblems problems;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "2M")
    MemorySize maxBody;
    @ConfigProperty(name = "factcheck.http.body-timeout", defaultValue = "10s")
    Duration bodyTimeout;

    void install(@Observes Router router) {
        // the clock starts before any handler reads the body (Quarkus' own body handler may come first)
        router.route().order(Integer.MIN_VALUE).method(HttpMethod.POST).method(HttpMethod.PUT).handler(ctx -> {
            long timer = ctx.vertx().setTimer(bodyTimeout.toMillis(), id -> tooSlow(ctx));
            ctx.addEndHandler(done -> ctx.vertx().cancelTimer(timer));
            ctx.next();
        });
        // reads the body unless a body handler already has (then it passes)
        router.route().order(-200).method(HttpMethod.POST).method(HttpMethod.PUT)
                .handler(BodyHandler.create(false).setBodyLimit(maxBody.asLongValue()));
        router.route().order(-199).method(HttpMethod.POST).method(HttpMethod.PUT).handler(this::whole);
    }

    private void tooSlow(RoutingContext ctx) {
        if (!ctx.request().isEnded()) {
            problems.send(ctx, Problem.ofStatus(408, "the body did not arrive within " + bodyTimeout.toSeconds()
                    + " s", ctx.normalizedPath()));
        }
    }

    private void whole(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return; // answered while the body was arriving (408)
        }
        if (DoorPaths.isDoor(ctx.normalizedPath()) && !DoorPaths.takesNoBody(ctx.normalizedPath()) && (ctx.body().buffer() == null || ctx.body().length() == 0)) {
            problems.send(ctx, Problem.malformedJson(null, "the request has no body: send the claim as JSON",
                    ctx.normalizedPath()));
            return;
        }
        ctx.next();
    }
}
