package io.factcheck.importer;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Factbook's holder text and election dates as the importer reads them (its own documented forms). */
class FactbookHoldersTest {

    @Test
    void titleRanksNameStatusAndSince() {
        FactbookHolders.Holder h = FactbookHolders.read(
                "Acting President Sr. Gen. MIN AUNG HLAING (since 31 July 2025)").holders().get(0);
        assertThat(h.title()).isEqualTo("President");
        assertThat(h.status()).isEqualTo("acting");
        assertThat(h.name()).isEqualTo("Min Aung Hlaing");
        assertThat(h.since()).isEqualTo("2025-07-31");
    }

    @Test
    void severalHoldersDeputiesAndNotesLeftOut() {
        FactbookHolders.Listing l = FactbookHolders.read("President Joseph R. BIDEN, Jr. (since 20 January 2021); "
                + "Vice President Kamala D. HARRIS (since 20 January 2021); note - the president is both chief of state"
                + " and head of government");
        assertThat(l.holders()).extracting(FactbookHolders.Holder::name).containsExactly("Joseph R. Biden");
        assertThat(FactbookHolders.read("vacant (since 7 September 2025)").vacant()).isTrue();
    }

    @Test
    void theNameEndsWithItsLastWordInCapitals() {
        FactbookHolders.Holder h = FactbookHolders.read("President Gustavo Francisco PETRO Urrego (since 7 August 2022)")
                .holders().get(0);
        assertThat(h.name()).isEqualTo("Gustavo Francisco Petro");
        assertThat(h.fullName()).isEqualTo("Gustavo Francisco Petro Urrego");
        assertThat(FactbookHolders.read("Prime Minister Boris JOHNSON (Conservative) (since 24 July 2019)").holders()
                .get(0).since()).isEqualTo("2019-07-24");
    }

    @Test
    void electionDatesAndRounds() {
        assertThat(FactbookElections.dates("24 April and 8 May 2024"))
                .containsExactly(LocalDate.of(2024, 4, 24), LocalDate.of(2024, 5, 8));
        assertThat(FactbookElections.dates("3/19/2021")).containsExactly(LocalDate.of(2021, 3, 19));
        assertThat(FactbookElections.statements("president directly elected; election last held on 17 April 2014 "
                + "(next to be held in April 2019); prime minister appointed", true, "executive"))
                .hasSize(1).allMatch(s -> FactbookElections.dates(s).equals(List.of(LocalDate.of(2014, 4, 17))));
    }
}
