package io.factcheck.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Verdict;
import io.factcheck.recheck.PublishedVerdict;
import io.factcheck.recheck.RecheckAnswer;
import io.factcheck.recheck.Rechecker;
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

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * 1,000 published verdicts re-checked in process: the mix of {@link SampledClaims} (officials, dates, casualty
 * figures drawn from the bundled dataset's rows, a third of each), each verified once to make the archive, then asked
 * again at its own date, or as of one date for all ("today"). The answer's time for one call is for the 1,000;
 * {@link #verifyOnly} verifies the same claims without comparing, the floor.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RecheckBench {
    static final int ITEMS = 1000;
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Param({"own-date", "as-of-a-date"})
    public String at;

    private Rechecker rechecker;
    private final List<Object> claims = new ArrayList<>();
    private final List<PublishedVerdict> archive = new ArrayList<>();
    private LocalDate date;

    @Setup
    @SuppressWarnings("unchecked")
    public void archive() throws IOException {
        ReferenceDataset dataset = ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC());
        rechecker = new Rechecker(dataset);
        SampledClaims sampled = SampledClaims.from(Path.of("src/main/resources/dataset"), 400, 11);
        add(sampled.officials, c -> dataset.officials().verify(c));
        add(sampled.dates, c -> dataset.dates().verify(c));
        add(sampled.casualties, c -> dataset.casualties().verify(c));
        date = at.equals("own-date") ? null : LocalDate.parse("2022-06-30");
        System.out.printf("%n%d published verdicts re-checked per call%n", archive.size());
    }

    @SuppressWarnings("unchecked")
    private <T> void add(T[] sampled, Function<T, Verdict> verify) {
        int target = archive.size() + ITEMS / 3 + (archive.size() == 0 ? ITEMS % 3 : 0);
        for (int i = 0; i < sampled.length && archive.size() < target; i++) {
            try {
                Verdict verdict = verify.apply(sampled[i]);
                archive.add(new PublishedVerdict(verdict.kind(), verdict.verdict(),
                        JSON.convertValue(verdict.claim(), Map.class), verdict.evidence(), verdict.dataset()));
                claims.add(sampled[i]);
            } catch (ClaimRejected refused) {
                // a sampled claim the verifier refuses is not in a newsroom's archive
            }
        }
    }

    /** The floor: the same 1,000 claims verified, without reading the archive or comparing. */
    @Benchmark
    public int verifyOnly() {
        int n = 0;
        for (Object c : claims) {
            n += (c instanceof io.factcheck.official.OfficialClaim o ? rechecker.dataset().officials().verify(o)
                    : c instanceof io.factcheck.dates.DateClaim d ? rechecker.dataset().dates().verify(d)
                    : rechecker.dataset().casualties().verify((io.factcheck.casualties.CasualtyClaim) c)).evidence().size();
        }
        return n;
    }

    @Benchmark
    public int recheck() {
        int changed = 0;
        for (int i = 0; i < archive.size(); i++) {
            RecheckAnswer answer = rechecker.recheck(i, null, claims.get(i), archive.get(i), date,
                    date == null ? null : "asOf=" + date);
            changed += answer.status().equals(RecheckAnswer.CHANGED) ? 1 : 0;
        }
        return changed;
    }
}
