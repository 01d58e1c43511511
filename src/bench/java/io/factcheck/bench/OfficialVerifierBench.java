package io.factcheck.bench;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.ClaimContext;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Verdict;
import io.factcheck.official.OfficialClaim;
import io.factcheck.official.OfficialVerifier;
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
 * Per-claim cost of the official verifier on the bundled dataset, over a mix of claims that end SUPPORTED,
 * REFUTED and UNVERIFIABLE, with exact, variant and surname-only names; and the cost of reloading the dataset
 * in a warm JVM (the first, cold load is {@link LoadBench}).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OfficialVerifierBench {
    private static final ClaimContext PUBLISHED = new ClaimContext("2021-06-28");
    private static final OfficialClaim[] MIX = {
            new OfficialClaim("Sergei Shoigu", "Defense Minister", "Russia", null, null, PUBLISHED),
            new OfficialClaim("Nikolai Patrushev", "Security Council Secretary", "Russia", null, null, PUBLISHED),
            new OfficialClaim("Sergei Shoigu", "Security Council Secretary", "Russia", null, null, PUBLISHED),
            new OfficialClaim("Min Aung Hlaing", "Prime Minister", "Myanmar", null, null, PUBLISHED),
            new OfficialClaim("Daw Aung San Suu Kyi", "State Counsellor", "Burma", "2019-01-01", null, null),
            new OfficialClaim("Shoygu", "Minister of Defence", "Russian Federation", "2024-06-01", null, null),
            new OfficialClaim("A. Nonexistent Person", "Minister of Magic", "Russia", null, null, PUBLISHED),
            new OfficialClaim("Vladimir Putin", "Prime Minister", "Russia", "2010-06-28", null, null),
    };

    private OfficialVerifier verifier;
    private int next;

    @Setup
    public void load() {
        verifier = ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC()).officials();
    }

    /** One claim of the mix per call, cycling: the average over the mix. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Verdict verifyMix() {
        next = (next + 1) % MIX.length;
        return verifier.verify(MIX[next]);
    }

    /** Loading once the JVM is warm: the dataset's own cost, without class loading and JIT warm-up. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ReferenceDataset loadWarm() {
        return ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC());
    }
}
