package io.factcheck.bench;

import io.factcheck.casualties.CasualtyClaim;
import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.dates.DateClaim;
import io.factcheck.kernel.ClaimContext;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Verdict;
import io.factcheck.official.OfficialClaim;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Per-claim latency as the dataset grows: the same claims against synthetic datasets of 10k to 1M tenures (with
 * 1k to 100k events and 100 to 10,000 daily casualty series).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScaleBench {
    private static final ClaimContext PUBLISHED = new ClaimContext("2021-06-28");
    private static final OfficialClaim[] OFFICIALS = {
            new OfficialClaim("Kalo Serge", "Defence Minister", "Russia", null, PUBLISHED),
            new OfficialClaim("Nobody Atall", "Minister of Finance", "Myanmar", "1990-01-01", null),
            new OfficialClaim("Someone", "Minister of Magic", "Russia", null, PUBLISHED),
    };
    private static final DateClaim[] DATES = {
            new DateClaim("Myanmar coup", "February 2, 2021", null, PUBLISHED),
            new DateClaim("Thai election", "2014", null, null),
    };

    private static final CasualtyClaim[] CASUALTIES = {
            new CasualtyClaim("Abkhazia", "disaster 0", "killed", 5000L, "more than", "2021-06-28", null, null),
            new CasualtyClaim("Afghanistan", "disaster 1", "killed", 9000L, "about", "2022-01-15", null, null),
            new CasualtyClaim("Wakanda", "disaster 2", "killed", 10L, null, "2021-01-01", null, null),
    };

    @Param({"10000", "100000", "1000000"})
    public int tenures;

    private ReferenceDataset dataset;
    private int next;

    @Setup
    public void load() throws Exception {
        dataset = ReferenceDataset.load(DatasetFiles.directory(ScaleReport.dataset(tenures)), Clock.systemUTC());
    }

    @Benchmark
    public Verdict official() {
        next = (next + 1) % OFFICIALS.length;
        return dataset.officials().verify(OFFICIALS[next]);
    }

    @Benchmark
    public Verdict casualties() {
        next = (next + 1) % CASUALTIES.length;
        return dataset.casualties().verify(CASUALTIES[next]);
    }

    @Benchmark
    public Verdict date() {
        next = (next + 1) % DATES.length;
        return dataset.dates().verify(DATES[next]);
    }
}
