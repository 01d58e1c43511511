package io.factcheck.importer;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;
import io.factcheck.official.OfficialClaim;
import io.factcheck.official.OfficialVerifier;
import io.factcheck.official.TenureReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Wikidata layer made from the hand-written answer, added to a copy of the bundled dataset (what loading it as a
 * layer amounts to: its sources and tenures join the bundled ones), answers for the officials the bundled sources,
 * current only to 2022, cannot: the 2024 French prime ministers.
 */
class WikidataLayerEndToEndTest {
    static final Path BUNDLED = Path.of("src/main/resources/dataset");
    @TempDir
    static Path tmp;
    private static OfficialVerifier withLayer;

    @BeforeAll
    static void loadTheBundledDatasetWithTheLayer() throws IOException {
        Path layer = tmp.resolve("layer");
        Places places = Places.load(new StringReader(Files.readString(BUNDLED.resolve(Places.FILE))), Places.FILE);
        WikidataLayer.write(WikidataLayerTest.answer(), "position-held-result.json", "france-uk",
                LocalDate.parse("2026-11-30"), places, layer);
        Path merged = Files.createDirectories(tmp.resolve("merged"));
        try (Stream<Path> files = Files.list(BUNDLED)) {
            for (Path file : files.toList()) {
                Files.copy(file, merged.resolve(file.getFileName()));
            }
        }
        for (String name : List.of(ReferenceDataset.SOURCES, TenureReader.TENURES)) {
            List<String> rows = Files.readAllLines(layer.resolve(name), StandardCharsets.UTF_8);
            Files.write(merged.resolve(name), rows.subList(1, rows.size()), StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
        withLayer = ReferenceDataset.load(DatasetFiles.directory(merged), Clock.systemUTC(),
                Set.of(OfficialVerifier.KIND)).officials();
    }

    private static Verdict check(String name, String position, String jurisdiction, String asOf) {
        return withLayer.verify(new OfficialClaim(name, position, jurisdiction, asOf, null, null));
    }

    @Test
    void aPrimeMinisterOf2024IsSupportedByTheStatement() {
        Verdict verdict = check("Gabriel Attal", "Prime Minister", "France", "2024-03-01");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(verdict.evidence()).extracting(Evidence::recordId)
                .anySatisfy(id -> assertThat(id).matches("Q30339350\\$[0-9A-F-]{36}"));
        assertThat(verdict.evidence()).extracting(Evidence::snapshot).contains("2026-11-30");
    }

    @Test
    void herPredecessorOnTheSameDayIsRefuted() {
        Verdict verdict = check("Élisabeth Borne", "Prime Minister", "France", "2024-03-01");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(verdict.explanation()).contains("2024-01-09");
    }

    @Test
    void theLaterPrimeMinistersAnswerToo() {
        assertThat(check("Michel Barnier", "French Prime Minister", null, "2024-10-15").verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(check("Gabriel Attal", "Prime Minister", "France", "2024-10-15").verdict())
                .isEqualTo(VerdictLabel.REFUTED);
        assertThat(check("François Bayrou", "Prime Minister", "France", "2025-03-01").verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
    }

    @Test
    void aStartKnownOnlyToTheYearSupportsNothingInsideThatYear() {
        assertThat(check("Rishi Sunak", "Prime Minister", "United Kingdom", "2023-06-01").verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(check("Rishi Sunak", "Prime Minister", "United Kingdom", "2022-03-01").verdict())
                .isNotEqualTo(VerdictLabel.SUPPORTED);
    }
}
