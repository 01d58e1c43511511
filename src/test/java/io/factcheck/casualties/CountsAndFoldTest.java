package io.factcheck.casualties;

import io.factcheck.kernel.TextFold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CountsAndFoldTest {

    @Test
    void thousandsSeparators() {
        assertThat(Counts.format(0)).isEqualTo("0");
        assertThat(Counts.format(883)).isEqualTo("883");
        assertThat(Counts.format(1000)).isEqualTo("1,000");
        assertThat(Counts.format(74159)).isEqualTo("74,159");
        assertThat(Counts.format(397637)).isEqualTo("397,637");
        assertThat(Counts.format(1234567)).isEqualTo("1,234,567");
        assertThat(Counts.format(-1234)).isEqualTo("-1,234");
        assertThat(Counts.format(100_000_000_000L)).isEqualTo("100,000,000,000");
        assertThat(Counts.longDate(LocalDate.of(2021, 6, 28))).isEqualTo("28 June 2021");
    }
}
