package io.factcheck.casualties;

import io.factcheck.importer.CasualtyDraft;
import io.factcheck.importer.CasualtyReportsImporter;
import io.factcheck.importer.JhuCovidImporter;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.Places;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The two importers over the public sources: what they write, deterministically, and what they refuse. */
class CasualtyImportersTest {

    @BeforeAll
    static void sources() {
        assumeTrue(CasualtyFixture.available(), "the public sources are beside the project (../shared/data)");
    }

    @Test
    void curatedReportsBecomeNineSeriesAndEveryRowAnObservation() {
        CasualtyFixture.Built b = CasualtyFixture.get();
        List<String> curated = b.draft().seriesLines().stream().filter(l -> l.contains(",casualties-curated,")).toList();
        assertThat(curated).extracting(l -> l.substring(0, l.indexOf(','))).containsExactly(
                "myanmar-coup-aapp-arrested", "myanmar-coup-aapp-detained", "myanmar-coup-aapp-killed",
                "myanmar-coup-junta-claim-killed", "turkey-earthquake-2023-official-toll-injured",
                "turkey-earthquake-2023-official-toll-killed", "ukraine-ohchr-civilian-casualties-civilian-casualties",
                "ukraine-ohchr-civilian-casualties-injured", "ukraine-ohchr-civilian-casualties-killed");
        assertThat(b.draft().observationLines().stream().filter(l -> curated.stream()
                .anyMatch(c -> l.startsWith(c.substring(0, c.indexOf(',') + 1))))).hasSize(171);
        assertThat(b.index().byId("myanmar-coup-aapp-killed").figures().size()).isEqualTo(38);
        assertThat(b.index().byId("myanmar-coup-aapp-detained").series().cumulative()).isFalse();
        assertThat(b.index().byId("myanmar-coup-junta-claim-killed").series().role())
                .isEqualTo(CasualtySeries.Role.ALTERNATIVE);
        assertThat(b.sources().get("casualties-curated").snapshot()).isEqualTo(LocalDate.of(2024, 11, 22));
    }

    @Test
    void finalTollsOfYearsAndEventsKeepTheirSourceRows() {
        CasualtyFixture.Built b = CasualtyFixture.get();
        CasualtyIndex.Entry ethiopia = b.index().byId("ucdp-brd-ethiopia");
        assertThat(ethiopia.series().finalToll()).isEqualTo(CasualtySeries.FinalToll.YEAR);
        CasualtyObservation y2022 = ethiopia.figures().figures(ethiopia.figures().floor(LocalDate.of(2022, 12, 31)))
                .get(0);
        assertThat(y2022.asOf()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(y2022.value()).isEqualTo(163_217);
        assertThat(y2022.quote()).contains("TPLF").contains("BattleDeaths_v24_1_conf.csv:");
        assertThat(b.index().byId("ucdp-brd-ukraine").figures().figures(b.index().byId("ucdp-brd-ukraine").figures()
                .floor(LocalDate.of(2022, 12, 31))).get(0).qualifier())
                .as("Russia's war is fought on two countries' soil: Ukraine's own total is a lower bound")
                .isEqualTo("at least");
        CasualtyIndex.Entry haiti = b.index().byId("noaa-eq-8732");
        assertThat(haiti.series().finalToll()).isEqualTo(CasualtySeries.FinalToll.EVENT);
        assertThat(haiti.figures().last()).isEqualTo(LocalDate.of(2010, 1, 12));
        assertThat(haiti.figures().figures(0).get(0).value()).isEqualTo(316_000);
        assertThat(haiti.figures().figures(0).get(0).quote()).contains("signif.tsv:");
    }

    @Test
    void observationsKeepTheirPageQuoteAndDateBasis() {
        SeriesFigures aapp = CasualtyFixture.get().index().byId("myanmar-coup-aapp-killed").figures();
        CasualtyObservation o = aapp.figures(aapp.floor(LocalDate.of(2021, 6, 28))).get(0);
        assertThat(o.asOf()).isEqualTo(LocalDate.of(2021, 6, 28));
        assertThat(o.value()).isEqualTo(883);
        assertThat(o.asOfBasis()).isEqualTo("inferred");
        assertThat(o.url()).startsWith("https://fbeta.republika.co.id/");
        assertThat(o.quote()).contains("menewaskan 883 orang");
        assertThat(o.location()).matches("casualty_observations\\.csv:\\d+");
    }

    @Test
    void jhuCountriesAreSummedMappedAndDaily() {
        CasualtyFixture.Built b = CasualtyFixture.get();
        CasualtyIndex.Entry italy = b.index().byId("covid19-deaths-italy");
        SeriesFigures f = italy.figures();
        assertThat(f.daily()).isTrue();
        assertThat(f.first()).isEqualTo(LocalDate.of(2020, 1, 22));
        assertThat(f.last()).isEqualTo(LocalDate.of(2023, 3, 9));
        assertThat(f.days()).isEqualTo(1143);
        assertThat(f.figures(f.floor(LocalDate.of(2020, 12, 31))).get(0).value()).isEqualTo(74159);
        assertThat(f.figures(f.floor(LocalDate.of(2020, 12, 31))).get(0).location())
                .matches("casualty_daily\\.csv:\\d+ day 2020-12-31");
        SeriesFigures burma = b.index().byId("covid19-deaths-myanmar").figures();
        assertThat(burma.figures(burma.floor(LocalDate.of(2021, 6, 28))).get(0).value()).isEqualTo(3309);
        assertThat(b.index().byId("covid19-deaths-south-korea")).isNotNull();
        assertThat(b.index().byId("covid19-deaths-taiwan")).isNotNull();
        assertThat(b.index().byId("covid19-deaths-turkiye").series().note()).contains("'Turkey'");
        // provinces summed: Canada, China, France, UK, Australia, Netherlands, Denmark, New Zealand have several rows
        assertThat(b.index().byId("covid19-deaths-canada").series().note()).contains("sum of the");
        long covid = b.draft().seriesLines().stream().filter(l -> l.startsWith("covid19-deaths-")).count();
        assertThat(b.draft().dailyCount()).isEqualTo(covid);
        assertThat(b.draft().dailyCount()).isBetween(190, 200);
        assertThat(b.sources().get("jhu-csse-covid19").licence()).isEqualTo("CC BY 4.0");
        assertThat(b.sources().get("jhu-csse-covid19").snapshot()).isEqualTo(LocalDate.of(2023, 3, 9));
    }

    @Test
    void outputIsDeterministicAndSorted() throws IOException {
        Places places = CasualtyFixture.places();
        CasualtyDraft again = CasualtyFixture.importAll(places);
        CasualtyDraft first = CasualtyFixture.get().draft();
        assertThat(again.seriesLines()).isEqualTo(first.seriesLines());
        assertThat(again.observationLines()).isEqualTo(first.observationLines());
        assertThat(again.dailyLines()).isEqualTo(first.dailyLines());
        List<String> ids = first.seriesLines().subList(1, first.seriesLines().size()).stream()
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(first.seriesLines().get(0)).isEqualTo(String.join(",", CasualtyReader.SERIES_COLUMNS) + ","
                + String.join(",", CasualtyReader.OPTIONAL_SERIES_COLUMNS));
        Path dir = CasualtyFixture.get().dir();
        for (String file : List.of(CasualtyReader.SERIES, CasualtyReader.OBSERVATIONS, CasualtyReader.DAILY)) {
            System.out.printf("%s: %d lines, %d bytes%n", file, Files.readAllLines(dir.resolve(file)).size(),
                    Files.size(dir.resolve(file)));
        }
        System.out.printf("load: %d ms%n", CasualtyFixture.get().loadMillis());
        assertThat(Files.size(dir.resolve(CasualtyReader.DAILY))).isLessThan(2_000_000);
    }

    @Test
    void unknownJhuCountryFailsWithFileAndLine(@TempDir Path sources) throws IOException {
        Path dir = Files.createDirectories(sources.resolve("jhu-csse-covid-deaths"));
        Files.writeString(dir.resolve("time_series_covid19_deaths_global.csv"),
                "Province,Country,Lat,Lon,1/22/2020,1/23/2020\n"
                        + ",Italy,41.9,12.6,0,1\n"
                        + ",Diamond Princess,0,0,0,0\n"
                        + ",Atlantis,0,0,0,0\n");
        assertThatThrownBy(() -> JhuCovidImporter.importInto(sources, new CasualtyDraft(), CasualtyFixture.places()))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("time_series_covid19_deaths_global.csv:4: country 'Atlantis'");
    }

    @Test
    void jhuGapsInTheDaysAndBadCellsFail(@TempDir Path sources) throws IOException {
        Path dir = Files.createDirectories(sources.resolve("jhu-csse-covid-deaths"));
        Path file = dir.resolve("time_series_covid19_deaths_global.csv");
        Files.writeString(file, "Province,Country,Lat,Lon,1/22/2020,1/24/2020\n,Italy,41.9,12.6,0,1\n");
        assertThatThrownBy(() -> JhuCovidImporter.importInto(sources, new CasualtyDraft(), CasualtyFixture.places()))
                .hasMessageContaining("is not the day after");
        Files.writeString(file, "Province,Country,Lat,Lon,1/22/2020,1/23/2020\n,Italy,41.9,12.6,0,1.5\n");
        assertThatThrownBy(() -> JhuCovidImporter.importInto(sources, new CasualtyDraft(), CasualtyFixture.places()))
                .hasMessageStartingWith("time_series_covid19_deaths_global.csv:2: column '1/23/2020': '1.5'");
    }

    @Test
    void curatedRowsThatDoNotFitFail(@TempDir Path sources) throws IOException {
        Path dir = Files.createDirectories(sources.resolve("casualties-curated"));
        String header = "series,place,measure,value,qualifier,as_of,as_of_is_publication_date,reported_by,cited_in,"
                + "page_date,quote\n";
        Path file = dir.resolve("casualty_reports.csv");
        Files.writeString(file, header + "myanmar-coup-aapp,Myanmar,killed,1.756,,2022-04-15,no,AAPP,https://x,,q\n");
        assertThatThrownBy(() -> CasualtyReportsImporter.importInto(sources, new CasualtyDraft(), CasualtyFixture.places()))
                .hasMessage("casualty_reports.csv:2: value '1.756' is not a whole number");
        Files.writeString(file, header + "myanmar-coup-aapp,Ukraine,killed,5,,2022-04-15,no,AAPP,https://x,,q\n");
        assertThatThrownBy(() -> CasualtyReportsImporter.importInto(sources, new CasualtyDraft(), CasualtyFixture.places()))
                .hasMessageContaining("is not the series' place (myanmar)");
        Files.writeString(file, header + "mali-coup,Mali,killed,5,,2022-04-15,no,AAPP,https://x,,q\n");
        assertThatThrownBy(() -> CasualtyReportsImporter.importInto(sources, new CasualtyDraft(), CasualtyFixture.places()))
                .hasMessageStartingWith("casualty_reports.csv:2: unknown series 'mali-coup'");
        Files.writeString(file, header + "myanmar-coup-aapp,Myanmar,killed,5,,2022-02-30,no,AAPP,https://x,,q\n");
        assertThatThrownBy(() -> CasualtyReportsImporter.importInto(sources, new CasualtyDraft(), CasualtyFixture.places()))
                .hasMessageStartingWith("casualty_reports.csv:2: column 'as_of'");
    }
}
