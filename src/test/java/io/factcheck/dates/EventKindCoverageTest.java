package io.factcheck.dates;

import io.factcheck.dataset.SmallDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the event records cover, kind by kind: events once merged, subtypes, spans, and where absence refutes. */
class EventKindCoverageTest {
    private static final String COMPLETE = "source,kind,subtypes,place,from,to,note\n"
            + "coups,coup,realized|attempted,ruritania,1950-01-01,2022-11-29,\n"
            + "coups,coup,realized|attempted,graustark,1950-01-01,2022-11-29,\n";

    private static Map<String, List<EventKindCoverage>> coverage(Path dir) {
        return new SmallDataset(dir).write("events.csv", SmallDataset.EVENT_HEADER + """
                        e1,coup,realized,ruritania,1961-07-02,Coup,coups,,,
                        e2,coup,realized,ruritania,1961-07-03,Coup,desk,,,
                        e3,coup,attempted,ruritania,1980,Attempt,coups,,,
                        e4,election,legislative,ruritania,2019-10-06,Polls,desk,,,
                        e5,election,,ruritania,2023-10-08,Polls,desk,,,
                        """)
                .write("event_coverage.csv", COMPLETE).load().dates().coverage();
    }

    @Test
    void eachKindCountsItsEventsOnceWhateverTheSourcesAndSaysWhereAbsenceRefutes(@TempDir Path dir) {
        List<EventKindCoverage> ruritania = coverage(dir).get("ruritania");
        assertThat(ruritania).extracting(EventKindCoverage::kind).containsExactly("coup", "election");
        EventKindCoverage coups = ruritania.get(0);
        assertThat(coups.events()).isEqualTo(2); // two sources' records of the 1961 coup are one event
        assertThat(coups.from()).isEqualTo("1961-07-02");
        assertThat(coups.to()).isEqualTo("1980");
        assertThat(coups.sources()).containsExactly("coups", "desk");
        assertThat(coups.subtypes()).containsExactly(
                new EventKindCoverage.Subtype("attempted", 1, "1980", "1980"),
                new EventKindCoverage.Subtype("realized", 1, "1961-07-02", "1961-07-02"));
        assertThat(coups.absenceRefutes()).containsExactly(new EventKindCoverage.Complete("coups",
                List.of("attempted", "realized"), "1950-01-01", "2022-11-29"));

        EventKindCoverage elections = ruritania.get(1);
        assertThat(elections.events()).isEqualTo(2);
        assertThat(elections.subtypes()).containsExactly(
                new EventKindCoverage.Subtype("legislative", 1, "2019-10-06", "2019-10-06"));
        assertThat(elections.absenceRefutes()).isEmpty();
    }

    @Test
    void aSourceCompleteForAPlaceCoversItWithoutAnyEventOnRecord(@TempDir Path dir) {
        Map<String, List<EventKindCoverage>> coverage = coverage(dir);
        // no coup in Graustark on record, and the list records every coup there: a claimed one can be refuted
        EventKindCoverage coups = coverage.get("graustark").get(0);
        assertThat(coups.kind()).isEqualTo("coup");
        assertThat(coups.events()).isZero();
        assertThat(coups.from()).isNull();
        assertThat(coups.absenceRefutes()).hasSize(1);
        assertThat(coverage).doesNotContainKey("borduria");
    }
}
