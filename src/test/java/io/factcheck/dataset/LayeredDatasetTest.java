package io.factcheck.dataset;

import io.factcheck.dates.DateClaim;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.LayerConflict;
import io.factcheck.kernel.LoadReport;
import io.factcheck.kernel.Verdict;
import io.factcheck.official.OfficialClaim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A hand-written base with layers over it: what each layer adds, replaces and deletes, its errors and conflicts. */
class LayeredDatasetTest {
    private static final String TENURES = "person,aliases,person_id,position,jurisdiction,start,end,holders,source,url,"
            + "record_id,note\n";
    private static final String LAYER_TENURES = TENURES.strip() + ",deleted\n";
    private static final String EVENTS = "id,kind,subtype,place,date,title,source,url,record_id,note,round\n";
    private static final String SERIES = "id,place,event,event_words,measure,cumulative,counter,role,source,note\n";
    private static final String OBSERVATIONS = "series,as_of,value,qualifier,as_of_basis,reported_by,url,page_date,"
            + "quote\n";

    @TempDir
    Path dir;

    @BeforeEach
    void base() throws IOException {
        write("base", "dataset.properties", "name=newsroom\nversion=7\nformat=factcheck-dataset/1\n");
        write("base", "sources.csv", "id,name,url,licence,snapshot,citation\n"
                + "lists,The ministry's lists,https://example.org/lists,internal,2024-01-31,\n");
        write("base", "places.csv", "id,name,aliases,demonyms,iso3,cow_code,cow_abb\n"
                + "ruritania,Ruritania,Kingdom of Ruritania,Ruritanian,,,\n");
        write("base", "tenures.csv", TENURES
                + "Rupert of Hentzau,,,Prime Minister,Ruritania,2010-01-01,2015-06-01,,lists,,pm-1,\n"
                + "Rudolf Rassendyll,,,Prime Minister,Ruritania,2015-06-01,2020-03-01,,lists,,pm-2,\n"
                + "Flavia Elphberg,,,Minister of Defence,Ruritania,2016-02-01,,,lists,,def-1,\n"
                + "Osra Elphberg,,,Lord Chamberlain,Ruritania,2024,,,lists,,lc-1,\n");
        write("base", "events.csv", EVENTS
                + "e1,election,legislative,Ruritania,2019-05-12,General election,lists,,,,\n"
                + "e2,referendum,,Ruritania,2017-09-03,Crown referendum,lists,,,,\n");
        write("base", "casualty_series.csv", SERIES
                + "flood-killed,Ruritania,2023 floods,floods,killed,yes,ministry,primary,lists,\n");
        write("base", "casualty_observations.csv", OBSERVATIONS
                + "flood-killed,2023-05-01,40,,no,,,,\nflood-killed,2023-05-10,55,,no,,,,\n");
        layer("desk", "3");
        write("desk", "sources.csv", "id,name,url,licence,snapshot,citation\n"
                + "desk,Our research desk,https://example.org/desk,internal,2024-06-30,\n");
    }

    private void write(String level, String file, String text) throws IOException {
        Files.createDirectories(dir.resolve(level));
        Files.writeString(dir.resolve(level).resolve(file), text);
    }

    private void layer(String name, String version) throws IOException {
        write(name, "dataset.properties", "name=" + name + "\nversion=" + version + "\nformat=factcheck-dataset/1\n");
    }

    private ReferenceDataset load(String... layers) {
        return ReferenceDataset.load(stack(layers), Clock.systemUTC(), ReferenceDataset.ALL_KINDS);
    }

    private List<DatasetFiles> stack(String... layers) {
        List<DatasetFiles> stack = new java.util.ArrayList<>();
        stack.add(DatasetFiles.directory(dir.resolve("base")));
        for (String layer : layers) {
            stack.add(DatasetFiles.directory(dir.resolve(layer)));
        }
        return stack;
    }

    private static Verdict official(ReferenceDataset dataset, String name, String post, String asOf) {
        return dataset.officials().verify(new OfficialClaim(name, post, "Ruritania", asOf, null, null));
    }

    @Test
    void aLayerAddsReplacesAndDeletesByKeyAndSaysSo() throws IOException {
        write("desk", "tenures.csv", LAYER_TENURES
                // added: a term the base does not have, citing the layer's own source
                + "Michael Elphberg,,,Prime Minister,Ruritania,2020-03-01,,,desk,,pm-3,,\n"
                // replaced: the base's pm-2 ended later, by the desk's reading
                + "Rudolf Rassendyll,,,Prime Minister,Ruritania,2015-06-01,2020-03-01,,lists,,pm-2,corrected,\n"
                // deleted: only the key is needed
                + ",,,,,,,,lists,,def-1,,yes\n");
        ReferenceDataset dataset = load("desk");

        assertThat(dataset.info().records()).containsEntry("tenures", 4);
        assertThat(dataset.info().layers()).singleElement().satisfies(layer -> {
            assertThat(layer.name()).isEqualTo("desk");
            assertThat(layer.version()).isEqualTo("3");
            assertThat(layer.files()).containsEntry("tenures.csv", new LoadReport.Counts(1, 1, 1))
                    .containsEntry("sources.csv", new LoadReport.Counts(1, 0, 0));
        });
        assertThat(dataset.info().version()).isEqualTo("7+desk@3");
        assertThat(dataset.ref()).isEqualTo(new DatasetRef("newsroom", "7+desk@3",
                List.of(new DatasetRef.Layer("desk", "3"))));

        Verdict added = official(dataset, "Michael Elphberg", "Prime Minister", "2023-01-01");
        assertThat(added.verdict()).hasToString("SUPPORTED");
        assertThat(added.evidence()).first().satisfies(e -> {
            assertThat(e.source()).isEqualTo("Our research desk");
            assertThat(e.location()).isEqualTo("desk/tenures.csv:2");
        });
        assertThat(added.dataset().layers()).containsExactly(new DatasetRef.Layer("desk", "3"));
        assertThat(official(dataset, "Rudolf Rassendyll", "Prime Minister", "2018-01-01").evidence())
                .first().extracting("location").isEqualTo("desk/tenures.csv:3");
        assertThat(official(dataset, "Flavia Elphberg", "Defence Minister", "2018-01-01").verdict())
                .hasToString("UNVERIFIABLE");
    }

    @Test
    void withoutLayersTheBaseAnswersAsBefore() {
        ReferenceDataset dataset = load();
        assertThat(dataset.info().version()).isEqualTo("7");
        assertThat(dataset.info().layers()).isEmpty();
        assertThat(dataset.ref()).isEqualTo(new DatasetRef("newsroom", "7"));
        assertThat(dataset.ref().layers()).isNull();
        assertThat(official(dataset, "Flavia Elphberg", "Defence Minister", "2018-01-01").verdict())
                .hasToString("SUPPORTED");
    }

    @Test
    void layersStackInOrderAndAHigherOneSeesTheLowerOnesRecords() throws IOException {
        write("desk", "tenures.csv", LAYER_TENURES
                + "Michael Elphberg,,,Prime Minister,Ruritania,2020-03-01,,,desk,,pm-3,,\n");
        layer("late", "2024-07-01");
        write("late", "tenures.csv", LAYER_TENURES + ",,,,,,,,desk,,pm-3,,yes\n");
        ReferenceDataset dataset = load("desk", "late");
        assertThat(dataset.info().version()).isEqualTo("7+desk@3+late@2024-07-01");
        assertThat(dataset.info().layers()).extracting(DatasetInfo.Layer::name).containsExactly("desk", "late");
        assertThat(dataset.info().layers().get(1).files()).containsEntry("tenures.csv",
                new LoadReport.Counts(0, 0, 1));
        assertThat(official(dataset, "Michael Elphberg", "Prime Minister", "2023-01-01").verdict())
                .isNotEqualTo(official(load("desk"), "Michael Elphberg", "Prime Minister", "2023-01-01").verdict());
    }

    @Test
    void deletingAKeyNoLowerLayerHasIsAnErrorNamingTheLayersFileAndLine() throws IOException {
        write("desk", "tenures.csv", LAYER_TENURES
                + "Michael Elphberg,,,Prime Minister,Ruritania,2020-03-01,,,desk,,pm-3,,\n"
                + ",,,,,,,,lists,,pm-9,,yes\n");
        assertThatThrownBy(() -> load("desk")).isInstanceOf(DataFormatException.class)
                .hasMessage("desk/tenures.csv:3: deletes tenure 'lists|pm-9', which no lower layer has");
    }

    @Test
    void aLayersRowWithoutItsWholeKeyIsAnError() throws IOException {
        write("desk", "tenures.csv", LAYER_TENURES + ",,,,,,,,lists,,,,yes\n");
        assertThatThrownBy(() -> load("desk")).hasMessage("desk/tenures.csv:2: column 'record_id' is empty: a layer's"
                + " row needs its whole key [source, record_id] to add, replace or delete a record");
        write("desk", "events.csv", "id,kind,deleted\n,election,yes\n");
        write("desk", "tenures.csv", LAYER_TENURES);
        assertThatThrownBy(() -> load("desk")).hasMessageStartingWith("desk/events.csv:2: column 'id' is empty");
    }

    @Test
    void aBadRowOfALayerNamesTheLayersFileAndLine() throws IOException {
        write("desk", "tenures.csv", LAYER_TENURES
                + "Michael Elphberg,,,Prime Minister,Ruritania,2020-02-30,,,desk,,pm-3,,\n");
        assertThatThrownBy(() -> load("desk")).hasMessageStartingWith("desk/tenures.csv:2: column 'start'");
        write("desk", "tenures.csv", LAYER_TENURES
                + "Michael Elphberg,,,Prime Minister,Graustark,2020-03-01,,,desk,,pm-3,,\n");
        assertThatThrownBy(() -> load("desk"))
                .hasMessage("desk/tenures.csv:2: jurisdiction 'Graustark' is not in places.csv");
        write("desk", "tenures.csv", LAYER_TENURES
                + "Michael Elphberg,,,Prime Minister,Ruritania,2020-03-01,,,desk,,pm-3,,maybe\n");
        assertThatThrownBy(() -> load("desk"))
                .hasMessage("desk/tenures.csv:2: column 'deleted' must be 'yes' or empty, not 'maybe'");
        write("desk", "tenures.csv", LAYER_TENURES);
        write("desk", "events.csv", EVENTS + "e1,election,legislative,Ruritania,2019-05-12,x,desk,,,,\n"
                + "e1,election,legislative,Ruritania,2019-05-12,x,desk,,,,\n");
        assertThatThrownBy(() -> load("desk"))
                .hasMessage("desk/events.csv:3: event id 'e1' appears twice (first at desk/events.csv:2)");
    }

    @Test
    void aLayerNeedsAManifestWithAnUnusedName() throws IOException {
        layer("newsroom", "1");
        assertThatThrownBy(() -> load("newsroom")).hasMessageEndingWith("the name 'newsroom' is taken by a lower layer");
        Files.delete(dir.resolve("desk/dataset.properties"));
        assertThatThrownBy(() -> load("desk")).hasMessageContaining("dataset.properties: missing from");
    }

    @Test
    void aLayersPlacesAndSourcesServeItsRowsAndTheBaseStays() throws IOException {
        write("desk", "places.csv", "id,name,aliases,demonyms,iso3,cow_code,cow_abb\n"
                + "graustark,Graustark,,Graustarkian,,,\n");
        write("desk", "events.csv", EVENTS
                + "d1,election,legislative,Graustark,2022-04-03,General election,desk,,,,\n");
        ReferenceDataset dataset = load("desk");
        assertThat(dataset.places().byId("ruritania")).isPresent();
        assertThat(dataset.places().byId("graustark")).isPresent();
        Verdict verdict = dataset.dates().verify(new DateClaim("election", "3 April 2022", "Graustark", null));
        assertThat(verdict.verdict()).hasToString("SUPPORTED");
        assertThat(verdict.evidence()).first().extracting("location").isEqualTo("desk/events.csv:2");
        assertThat(official(dataset, "Rudolf Rassendyll", "Prime Minister", "2018-01-01").verdict())
                .hasToString("SUPPORTED");
    }

    @Test
    void aLayerReplacesAPlaceByIdAndMayNotDeleteOneInUse() throws IOException {
        write("desk", "places.csv", "id,name,aliases,demonyms,iso3,cow_code,cow_abb\n"
                + "ruritania,Ruritania,Kingdom of Ruritania|Strelsau,Ruritanian,,,\n");
        ReferenceDataset dataset = load("desk");
        assertThat(dataset.places().resolve("Strelsau")).map(p -> p.id()).contains("ruritania");
        assertThat(dataset.info().layers().get(0).files()).containsEntry("places.csv", new LoadReport.Counts(0, 1, 0));
        write("desk", "places.csv", "id,deleted\nruritania,yes\n");
        // whichever wing meets it first names its row: every base file cites Ruritania on line 2
        assertThatThrownBy(() -> load("desk"))
                .hasMessageMatching("[a-z_]+\\.csv:2: [a-z]+ 'Ruritania' is not in places\\.csv");
    }

    @Test
    void aTermOfTheSamePersonWithOtherDatesIsAConflict() throws IOException {
        write("desk", "tenures.csv", LAYER_TENURES
                + "Rudolf Rassendyll,,,Prime Minister,Ruritania,2015-06-20,2020-03-01,,desk,,r-2,,\n"
                // a day off is a source's habit, not a contradiction; a year holds its days
                + "Rupert of Hentzau,,,Prime Minister,Ruritania,2010,2015-06-02,,desk,,r-1,,\n");
        assertThat(load("desk").info().conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("term dates");
            assertThat(c.record()).isEqualTo("desk/tenures.csv:2");
            assertThat(c.key()).isEqualTo("desk|r-2");
            assertThat(c.lower()).isEqualTo("tenures.csv:3");
            assertThat(c.lowerKey()).isEqualTo("lists|pm-2");
        });
    }

    @Test
    void anotherHolderOfASingleHolderPostOnTheSameDaysIsAConflict() throws IOException {
        write("desk", "tenures.csv", LAYER_TENURES
                + "Michael Elphberg,,,Prime Minister,Ruritania,2018-01-01,2019-01-01,,desk,,m-1,,\n"
                // handing over on the day another leaves is no conflict
                + "Michael Elphberg,,,Prime Minister,Ruritania,2020-03-01,2021-01-01,,desk,,m-2,,\n"
                // nor holding a post after the snapshot its open holder's source is current to (2024-01-31)
                + "Michael Elphberg,,,Lord Chamberlain,Ruritania,2024,2026-06-01,,desk,,m-3,,\n");
        List<LayerConflict> conflicts = load("desk").info().conflicts();
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("single holder");
            assertThat(c.record()).isEqualTo("desk/tenures.csv:2");
            assertThat(c.lower()).isEqualTo("tenures.csv:3");
        });
    }

    @Test
    void anEventDatedOtherwiseThatYearIsAConflict() throws IOException {
        write("desk", "events.csv", EVENTS
                + "d1,election,legislative,Ruritania,2019-06-09,General election,desk,,,,\n"
                + "d2,election,legislative,Ruritania,2019-05,General election,desk,,,,\n"
                + "d3,referendum,,Ruritania,2018-09-03,Crown referendum,desk,,,,\n");
        assertThat(load("desk").info().conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("event date");
            assertThat(c.record()).isEqualTo("desk/events.csv:2");
            assertThat(c.lower()).isEqualTo("events.csv:2");
            assertThat(c.lowerKey()).isEqualTo("e1");
        });
    }

    @Test
    void aRunningTotalThatFallsAcrossLayersIsAConflict() throws IOException {
        write("desk", "casualty_observations.csv", OBSERVATIONS
                + "flood-killed,2023-05-20,52,,no,,,,\n"
                + "flood-killed,2023-05-25,60,,no,,,,\n"
                + "flood-killed,2023-05-01,41,,no,,,,\n");
        ReferenceDataset dataset = load("desk");
        assertThat(dataset.info().conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("cumulative count");
            assertThat(c.record()).isEqualTo("desk/casualty_observations.csv:2");
            assertThat(c.lower()).isEqualTo("casualty_observations.csv:3");
        });
        assertThat(dataset.info().layers().get(0).files()).containsEntry("casualty_observations.csv",
                new LoadReport.Counts(2, 1, 0));
    }

    @Test
    void deletingASeriesTakesItsFigures() throws IOException {
        write("desk", "casualty_series.csv", "id,deleted\nflood-killed,yes\n");
        ReferenceDataset dataset = load("desk");
        assertThat(dataset.info().records()).containsEntry("casualtySeries", 0)
                .containsEntry("casualtyObservations", 0);
    }

    @Test
    void aFullBaseOfItsOwnNeedsNoBundledData() throws IOException {
        write("desk", "tenures.csv", LAYER_TENURES
                + "Michael Elphberg,,,Prime Minister,Ruritania,2020-03-01,,,desk,,pm-3,,\n");
        // what factcheck.reference.bundled=false with factcheck.reference.path loads: that base and the layers
        ReferenceDataset dataset = load("desk");
        assertThat(dataset.info().location()).isEqualTo(dir.resolve("base").toString());
        assertThat(dataset.places().size()).isEqualTo(1);
        assertThat(dataset.info().records()).containsEntry("tenures", 5);
    }
}
