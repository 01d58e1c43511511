package io.factcheck.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.api.JsonConfig;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Place;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * GET /api/v1/coverage in process, on the bundled dataset: working the account out (once per dataset, on the first
 * request), and each answer after that: the resolution of the place, the pick of kinds, and the JSON the door
 * writes, with the service's own Jackson settings.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoverageBench {
    private ReferenceDataset dataset;
    private ObjectMapper json;

    @Setup
    public void load() {
        dataset = ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC());
        json = JsonConfig.strict(new ObjectMapper());
    }

    /** What the first request after a load pays. */
    @Benchmark
    public Coverage workOut() {
        return new Coverage(dataset);
    }

    @Benchmark
    public byte[] everyPlace() throws Exception {
        return json.writeValueAsBytes(dataset.coverage().summary(dataset.kinds()));
    }

    @Benchmark
    public byte[] onePlace() throws Exception {
        Place place = dataset.places().resolve("Burma").orElseThrow();
        return json.writeValueAsBytes(dataset.coverage().place(place, dataset.kinds()));
    }

    @Benchmark
    public byte[] onePlaceOneKind() throws Exception {
        Place place = dataset.places().resolve("Burma").orElseThrow();
        return json.writeValueAsBytes(dataset.coverage().place(place, java.util.Set.of("casualties")));
    }
}
