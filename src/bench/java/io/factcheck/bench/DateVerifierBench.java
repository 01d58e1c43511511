package io.factcheck.bench;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.dates.DateClaim;
import io.factcheck.dates.DateVerifier;
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

/** Per-claim cost of the date verifier on the bundled dataset, over a mix of SUPPORTED, REFUTED, UNVERIFIABLE. */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DateVerifierBench {
    private static final ClaimContext PUBLISHED = new ClaimContext("2021-06-28");
    private static final DateClaim[] MIX = {
            new DateClaim("Myanmar military coup", "Feb. 1", null, PUBLISHED),
            new DateClaim("Myanmar coup", "February 2, 2021", null, PUBLISHED),
            new DateClaim("Myanmar general election", "November", null, PUBLISHED),
            new DateClaim("Myanmar coup", "almost five months ago", null, PUBLISHED),
            new DateClaim("Myanmar coup", "Sunday, February 1, 2021", null, PUBLISHED),
            new DateClaim("coup in Atlantis", "March 3, 2019", null, PUBLISHED),
            new DateClaim("US presidential election", "November 3, 2020", null, null),
            new DateClaim("Thai coup", "2/1/2021", null, null),
    };

    private DateVerifier verifier;
    private int next;

    @Setup
    public void load() {
        verifier = ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC()).dates();
    }

    @Benchmark
    public Verdict verifyMix() {
        next = (next + 1) % MIX.length;
        return verifier.verify(MIX[next]);
    }
}
