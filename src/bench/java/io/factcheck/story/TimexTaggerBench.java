package io.factcheck.story;

import io.factcheck.dates.DateExpressionReader;
import io.factcheck.story.text.Copy;
import io.factcheck.story.text.DateMentions;
import io.factcheck.story.timex.TimexTagger;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The TIMEX3 tagger alone (its door, {@link TimexTagger}, with the story package's copy and date mentions), on two inputs:
 * <ul>
 *   <li>{@code efe}: what the tagger adds to the EFE story's check, given the copy and date mentions the check has
 *   already read (2,809 characters);</li>
 *   <li>{@code no-dates-100k}: 100,000 characters of copy without dates (the tagger's negative corpus repeated),
 *   read from the raw text (tokens, sentences, the reader's runs and the tagger), whose time per call gives its
 *   reading speed in characters a second.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TimexTaggerBench {
    private static final Path EFE = Path.of("../shared/articles/efe-2021-06-28-myanmar-coup-leader-russia.txt");
    private static final LocalDate PUBLISHED = LocalDate.parse("2021-06-28");

    @Param({"efe", "no-dates-100k"})
    public String input;

    private TimexTagger tagger;
    private String text;
    private Copy copy;
    private List<List<DateMentions.Mention>> sentences;

    @Setup
    public void load() throws IOException {
        DateExpressionReader reader = new DateExpressionReader();
        tagger = new TimexTagger(reader);
        text = input.equals("efe") ? Files.readString(EFE) : withoutDates(100_000);
        copy = Copy.read(text);
        DateMentions mentions = new DateMentions(reader);
        sentences = new ArrayList<>();
        for (int i = 0; i < copy.sentenceCount(); i++) {
            sentences.add(mentions.find(copy, copy.starts[i], copy.starts[i + 1], PUBLISHED));
        }
        System.out.printf("%n%s: %,d characters, %d expressions%n", input, text.length(),
                tagger.tag(copy, sentences, PUBLISHED).size());
    }

    private static String withoutDates(int length) throws IOException {
        String corpus;
        try (InputStream in = TimexTaggerBench.class.getResourceAsStream("/io/factcheck/story/timex-negative.corpus")) {
            corpus = new String(Objects.requireNonNull(in, "timex-negative.corpus").readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        String[] lines = corpus.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toArray(String[]::new);
        StringBuilder out = new StringBuilder(length + 200);
        for (int i = 0; out.length() < length; i++) {
            out.append(lines[i % lines.length]).append(i % 4 == 3 ? "\n\n" : " ");
        }
        return out.substring(0, length);
    }

    /** EFE: the tagger's share of the story check; 100k: the whole read of the raw text. */
    @Benchmark
    public Object tag() {
        return input.equals("efe") ? tagger.tag(copy, sentences, PUBLISHED) : tagger.tag(text, PUBLISHED);
    }
}
