package io.factcheck.importer;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The row-level readings of the ep-cabinets and Archigos importers; the whole imports are checked by the rebuild. */
class WorldImportersTest {

    @Test
    void badDatesAreNamedAndGoodOnesPass() {
        assertThat(EpCabinetsImporter.badDates("2014s", "")).hasValueSatisfying(r -> assertThat(r).contains("2014s"));
        assertThat(EpCabinetsImporter.badDates("2017-06-09", "2011-12-23"))
                .hasValue("ends (2011-12-23) before it starts (2017-06-09)");
        assertThat(EpCabinetsImporter.badDates("2019-03", "2019")).isEmpty(); // the end year contains the start
        assertThat(EpCabinetsImporter.badDates("2010", "")).isEmpty();
    }

    @Test
    void archigosNamesComeWithTheSurnameLastAndTheirDbpediaFullName() {
        assertThat(ArchigosImporter.givenNameFirst("Gandhi, I.")).isEqualTo("I. Gandhi");
        assertThat(ArchigosImporter.givenNameFirst("Merkel")).isEqualTo("Merkel");
        assertThat(ArchigosImporter.fullName("https://urldefense.proofpoint.com/v2/url?u=http-3A__dbpedia.org_resource_"
                + "Heinrich-5FBr-25C3-25BCning&d=BQID-g&c=x")).isEqualTo(Optional.of("Heinrich Brüning"));
        assertThat(ArchigosImporter.fullName("NA")).isEmpty();
    }

    @Test
    void aRulersSpellBelongsToTheOfficeOfItsPeriod() {
        RulerOffices.Office germany = new RulerOffices.Office("germany", "Chancellor", "1990-10-03", null, "note");
        TenureRow kohl = new TenureRow("Kohl", java.util.List.of(), null, "Leader", "germany", "1982-10-01",
                "1998-10-27", "single", "archigos", null, "GFR-1982", "");
        TenureRow hitler = new TenureRow("Hitler", java.util.List.of(), null, "Leader", "germany", "1933-01-30",
                "1945-04-30", "single", "archigos", null, "GMY-1933", "");
        assertThat(germany.holds(kohl)).isTrue();
        assertThat(germany.holds(hitler)).isFalse();
    }
}
