package io.factcheck.dataset;

import io.factcheck.dates.DateVerifier;
import io.factcheck.kernel.Place;
import io.factcheck.official.OfficialVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The wings' coverage joined per place: names, the kinds each place can be checked for, sources, summaries. */
class CoverageTest {
    private SmallDataset small;

    @BeforeEach
    void write(@TempDir Path dir) {
        small = new SmallDataset(dir)
                .write("tenures.csv", SmallDataset.TENURE_HEADER
                        + "Rudolf Rassendyll,,,Minister of Defence,Ruritania,2020-03-01,,,desk,,r1,\n"
                        + "Rupert of Hentzau,,,Minister of Defence,Ruritania,2010,2020-03-01,,desk,,r2,\n"
                        + "Rupert of Hentzau,,,Chancellor,Ruritania,1999-05-01,2009-12-31,,desk,,r3,\n")
                .write("events.csv", SmallDataset.EVENT_HEADER
                        + "e1,coup,realized,ruritania,1961-07-02,Coup,coups,,,\n")
                .write("event_coverage.csv", "source,kind,subtypes,place,from,to,note\n"
                        + "coups,coup,realized|attempted,graustark,1950-01-01,2022-11-29,\n");
    }

    private static Place place(ReferenceDataset dataset, String name) {
        return dataset.places().resolve(name).orElseThrow();
    }

    @Test
    void aPlaceSaysWhichKindsItCanBeCheckedForAndCitesOnlyItsOwnSources() {
        ReferenceDataset dataset = small.load();
        PlaceCoverage ruritania = dataset.coverage().place(place(dataset, "Ruritanian"), dataset.kinds());
        assertThat(ruritania.name()).isEqualTo("Ruritania");
        assertThat(ruritania.aliases()).containsExactly("Kingdom of Ruritania");
        assertThat(ruritania.kinds()).containsExactly("official", "date");
        assertThat(ruritania.official()).hasSize(2);
        assertThat(ruritania.casualties()).isEmpty(); // served, but nothing on record here
        assertThat(ruritania.sources()).containsOnlyKeys("coups", "desk");
        assertThat(ruritania.sources().get("desk")).isEqualTo(
                new Coverage.Source("Our research desk", "https://example.org/desk", "2024-01-31"));
        assertThat(ruritania.dataset().name()).isEqualTo("small");

        PlaceCoverage borduria = dataset.coverage().place(place(dataset, "Borduria"), dataset.kinds());
        assertThat(borduria.kinds()).isEmpty();
        assertThat(borduria.sources()).isEmpty();
    }

    @Test
    void theSummaryListsEveryPlaceWithAKindInAFewLines() {
        ReferenceDataset dataset = small.load();
        CoverageSummary summary = dataset.coverage().summary(dataset.kinds());
        assertThat(summary.places()).extracting(CoverageSummary.Place::id).containsExactly("graustark", "ruritania");
        CoverageSummary.Place ruritania = summary.places().get(1);
        assertThat(ruritania.official()).isEqualTo(
                new CoverageSummary.Officials(2, 3, "1999-05-01", "2024-01-31", java.util.List.of("desk")));
        assertThat(ruritania.date()).containsExactly(new CoverageSummary.EventKind("coup", 1, "1961-07-02",
                "1961-07-02", false));
        assertThat(ruritania.casualties()).isNull();
        assertThat(summary.places().get(0).date()).containsExactly(
                new CoverageSummary.EventKind("coup", 0, null, null, true));
        assertThat(summary.sources()).containsOnlyKeys("coups", "desk");
    }

    @Test
    void aPostWithoutAnEndLeavesThePlacesEndOpen() {
        small.write("tenures.csv", SmallDataset.TENURE_HEADER
                + "Rudolf Rassendyll,,,Minister of Defence,Ruritania,2020-03-01,,,notes,,r1,\n"
                + "Rupert of Hentzau,,,Chancellor,Ruritania,1999-05-01,2009-12-31,,desk,,r3,\n");
        ReferenceDataset dataset = small.load();
        CoverageSummary.Officials officials = dataset.coverage().summary(dataset.kinds()).places().stream()
                .filter(p -> p.id().equals("ruritania")).findFirst().orElseThrow().official();
        assertThat(officials.from()).isEqualTo("1999-05-01");
        assertThat(officials.to()).isNull();
    }

    @Test
    void askingForOneKindLeavesTheOthersOut() {
        ReferenceDataset dataset = small.load();
        CoverageSummary officials = dataset.coverage().summary(Set.of(OfficialVerifier.KIND));
        assertThat(officials.places()).extracting(CoverageSummary.Place::id).containsExactly("ruritania");
        assertThat(officials.places().get(0).date()).isNull();
        assertThat(officials.places().get(0).kinds()).containsExactly("official");
        PlaceCoverage dates = dataset.coverage().place(place(dataset, "Ruritania"), Set.of(DateVerifier.KIND));
        assertThat(dates.official()).isNull();
        assertThat(dates.kinds()).containsExactly("date");
        assertThat(dates.sources()).containsOnlyKeys("coups");
    }

    @Test
    void aWingNotLoadedIsNotListedAndTheAccountIsKeptWithTheDataset() {
        ReferenceDataset dataset = small.load(Set.of(DateVerifier.KIND));
        PlaceCoverage ruritania = dataset.coverage().place(place(dataset, "Ruritania"), dataset.kinds());
        assertThat(ruritania.official()).isNull();
        assertThat(ruritania.casualties()).isNull();
        assertThat(ruritania.kinds()).containsExactly("date");
        assertThat(dataset.coverage()).isSameAs(dataset.coverage());
        assertThat(small.load().coverage()).isNotSameAs(dataset.coverage()); // a reload brings its own
    }
}
