package io.factcheck.official;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.Csv;
import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every tenure of the bundled dataset, its holder named as the row names them, in the post as the row titles it, on
 * days inside the term (its first sure day, its middle, its last sure day; an open row's first day when its start is
 * a day, since a successor's record may end it), at its bounds and outside it: whatever
 * else the records say, a day inside a recorded term of that person in that post is never REFUTED, and every answer
 * is a verdict (no exception). {@code ./mvnw verify} takes every {@value #SAMPLE}th tenure; every one with
 * {@code -Pwhole} ({@code -Dfactcheck.differential=whole}), which CI (.ci/run) runs.
 */
class TenureDifferentialTest {
    private static final Path DATASET = Path.of("src/main/resources/dataset");
    static final int SAMPLE = 8;

    @Test
    void noRecordedTermIsRefutedOnItsOwnDays() throws IOException {
        OfficialVerifier verifier = officials(DATASET);
        List<Row> tenures = sampled(tenures());
        List<String> refutedInside = new ArrayList<>();
        int claims = 0;
        for (Row t : tenures) {
            LocalDate first = t.start().end();
            // an open row's term may have been ended by its successor's: only its first day is surely inside, and
            // only when the start is a day (Yair Lapid, from "2022", was gone by the year's last day)
            LocalDate last = t.end() != null ? t.end().start().minusDays(1)
                    : t.start().precision() == io.factcheck.kernel.DatePrecision.DAY ? first : null;
            for (LocalDate day : insideDays(first, last)) {
                claims++;
                Verdict v = verify(verifier, t, day);
                if (v.verdict() == VerdictLabel.REFUTED) {
                    refutedInside.add(t.location() + " " + t.person() + " / " + t.position() + " on " + day + ": "
                            + v.explanation());
                }
            }
            for (LocalDate day : List.of(t.start().start().minusDays(1),
                    t.end() == null ? t.start().start().plusYears(30) : t.end().end().plusDays(1))) {
                if (day.getYear() < 1800 || day.getYear() > 2100) {
                    continue;
                }
                claims++;
                assertThat(verify(verifier, t, day).verdict()).isNotNull();
            }
        }
        assertThat(claims).isGreaterThan(tenures.size() * 2);
        assertThat(refutedInside).as("REFUTED on a day of a recorded term of %s claims", claims).isEmpty();
    }

    private static List<Row> tenures() throws IOException {
        Map<String, LocalDate> snapshots = new HashMap<>();
        read(ReferenceDataset.SOURCES, List.of("id", "snapshot"), row -> snapshots.put(row.required("id"),
                row.dateSpan("snapshot") == null ? null : row.dateSpan("snapshot").end()));
        List<Row> tenures = new ArrayList<>();
        read(TenureReader.TENURES, TenureReader.TENURE_COLUMNS, row -> tenures.add(new Row(row.required("person"),
                row.required("position"), row.required("jurisdiction"), row.dateSpan("start"), row.dateSpan("end"),
                snapshots.get(row.required("source")), row.location())));
        return tenures;
    }

    /** Every tenure when the whole run is asked for, otherwise every {@value #SAMPLE}th (the first included). */
    private static List<Row> sampled(List<Row> tenures) {
        if ("whole".equals(System.getProperty("factcheck.differential"))) {
            return tenures;
        }
        List<Row> sample = new ArrayList<>();
        for (int i = 0; i < tenures.size(); i += SAMPLE) {
            sample.add(tenures.get(i));
        }
        System.out.printf("%s: %,d of %,d tenures (every %dth; -Pwhole for all)%n",
                TenureDifferentialTest.class.getSimpleName(), sample.size(), tenures.size(), SAMPLE);
        return sample;
    }

    /** A row of tenures.csv as the test needs it. */
    private record Row(String person, String position, String jurisdiction, DateSpan start, DateSpan end,
                       LocalDate snapshot, String location) {
    }

    private static void read(String file, List<String> columns, Consumer<CsvRow> rows) throws IOException {
        try (Reader reader = Files.newBufferedReader(DATASET.resolve(file), StandardCharsets.UTF_8)) {
            Csv.read(reader, file, columns, rows);
        }
    }

    @Test
    void theCompiledImageAnswersAsTheCsvDoes(@TempDir Path copy) throws IOException {
        try (var files = Files.list(DATASET)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        ReferenceDataset.compileOfficials(copy);
        assertThat(copy.resolve(TenureImage.FILE)).isNotEmptyFile();
        OfficialVerifier fromCsv = officials(DATASET);
        OfficialVerifier fromImage = officials(copy);
        List<Row> tenures = tenures();
        int compared = 0;
        for (int i = 0; i < tenures.size(); i += 20) {
            Row t = tenures.get(i);
            for (LocalDate day : List.of(t.start().end(), t.start().start().minusYears(3))) {
                Verdict a = verify(fromCsv, t, day);
                Verdict b = verify(fromImage, t, day);
                assertThat(b.verdict()).as(t.location() + " on " + day).isEqualTo(a.verdict());
                assertThat(b.explanation()).isEqualTo(a.explanation());
                assertThat(b.evidence()).isEqualTo(a.evidence());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(4_000);
    }

    private static OfficialVerifier officials(Path dir) {
        return ReferenceDataset.load(DatasetFiles.directory(dir), Clock.systemUTC(), Set.of(OfficialVerifier.KIND))
                .officials();
    }

    private static Verdict verify(OfficialVerifier verifier, Row t, LocalDate day) {
        return verifier.verify(new OfficialClaim(t.person(), t.position(), t.jurisdiction(), day.toString(),
                null, null));
    }

    /** The term's first sure day, its middle and its last sure day (one or none for short or uncertain terms). */
    private static Set<LocalDate> insideDays(LocalDate first, LocalDate last) {
        Set<LocalDate> days = new LinkedHashSet<>();
        if (last == null || last.isBefore(first)) {
            return days;
        }
        days.add(first);
        days.add(first.plusDays((last.toEpochDay() - first.toEpochDay()) / 2));
        days.add(last);
        return days;
    }
}
