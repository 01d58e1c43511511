package io.factcheck.bench;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.official.OfficialVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The first load of the whole bundled dataset in a fresh JVM, as start-up does it: one shot per fork, nothing
 * loaded before it, so class loading and the JIT's warm-up are in the figure. The median over forks is the number.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class LoadBench {

    @Benchmark
    public ReferenceDataset firstLoad() {
        return ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC());
    }

    /** The same with the C1 compiler only (-XX:TieredStopAtLevel=1), as the Lambda template runs the JVM. */
    @Benchmark
    @Fork(value = 10, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
    public ReferenceDataset firstLoadC1() {
        return ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC());
    }

    /** The officials wing alone (with places and sources), as a verify-official deployment loads it, C1 only. */
    @Benchmark
    @Fork(value = 10, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
    public ReferenceDataset officialsOnlyC1() {
        return ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC(),
                Set.of(OfficialVerifier.KIND));
    }

    /**
     * The same with a desk's layer over it that changes tenures (the test layer: six rows), so the compiled image
     * alone no longer answers: its rows are merged with the layer's and the posts and terms worked out again.
     */
    @Benchmark
    @Fork(value = 10, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
    public ReferenceDataset officialsWithTenureLayerC1() {
        return ReferenceDataset.load(List.of(DatasetFiles.classpath("dataset"),
                DatasetFiles.directory(Path.of("src/test/resources/layers/desk-fr"))), Clock.systemUTC(),
                Set.of(OfficialVerifier.KIND));
    }
}
