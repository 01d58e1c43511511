package io.factcheck.bench;

import io.factcheck.casualties.CasualtyClaim;
import io.factcheck.casualties.CasualtyVerifier;
import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.ClaimContext;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Verdict;
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

/** Per-claim cost of the casualty verifier on the bundled dataset, over a mix of all four verdicts. */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CasualtyVerifierBench {
    private static final ClaimContext PUBLISHED = new ClaimContext("2021-06-28");
    private static final CasualtyClaim[] MIX = {
            new CasualtyClaim("Myanmar", "post-coup crackdown", "killed", 883L, "at least", null, "AAPP", PUBLISHED),
            new CasualtyClaim("Myanmar", "post-coup crackdown", "killed", 1500L, "at least", null, null, PUBLISHED),
            new CasualtyClaim("Burma", "crackdown", "killed", 50L, "more than", null, null, PUBLISHED),
            new CasualtyClaim("Italy", "COVID-19", "deaths", 74159L, null, "2020-12-31", null, null),
            new CasualtyClaim("Italy", "COVID-19", "deaths", 100000L, "more than", "2020-12-31", null, null),
            new CasualtyClaim("Wakanda", "COVID-19", "deaths", 10L, null, "2021-01-01", null, null),
            new CasualtyClaim("Burma", null, "deaths", 900L, "about", null, null, PUBLISHED),
            new CasualtyClaim("Myanmar", "crackdown", "detained", 5000L, "more than", null, "AAPP", PUBLISHED),
    };

    private CasualtyVerifier verifier;
    private int next;

    @Setup
    public void load() {
        verifier = ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC()).casualties();
    }

    @Benchmark
    public Verdict verifyMix() {
        next = (next + 1) % MIX.length;
        return verifier.verify(MIX[next]);
    }
}
