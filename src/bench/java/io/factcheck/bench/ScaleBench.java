package io.factcheck.bench;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;
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

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Per-claim latency as the dataset grows: the bundled dataset, then synthetic ones of 10k to 1M tenures (with 1k to
 * 100k events and 100 to 10,000 daily casualty series). Each dataset answers claims drawn from its own rows
 * ({@link SampledClaims}), so every size runs the same mix of found holders, wrong days and wrong figures; the
 * verdict counts of the mix are printed at set-up.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScaleBench {
    @Param({"bundled", "10000", "100000", "1000000"})
    public String tenures;

    private ReferenceDataset dataset;
    private SampledClaims claims;
    private int nextOfficial;
    private int nextDate;
    private int nextCasualty;

    @Setup
    public void load() throws Exception {
        Path dir = tenures.equals("bundled") ? ScaleReport.BUNDLED : ScaleReport.dataset(Integer.parseInt(tenures));
        dataset = ReferenceDataset.load(DatasetFiles.directory(dir), Clock.systemUTC());
        claims = SampledClaims.from(dir, 64, 7);
        Map<VerdictLabel, Integer>[] verdicts = claims.verdicts(dataset);
        System.out.printf("%n%s: official %s, date %s, casualties %s%n", tenures, verdicts[0], verdicts[1],
                verdicts[2]);
    }

    @Benchmark
    public Verdict official() {
        nextOfficial = (nextOfficial + 1) % claims.officials.length;
        return dataset.officials().verify(claims.officials[nextOfficial]);
    }

    @Benchmark
    public Verdict casualties() {
        nextCasualty = (nextCasualty + 1) % claims.casualties.length;
        return dataset.casualties().verify(claims.casualties[nextCasualty]);
    }

    @Benchmark
    public Verdict date() {
        nextDate = (nextDate + 1) % claims.dates.length;
        return dataset.dates().verify(claims.dates[nextDate]);
    }
}
