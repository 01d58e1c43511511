package io.factcheck.casualties;

import io.factcheck.kernel.ClaimRejected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureWordsTest {

    @ParameterizedTest(name = "''{0}'' matches {1}")
    @CsvSource(delimiter = '|', textBlock = """
            killed             | KILLED
            people killed      | KILLED
            Killed             | KILLED
            dead               | KILLED DEATHS
            deaths             | KILLED DEATHS
            died               | KILLED DEATHS
            death toll         | KILLED DEATHS
            death-toll         | KILLED DEATHS
            fatalities         | KILLED DEATHS
            lives lost         | KILLED DEATHS
            civilians killed   | KILLED
            civilian deaths    | KILLED
            injured            | INJURED
            wounded            | INJURED
            people hurt        | INJURED
            detained           | DETAINED
            in detention       | DETAINED
            still detained     | DETAINED
            held               | DETAINED
            behind bars        | DETAINED
            arrested           | ARRESTED
            arrests            | ARRESTED
            casualties         | CIVILIAN_CASUALTIES
            civilian casualties| CIVILIAN_CASUALTIES
            """)
    void wordsMatchTheirMeasures(String written, String measures) {
        assertThat(MeasureWords.read(written).measures().stream().map(Enum::name).toList())
                .containsExactly(measures.split(" "));
    }

    @Test
    void killedNeverMeansDiseaseDeaths() {
        assertThat(MeasureWords.read("killed").matches(Measure.DEATHS)).isFalse();
        assertThat(MeasureWords.read("civilians killed").matches(Measure.DEATHS)).isFalse();
        assertThat(MeasureWords.read("deaths").matches(Measure.DEATHS)).isTrue();
    }

    @Test
    void unknownWordIsRejectedWithTheAcceptedList() {
        assertThatThrownBy(() -> MeasureWords.read("victims")).isInstanceOf(ClaimRejected.class)
                .hasMessageContaining("'victims' is not a measure").hasMessageContaining("killed, dead, deaths")
                .satisfies(e -> assertThat(((ClaimRejected) e).field()).isEqualTo("measure"));
    }

    @Test
    void wordingReadsNaturally() {
        assertThat(MeasureWords.read("killed").word("at least 883")).isEqualTo("at least 883 people killed");
        assertThat(MeasureWords.read("death toll").word("at least 883")).isEqualTo("a death toll of at least 883");
    }
}
