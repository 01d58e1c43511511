package io.factcheck.casualties;

import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.RowLookups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hand-written casualty files, as a newsroom would write them, and the errors their mistakes produce. */
class CasualtyReaderTest {
    static final String SERIES = "id,place,event,event_words,measure,cumulative,counter,role,source,note\n";
    static final String OBSERVATIONS = "series,as_of,value,qualifier,as_of_basis,reported_by,url,page_date,quote\n";
    static final String DAILY = "series,start,values\n";
    static final String SERIES_ROW = "flood-killed,Ruritania,2024 floods,flood|floods,killed,yes,Red Cross,primary,desk,\n";

    @TempDir
    Path dir;

    @BeforeEach
    void minimalDataset() throws IOException {
        Files.writeString(dir.resolve("sources.csv"), "id,name,url,licence,snapshot,citation\n"
                + "desk,Our research desk,https://example.org/desk,internal,2024-01-31,\n");
        Files.writeString(dir.resolve("places.csv"), "id,name,aliases,demonyms,iso3,cow_code,cow_abb\n"
                + "ruritania,Ruritania,Kingdom of Ruritania,Ruritanian,,,\n");
    }

    private CasualtyIndex load() throws IOException {
        Places places = Places.load(Files.newBufferedReader(dir.resolve("places.csv")), "places.csv");
        return CasualtyReader.load(DatasetFiles.directory(dir),
                new RowLookups(places, CasualtyFixture.sources(Files.readString(dir.resolve("sources.csv")))));
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text);
    }

    @Test
    void handWrittenFilesLoad() throws IOException {
        write("casualty_series.csv", SERIES + SERIES_ROW
                + "flood-daily,ruritania,2024 floods,flood,deaths,yes,Health ministry,primary,desk,\n");
        write("casualty_observations.csv", OBSERVATIONS
                + "flood-killed,2024-05-02,12,,no,Red Cross,https://example.org/a,2024-05-02,\"Twelve, sadly.\"\n"
                + "flood-killed,2024-05-01,7,at least,yes,Red Cross,https://example.org/b,,\n");
        write("casualty_daily.csv", DAILY + "flood-daily,2024-05-01,1|5|3\n");
        CasualtyIndex index = load();
        assertThat(index.seriesCount()).isEqualTo(2);
        assertThat(index.observationCount()).isEqualTo(2);
        assertThat(index.dailyValueCount()).isEqualTo(3);
        SeriesFigures killed = index.byId("flood-killed").figures();
        assertThat(killed.first()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(killed.figures(1).get(0).quote()).isEqualTo("Twelve, sadly.");
        SeriesFigures daily = index.byId("flood-daily").figures();
        assertThat(daily.figures(2).get(0).value()).isEqualTo(3); // corrections downwards parse
        assertThat(daily.floor(LocalDate.of(2030, 1, 1))).isEqualTo(2);
        assertThat(daily.floor(LocalDate.of(2024, 4, 30))).isEqualTo(-1);
    }

    @Test
    void noCasualtyFilesIsAnEmptyIndex() throws IOException {
        assertThat(load().seriesCount()).isZero();
    }

    @Test
    void seriesErrorsNameFileLineAndReason() throws IOException {
        write("casualty_series.csv", SERIES + SERIES_ROW.replace("Ruritania", "Graustark"));
        assertThatThrownBy(this::load).isInstanceOf(DataFormatException.class)
                .hasMessage("casualty_series.csv:2: place 'Graustark' is not in places.csv");
        write("casualty_series.csv", SERIES + SERIES_ROW.replace(",desk,", ",gossip,"));
        assertThatThrownBy(this::load).hasMessage("casualty_series.csv:2: source 'gossip' is not in sources.csv");
        write("casualty_series.csv", SERIES + SERIES_ROW + SERIES_ROW);
        assertThatThrownBy(this::load).hasMessage("casualty_series.csv:3: series id 'flood-killed' appears twice"
                + " (first at casualty_series.csv:2)");
        write("casualty_series.csv", SERIES + SERIES_ROW.replace(",killed,", ",missing,"));
        assertThatThrownBy(this::load).hasMessageStartingWith("casualty_series.csv:2: column 'measure': 'missing'");
        write("casualty_series.csv", SERIES + SERIES_ROW.replace(",primary,", ",main,"));
        assertThatThrownBy(this::load).hasMessageStartingWith("casualty_series.csv:2: column 'role' must be");
        write("casualty_series.csv", SERIES + SERIES_ROW.replace(",killed,yes,", ",detained,yes,"));
        assertThatThrownBy(this::load).hasMessageContaining("a stock (people held on the day): 'no'");
        write("casualty_series.csv", "id,place\nx,y\n");
        assertThatThrownBy(this::load).hasMessageStartingWith("casualty_series.csv:1: header lacks column 'event'");
    }

    @Test
    void observationErrorsNameFileLineAndReason() throws IOException {
        write("casualty_series.csv", SERIES + SERIES_ROW);
        write("casualty_observations.csv", OBSERVATIONS + "flood-injured,2024-05-02,12,,no,,,,\n");
        assertThatThrownBy(this::load)
                .hasMessage("casualty_observations.csv:2: series 'flood-injured' is not in casualty_series.csv");
        write("casualty_observations.csv", OBSERVATIONS + "flood-killed,2024-05-02,12,,no,,,,\n"
                + "flood-killed,2024-05-03,12.5,,no,,,,\n");
        assertThatThrownBy(this::load).hasMessage(
                "casualty_observations.csv:3: column 'value': '12.5' is not a whole number from 0 to 100000000000");
        write("casualty_observations.csv", OBSERVATIONS + "flood-killed,2024-05-02,-3,,no,,,,\n");
        assertThatThrownBy(this::load).hasMessageContaining(":2: column 'value': '-3' is not a whole number");
        write("casualty_observations.csv", OBSERVATIONS + "flood-killed,2024-02-30,3,,no,,,,\n");
        assertThatThrownBy(this::load).hasMessageStartingWith("casualty_observations.csv:2: column 'as_of'")
                .hasMessageContaining("2024-02-30");
        write("casualty_observations.csv", OBSERVATIONS + "flood-killed,2024-05,3,,no,,,,\n");
        assertThatThrownBy(this::load).hasMessage(
                "casualty_observations.csv:2: column 'as_of' must be a day (yyyy-mm-dd), not '2024-05'");
        write("casualty_observations.csv", OBSERVATIONS + "flood-killed,2024-05-02,3,,maybe,,,,\n");
        assertThatThrownBy(this::load).hasMessageContaining("column 'as_of_basis' must be 'no', 'yes' or 'inferred'");
    }

    @Test
    void dailyErrorsNameFileLineAndReason() throws IOException {
        write("casualty_series.csv", SERIES + SERIES_ROW);
        write("casualty_daily.csv", DAILY + "flood-killed,2024-05-01,1|x|3\n");
        assertThatThrownBy(this::load).hasMessage(
                "casualty_daily.csv:2: column 'values' value 2: 'x' is not a whole number from 0 to 100000000000");
        write("casualty_daily.csv", DAILY + "flood-killed,2024-05-01,1||3\n");
        assertThatThrownBy(this::load).hasMessageContaining("value 2: ''");
        write("casualty_daily.csv", DAILY + "flood-killed,2024-13-01,1|2\n");
        assertThatThrownBy(this::load).hasMessageStartingWith("casualty_daily.csv:2: column 'start'");
        write("casualty_daily.csv", DAILY + "flood-killed,2024-05-01,1|2\nflood-killed,2024-05-01,1|2\n");
        assertThatThrownBy(this::load).hasMessage(
                "casualty_daily.csv:3: series 'flood-killed' already has a daily row at casualty_daily.csv:2");
        write("casualty_daily.csv", DAILY + "flood-killed,2024-05-01,1|2\n");
        write("casualty_observations.csv", OBSERVATIONS + "flood-killed,2024-05-02,3,,no,,,,\n");
        assertThatThrownBy(this::load).hasMessageStartingWith("casualty_daily.csv:2: series 'flood-killed' has "
                + "observations in casualty_observations.csv too");
    }

    @Test
    void aNewsroomSeriesIsVerifiable() throws IOException {
        write("casualty_series.csv", SERIES + SERIES_ROW);
        write("casualty_observations.csv", OBSERVATIONS
                + "flood-killed,2024-05-02,12,,no,Red Cross,https://example.org/a,2024-05-02,Twelve died.\n");
        CasualtyIndex index = load();
        Places places = Places.load(Files.newBufferedReader(dir.resolve("places.csv")), "places.csv");
        var verdict = new CasualtyVerifier(places, index, CasualtyFixture.REF, CasualtyFixture.TODAY)
                .verify(CasualtyFixture.claim("Ruritanian", "the floods", "dead", 12, null, "2024-05-02", null));
        assertThat(verdict.verdict()).hasToString("SUPPORTED");
        assertThat(verdict.evidence()).first().satisfies(e -> {
            assertThat(e.source()).isEqualTo("Our research desk");
            assertThat(e.url()).isEqualTo("https://example.org/a");
            assertThat(e.location()).isEqualTo("casualty_observations.csv:2");
            assertThat(e.record()).contains("Twelve died.");
        });
    }
}
