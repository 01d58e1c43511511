package io.factcheck.bench;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.story.Story;
import io.factcheck.story.StoryCheck;
import io.factcheck.story.StoryChecker;
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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A whole story checked in process: the EFE story of the story issue (read from ../shared/articles, 2,809
 * characters, 8 claims), and 100,000 characters of copy without claims (the finders' negative corpus repeated), whose
 * time per call gives the finders' reading speed in characters a second.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoryCheckBench {
    static final Path EFE = Path.of("../shared/articles/efe-2021-06-28-myanmar-coup-leader-russia.txt");

    @Param({"efe", "no-claims-100k"})
    public String story;

    private StoryChecker checker;
    private Story input;

    @Setup
    public void load() throws IOException {
        checker = new StoryChecker(ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC()));
        String text = story.equals("efe") ? Files.readString(EFE) : withoutClaims(100_000);
        input = new Story(text, "2021-06-28", "Bangkok", null, null, "en");
        StoryCheck check = checker.check(input);
        System.out.printf("%n%s: %,d characters, %d claims, %d dates%n", story, text.length(), check.claims().size(),
                check.dates().size());
    }

    /** Sentences that hold numbers, names, titles and dates but no claim, repeated to the length asked. */
    static String withoutClaims(int length) throws IOException {
        String corpus;
        try (InputStream in = StoryCheckBench.class.getResourceAsStream("/io/factcheck/story/negative.corpus")) {
            corpus = new String(Objects.requireNonNull(in, "negative.corpus").readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder(length + 200);
        String[] lines = corpus.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toArray(String[]::new);
        for (int i = 0; text.length() < length; i++) {
            text.append(lines[i % lines.length]).append(i % 4 == 3 ? "\n\n" : " ");
        }
        return text.substring(0, length);
    }

    @Benchmark
    public StoryCheck check() {
        return checker.check(input);
    }
}
