package io.factcheck.dataset;

import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.DatasetFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A dataset directory written by hand, as a newsroom would, and the errors its mistakes produce. */
class ReferenceDatasetTest {
    private static final String HEADER = "person,aliases,person_id,position,jurisdiction,start,end,holders,source,url,record_id,note\n";
    private static final String ENTRY_HEADER = HEADER.strip() + ",entry,entry_date,entry_source,entry_record\n";

    @TempDir
    Path dir;

    @BeforeEach
    void minimalDataset() throws IOException {
        Files.writeString(dir.resolve("dataset.properties"), "name=newsroom\nversion=7\nformat=factcheck-dataset/1\n");
        Files.writeString(dir.resolve("sources.csv"), "id,name,url,licence,snapshot,citation\n"
                + "desk,Our research desk,https://example.org/desk,internal,2024-01-31,\n");
        Files.writeString(dir.resolve("places.csv"), "id,name,aliases,demonyms,iso3,cow_code,cow_abb\n"
                + "ruritania,Ruritania,Kingdom of Ruritania,Ruritanian,,,\n");
    }

    private ReferenceDataset load() {
        return ReferenceDataset.load(DatasetFiles.directory(dir), Clock.systemUTC());
    }

    @Test
    void handWrittenTenuresLoadAndVerify() throws IOException {
        Files.writeString(dir.resolve("tenures.csv"), HEADER
                + "Rudolf Rassendyll,,,Minister of Defence,Ruritania,2020-03-01,,,desk,,r1,\n"
                + "Rupert of Hentzau,,,Minister of Defence,ruritania,2010,2020-03-01,,desk,,r2,\n");
        ReferenceDataset dataset = load();
        assertThat(dataset.info().records()).containsEntry("tenures", 2);
        var verdict = dataset.officials().verify(new io.factcheck.official.OfficialClaim(
                "Rudolf Rassendyll", "Ruritanian Defence Minister", null, "2023-05-05", null, null));
        assertThat(verdict.verdict()).hasToString("SUPPORTED");
        assertThat(verdict.evidence()).first().extracting("source").isEqualTo("Our research desk");
    }

    @Test
    void aCoupEntryInTheOptionalColumnsMakesItsRulerTheCoupLeader() throws IOException {
        Files.writeString(dir.resolve("sources.csv"), "id,name,url,licence,snapshot,citation\n"
                + "desk,Our research desk,https://example.org/desk,internal,2024-01-31,\n"
                + "coups,Our coup list,https://example.org/coups,internal,2024-01-31,\n");
        Files.writeString(dir.resolve("tenures.csv"), ENTRY_HEADER
                + "Rupert of Hentzau,,,Leader,Ruritania,2020-03-02,,single,desk,,r1,,coup,2020-03-01,coups,c7\n"
                + "Rudolf Rassendyll,,,Leader,Ruritania,2010,2020-03-02,single,desk,,r2,,,,,\n");
        var verdict = load().officials().verify(new io.factcheck.official.OfficialClaim(
                "Rupert of Hentzau", "Ruritanian junta leader", null, "2023-05-05", null, null));
        assertThat(verdict.verdict()).hasToString("SUPPORTED");
        assertThat(verdict.evidence()).extracting("source").containsExactly("Our research desk", "Our coup list");
        assertThat(verdict.evidence()).extracting("recordId").containsExactly("r1", "c7");
    }

    @Test
    void aSourceRoleIsReadAndABadOneFailsTheLoadWithItsLine() throws IOException {
        Files.writeString(dir.resolve("sources.csv"), "id,name,url,licence,snapshot,citation,role\n"
                + "desk,Our research desk,https://example.org/desk,internal,2024-01-31,,\n"
                + "almanac,An almanac,https://example.org/almanac,internal,2024-01-31,,corroborates\n");
        assertThat(load().info().sources()).extracting("id", "role")
                .containsExactly(tuple("desk", "decides"), tuple("almanac", "corroborates"));
        Files.writeString(dir.resolve("sources.csv"), "id,name,url,licence,snapshot,citation,role\n"
                + "desk,Our research desk,https://example.org/desk,internal,2024-01-31,,decisive\n");
        assertThatThrownBy(this::load)
                .hasMessage("sources.csv:2: column 'role' must be 'decides' or 'corroborates', not 'decisive'");
    }

    @Test
    void badCoupEntriesAreErrors() throws IOException {
        Files.writeString(dir.resolve("tenures.csv"), ENTRY_HEADER
                + "Rupert of Hentzau,,,Leader,Ruritania,2020-03-02,,,desk,,r1,,revolution,2020-03-01,desk,c7\n");
        assertThatThrownBy(this::load)
                .hasMessage("tenures.csv:2: column 'entry' must be 'coup' or empty, not 'revolution'");
        Files.writeString(dir.resolve("tenures.csv"), ENTRY_HEADER
                + "Rupert of Hentzau,,,Leader,Ruritania,2020-03-02,,,desk,,r1,,coup,2020-03,desk,c7\n");
        assertThatThrownBy(this::load).hasMessageContaining("tenures.csv:2: column 'entry_date' must be the day");
        Files.writeString(dir.resolve("tenures.csv"), ENTRY_HEADER
                + "Rupert of Hentzau,,,Leader,Ruritania,2020-03-02,,,desk,,r1,,coup,2020-04-01,desk,c7\n");
        assertThatThrownBy(this::load).hasMessageContaining("comes after the term's start");
        Files.writeString(dir.resolve("tenures.csv"), ENTRY_HEADER
                + "Rupert of Hentzau,,,Leader,Ruritania,2020-03-02,,,desk,,r1,,coup,2020-03-01,gossip,c7\n");
        assertThatThrownBy(this::load).hasMessage("tenures.csv:2: source 'gossip' is not in sources.csv");
    }

    @Test
    void badDateNamesFileLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("tenures.csv"), HEADER
                + "Rudolf Rassendyll,,,Minister of Defence,Ruritania,2020-03-01,,,desk,,r1,\n"
                + "Rupert of Hentzau,,,Minister of Defence,Ruritania,2010-02-30,,,desk,,r2,\n");
        assertThatThrownBy(this::load).isInstanceOf(DataFormatException.class)
                // the README quotes this message as it stands
                .hasMessage("tenures.csv:3: column 'start': '2010-02-30' is not a date: Invalid date 'FEBRUARY 30'");
    }

    @Test
    void unknownJurisdictionAndSourceAreErrors() throws IOException {
        Files.writeString(dir.resolve("tenures.csv"), HEADER
                + "Rudolf Rassendyll,,,Minister of Defence,Graustark,2020-03-01,,,desk,,r1,\n");
        assertThatThrownBy(this::load).hasMessage("tenures.csv:2: jurisdiction 'Graustark' is not in places.csv");
        Files.writeString(dir.resolve("tenures.csv"), HEADER
                + "Rudolf Rassendyll,,,Minister of Defence,Ruritania,2020-03-01,,,gossip,,r1,\n");
        assertThatThrownBy(this::load).hasMessage("tenures.csv:2: source 'gossip' is not in sources.csv");
    }

    @Test
    void endBeforeStartMissingColumnAndBadHolders() throws IOException {
        Files.writeString(dir.resolve("tenures.csv"), HEADER
                + "Rudolf Rassendyll,,,Minister of Defence,Ruritania,2020-03-01,2019,,desk,,r1,\n");
        assertThatThrownBy(this::load).hasMessageContaining("tenures.csv:2: ends (2019) before it starts");
        Files.writeString(dir.resolve("tenures.csv"), "person,position\nX,Y\n");
        assertThatThrownBy(this::load).hasMessageStartingWith("tenures.csv:1: header lacks column 'aliases'");
        Files.writeString(dir.resolve("tenures.csv"), HEADER
                + "Rudolf Rassendyll,,,Minister of Defence,Ruritania,2020-03-01,,many,desk,,r1,\n");
        assertThatThrownBy(this::load).hasMessageContaining("column 'holders' must be 'single', 'several' or empty");
    }

    @Test
    void unclosedQuoteAndWrongFormatAreErrors() throws IOException {
        Files.writeString(dir.resolve("tenures.csv"), HEADER
                + "\"Rudolf Rassendyll,,,Minister of Defence,Ruritania,2020-03-01,,,desk,,r1,\n");
        assertThatThrownBy(this::load).hasMessage("tenures.csv:2: quoted field is never closed");
        Files.writeString(dir.resolve("dataset.properties"), "name=newsroom\nversion=7\nformat=csv-v0\n");
        assertThatThrownBy(this::load).hasMessageContaining("format is 'csv-v0'");
    }

    @Test
    void missingRequiredFileIsNamed() throws IOException {
        Files.delete(dir.resolve("places.csv"));
        assertThatThrownBy(this::load).hasMessageStartingWith("places.csv: missing from " + dir);
    }

    @Test
    void duplicatePlaceNameIsAnError() throws IOException {
        Files.writeString(dir.resolve("places.csv"), "id,name,aliases,demonyms,iso3,cow_code,cow_abb\n"
                + "ruritania,Ruritania,,,,,\nstrelsau,Strelsau,Ruritania,,,,\n");
        assertThatThrownBy(this::load).hasMessage("places.csv:3: name 'Ruritania' already names place 'ruritania'");
    }

    @Test
    void loadsOnlyTheWingsOfTheKindsAsked() {
        ReferenceDataset dates = ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC(),
                java.util.Set.of("date"));
        assertThat(dates.kinds()).containsExactly("date");
        assertThat(dates.info().records()).containsKeys("places", "events").doesNotContainKeys("tenures",
                "casualtySeries");
        assertThat(dates.serves("official")).isFalse();
        assertThatThrownBy(dates::officials).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("official wing is not loaded");
        assertThatThrownBy(() -> ReferenceDataset.load(DatasetFiles.classpath("dataset"), Clock.systemUTC(),
                java.util.Set.of("horoscope"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("horoscope");
    }
}
