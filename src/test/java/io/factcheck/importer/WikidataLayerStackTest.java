package io.factcheck.importer;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;
import io.factcheck.official.OfficialClaim;
import io.factcheck.official.OfficialVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Wikidata layer loaded as a layer over the bundled dataset (factcheck.reference.layers), as a desk runs it:
 * its statements add to the bundled officials, cited under the layer's name, and where they contradict the bundled
 * copies the load reports it rather than failing. It answers for the officials the bundled sources, current only to
 * 2022, cannot: the 2024 French prime ministers.
 */
class WikidataLayerStackTest {
    @TempDir
    static Path tmp;
    private static ReferenceDataset dataset;

    @BeforeAll
    static void loadTheLayerOverTheBundledDataset() throws IOException {
        Path layer = tmp.resolve("layer");
        Places places = Places.load(new StringReader(Files.readString(Path.of("src/main/resources/dataset/places.csv"))),
                Places.FILE);
        WikidataLayer.write(WikidataLayerTest.answer(), "position-held-result.json", "officials",
                LocalDate.parse("2026-11-30"), places, layer);
        dataset = ReferenceDataset.load(List.of(DatasetFiles.classpath("dataset"), DatasetFiles.directory(layer)),
                Clock.systemUTC(), Set.of(OfficialVerifier.KIND));
    }

    @Test
    void itsStatementsAnswerCitedUnderTheLayersName() {
        Verdict verdict = dataset.officials().verify(new OfficialClaim("Gabriel Attal", "Prime Minister", "France",
                "2024-03-01", null, null));
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(verdict.evidence()).anySatisfy(e -> assertThat(e.location()).startsWith("officials/tenures.csv:"));
        assertThat(verdict.dataset().layers()).extracting("name").containsExactly("officials");
        assertThat(dataset.info().layers().get(0).files().get("tenures.csv").added()).isGreaterThan(0);
        assertThat(dataset.places().byId("russia")).isPresent();
    }

    private static Verdict check(String name, String position, String jurisdiction, String asOf) {
        return dataset.officials().verify(new OfficialClaim(name, position, jurisdiction, asOf, null, null));
    }

    @Test
    void aPrimeMinisterOf2024IsSupportedByTheStatement() {
        Verdict verdict = check("Gabriel Attal", "Prime Minister", "France", "2024-03-01");
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

    @Test
    void aSuccessorAfterAnOpenTermsSnapshotIsNoConflict() {
        // the bundled world leaders have Liz Truss open at their snapshot (2022-10-10), Wikidata Rishi Sunak from
        // "2022" (the year): neither says both held the post on the same day
        assertThat(dataset.info().conflicts()).noneSatisfy(c -> assertThat(c.reason()).contains("Liz Truss"));
        assertThat(dataset.info().conflicts()).allSatisfy(c -> {
            assertThat(c.record()).startsWith("officials/tenures.csv:");
            assertThat(c.lower()).startsWith("tenures.csv:");
        });
    }
}
