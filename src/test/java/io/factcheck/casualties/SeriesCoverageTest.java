package io.factcheck.casualties;

import io.factcheck.dataset.SmallDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the casualty records hold, series by series: span of as_of, latest figure, counter, role, final tolls. */
class SeriesCoverageTest {

    @Test
    void countsOverTimeInFileOrderThenTheTollsOfSingleEventsLatestFirst(@TempDir Path dir) {
        List<SeriesCoverage> ruritania = new SmallDataset(dir)
                .write("casualty_series.csv", SmallDataset.SERIES_HEADER + """
                        r-killed,ruritania,crackdown,crackdown,killed,yes,Tracker,primary,counts,,
                        r-gov-killed,ruritania,crackdown,crackdown,killed,yes,Ruritanian government,alternative,desk,,
                        r-quake-1990,ruritania,1990 earthquake,earthquake,killed,yes,Desk,primary,desk,,event
                        r-quake-2005,ruritania,2005 earthquake,earthquake,killed,yes,Desk,primary,desk,,event
                        r-empty,ruritania,floods,flood,killed,yes,Desk,primary,desk,,
                        """)
                .write("casualty_observations.csv", SmallDataset.OBSERVATION_HEADER + """
                        r-killed,2021-03-15,100,,no,Tracker,,,
                        r-killed,2021-06-28,883,at least,no,Tracker,,,
                        r-killed,2021-06-28,880,,no,Tracker,,,
                        r-killed,2021-04-01,500,,no,Tracker,,,
                        r-gov-killed,2021-04-15,258,,no,Government,,,
                        r-quake-1990,1990-07-16,1621,,no,Desk,,,
                        r-quake-2005,2005-10-08,86000,,no,Desk,,,
                        """)
                .load().casualties().coverage().get("ruritania");
        assertThat(ruritania).extracting(SeriesCoverage::id)
                .containsExactly("r-killed", "r-gov-killed", "r-quake-2005", "r-quake-1990"); // none without figures
        SeriesCoverage killed = ruritania.get(0);
        assertThat(killed).isEqualTo(new SeriesCoverage("r-killed", "crackdown", "killed", "Tracker", "primary",
                "2021-03-15", "2021-06-28", 880, 4, "counts", null, null)); // of the day's two, the unqualified one
        assertThat(killed.eventToll()).isFalse();
        assertThat(ruritania.get(1).role()).isEqualTo("alternative");
        SeriesCoverage quake = ruritania.get(2);
        assertThat(quake.finalToll()).isEqualTo("event");
        assertThat(quake.eventToll()).isTrue();
        assertThat(quake.from()).isEqualTo("2005-10-08").isEqualTo(quake.to());
        assertThat(quake.latest()).isEqualTo(86000);
    }
}
