package io.factcheck.api.http;

import io.factcheck.api.Problem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cap on the requests the doors work on at once (their bodies already read, {@link BodyFirst}): one more is
 * answered at once with a 503 problem and {@code Retry-After}, rather than queued behind work it cannot overtake.
 * Set it below the worker pool ({@code quarkus.thread-pool.max-threads}), so a worker is always free to notice.
 */
@ApplicationScoped
public class Admission {
    private final AtomicInteger inFlight = new AtomicInteger();

    @Inject
    HttpProblems problems;
    @ConfigProperty(name = "factcheck.http.max-in-flight", defaultValue = "128")
    int maxInFlight;

    void install(@Observes Router router) {
        router.route().order(-190).handler(this::admit);
    }

    private void admit(RoutingContext ctx) {
        if (!DoorPaths.isDoor(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            problems.send(ctx, Problem.ofStatus(503, "the service is answering " + maxInFlight
                    + " requests already: retry in a second", ctx.normalizedPath()));
            return;
        }
        ctx.addEndHandler(done -> inFlight.decrementAndGet());
        ctx.next();
    }

    public int inFlight() {
        return inFlight.get();
    }
}
