package io.factcheck.api.http;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * Readiness that says DOWN only while work waits for a worker thread longer than {@code factcheck.ready.max-worker-wait}
 * (5 s): a stuck instance, which a platform should route around, not a busy one. Once a second a probe is handed to
 * the worker pool; the check reports how long the oldest probe has waited. It answers on the I/O thread, so it still
 * answers when every worker is taken.
 */
@Readiness
@ApplicationScoped
public class WorkerWait implements AsyncHealthCheck {
    private static final long NONE = -1;

    private volatile long waitingSince = NONE;
    private LongSupplier clock = System::nanoTime;

    @Inject
    Vertx vertx;
    @ConfigProperty(name = "factcheck.ready.max-worker-wait", defaultValue = "5s")
    Duration maxWait;

    void start(@Observes StartupEvent started) {
        Executor workers = task -> vertx.executeBlocking(() -> {
            task.run();
            return null;
        }, false);
        vertx.setPeriodic(1000, id -> probe(workers));
    }

    /** Hands a probe to the workers unless one is still waiting. */
    void probe(Executor workers) {
        if (waitingSince != NONE) {
            return;
        }
        waitingSince = clock.getAsLong();
        workers.execute(() -> waitingSince = NONE);
    }

    Duration waited() {
        long since = waitingSince;
        return since == NONE ? Duration.ZERO : Duration.ofNanos(clock.getAsLong() - since);
    }

    void clock(LongSupplier clock) {
        this.clock = clock;
    }

    void maxWait(Duration maxWait) {
        this.maxWait = maxWait;
    }

    HealthCheckResponse response() {
        Duration waited = waited();
        return HealthCheckResponse.named("workers").status(waited.compareTo(maxWait) <= 0)
                .withData("waitedMillis", waited.toMillis()).withData("maxWaitMillis", maxWait.toMillis()).build();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(this::response);
    }
}
