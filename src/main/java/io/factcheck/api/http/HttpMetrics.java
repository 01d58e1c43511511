package io.factcheck.api.http;

import io.factcheck.api.DoorMetrics;
import io.factcheck.api.Problem;
import io.factcheck.kernel.Verdict;
import io.factcheck.recheck.RecheckReport;
import io.factcheck.kernel.VerdictLabel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP app's metrics, at /q/metrics (Prometheus): verdicts by kind and label, refusals by problem type, and
 * the clients that went away or spoke broken HTTP. Requests and their latency per path are Quarkus' own
 * {@code http_server_requests_seconds}, given histogram buckets here. Counters are looked up once per tag set.
 */
@Singleton
public class HttpMetrics implements DoorMetrics {
    private static final double[] BUCKETS_MS = {0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000};

    private final MeterRegistry registry;
    private static final VerdictLabel[] LABELS = VerdictLabel.values();

    private final Map<String, Counter[]> verdicts = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Counter clientClosed;
    private final Counter malformed;

    @Inject
    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.clientClosed = Counter.builder("factcheck.http.client.closed")
                .description("Requests whose client went away before the answer").register(registry);
        this.malformed = Counter.builder("factcheck.http.malformed")
                .description("Requests that were not well-formed HTTP").register(registry);
    }

    @Override
    public void verdict(Verdict verdict) {
        // per claim, batches of 1,000 included: a lookup by kind and the label's ordinal, nothing allocated
        Counter[] byLabel = verdicts.computeIfAbsent(verdict.kind(), kind -> new Counter[LABELS.length]);
        int label = verdict.verdict().ordinal();
        Counter counter = byLabel[label];
        if (counter == null) {
            counter = Counter.builder("factcheck.verdicts").description("Verdicts given, by claim kind and label")
                    .tag("kind", verdict.kind()).tag("label", LABELS[label].name()).register(registry);
            byLabel[label] = counter; // a race registers the same meter twice: Micrometer returns the one meter
        }
        counter.increment();
    }

    @Override
    public void rechecked(RecheckReport report) {
        report.summary().forEach((status, count) -> {
            if (!status.equals("items") && count > 0) {
                counters.computeIfAbsent("c " + status, key -> Counter.builder("factcheck.rechecks")
                        .description("Published verdicts re-checked, by status: same, changed, error")
                        .tag("status", status).register(registry)).increment(count);
            }
        });
    }

    @Override
    public void refused(Problem problem) {
        String reason = problem.type().substring(problem.type().lastIndexOf(':') + 1);
        counters.computeIfAbsent("r " + reason + " " + problem.status(), key -> Counter
                .builder("factcheck.refused").description("Requests and claims refused, by problem type")
                .tag("reason", reason).tag("status", Integer.toString(problem.status())).register(registry))
                .increment();
    }

    void clientClosed() {
        clientClosed.increment();
    }

    void malformed() {
        malformed.increment();
    }

    /** Latency buckets for every path's requests, from half a millisecond to the ten seconds a claim may take. */
    @Produces
    @Singleton
    MeterFilter requestHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(io.micrometer.core.instrument.Meter.Id id,
                                                         DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                double[] slos = new double[BUCKETS_MS.length];
                for (int i = 0; i < slos.length; i++) {
                    slos[i] = Duration.ofMillis(1).toNanos() * BUCKETS_MS[i];
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(slos).build().merge(config);
            }
        };
    }
}
