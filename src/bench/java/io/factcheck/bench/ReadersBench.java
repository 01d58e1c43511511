package io.factcheck.bench;

import io.factcheck.dates.DateExpressionReader;
import io.factcheck.dates.DateReadings;
import io.factcheck.official.NameMatch;
import io.factcheck.official.PersonName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/** The readers on their own: the date-expression reader and the name matcher. */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReadersBench {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 28);
    private static final String[] DATES = {"Feb. 1", "Sunday, February 1, 2021", "almost five months ago", "2/1/2021",
            "late February 2021", "last November", "2021-02-01", "mid-2021"};
    private static final String[][] NAMES = {{"Sergei Shoigu", "Sergey Shoygu"}, {"Senior General Min Aung Hlaing",
            "Min Aung Hlaing"}, {"Shoigu", "Sergey Shoygu"}, {"Nikolai Patrushev", "Dmitry Patrushev"}};
    private static final PersonName[] RECORDED = {PersonName.of(NAMES[0][1]), PersonName.of(NAMES[1][1]),
            PersonName.of(NAMES[2][1]), PersonName.of(NAMES[3][1])};

    private final DateExpressionReader reader = new DateExpressionReader();
    private int nextDate;
    private int nextName;

    @Benchmark
    public DateReadings readDate() {
        nextDate = (nextDate + 1) % DATES.length;
        return reader.read(DATES[nextDate], PUBLISHED);
    }

    /** Preparing a written name (folding, titles, skeletons) and matching it against a recorded one. */
    @Benchmark
    public NameMatch matchName() {
        nextName = (nextName + 1) % NAMES.length;
        return PersonName.of(NAMES[nextName][0]).matchAgainst(RECORDED[nextName]);
    }
}
