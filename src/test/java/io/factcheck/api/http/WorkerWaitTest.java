package io.factcheck.api.http;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness goes DOWN only while a probe has waited for a worker longer than the limit, and UP once one ran. */
class WorkerWaitTest {

    @Test
    void downOnlyWhileWorkHasWaitedTooLong() {
        AtomicLong now = new AtomicLong();
        List<Runnable> queued = new ArrayList<>();
        WorkerWait wait = new WorkerWait();
        wait.clock(now::get);
        wait.maxWait(Duration.ofSeconds(5));

        wait.probe(queued::add); // every worker busy: the probe waits
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(wait.response().getStatus()).as("busy for 4 s").isEqualTo(HealthCheckResponse.Status.UP);
        wait.probe(queued::add); // no second probe while one waits
        assertThat(queued).hasSize(1);
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(wait.response().getStatus()).as("stuck for 6 s").isEqualTo(HealthCheckResponse.Status.DOWN);

        queued.remove(0).run(); // a worker took it
        assertThat(wait.response().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        wait.probe(Runnable::run);
        assertThat(wait.waited()).isZero();
    }
}
