package io.factcheck.casualties;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.ClaimContext;
import io.factcheck.kernel.DatasetFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The picture of a casualty claim: the verifier's series, its figures, the range allowed, the deciding figure. */
class SeriesContextTest {
    private static final CasualtyVerifier VERIFIER = ReferenceDataset.load(
            DatasetFiles.directory(Path.of("src/main/resources/dataset")), Clock.systemUTC()).casualties();

    private static SeriesContext context(String place, String event, String measure, long count, String qualifier,
                                         String asOf) {
        return VERIFIER.context(new CasualtyClaim(place, event, measure, count, qualifier, null, null,
                new ClaimContext(asOf)));
    }

    @Test
    void theAappSeriesWithTheRangeAtLeastAllows() {
        SeriesContext aapp = context("Burma", "since the coup", "killed", 883, "at least", "2021-06-28");
        assertThat(aapp.series()).isEqualTo("myanmar-coup-aapp-killed");
        assertThat(aapp.counter()).isEqualTo("AAPP");
        assertThat(aapp.cumulative()).isTrue();
        assertThat(aapp.allowed()).isEqualTo(new CasualtyReading.Range(883, null));
        assertThat(aapp.deciding()).isEqualTo(new SeriesContext.Point("2021-06-28", 883));
        assertThat(aapp.observations()).contains(aapp.deciding())
                .extracting(SeriesContext.Point::asOf).isSorted();
    }

    @Test
    void aDailySeriesIsThinnedToWeeksKeepingTheDecidingDayAndTheLast() {
        SeriesContext italy = context("Italy", "COVID-19", "deaths", 74_159, null, "2020-12-31");
        assertThat(italy.observations()).hasSizeLessThanOrEqualTo(SeriesContext.MAX_POINTS + 2)
                .contains(italy.deciding());
        LocalDate first = LocalDate.parse(italy.observations().get(0).asOf());
        LocalDate second = LocalDate.parse(italy.observations().get(1).asOf());
        assertThat(ChronoUnit.DAYS.between(first, second)).isEqualTo(7);
        CasualtyReading verdict = (CasualtyReading) VERIFIER.verify(new CasualtyClaim("Italy", "COVID-19", "deaths",
                74_159L, null, "2020-12-31", null, null)).claim();
        assertThat(italy.observations().get(italy.observations().size() - 1))
                .isEqualTo(new SeriesContext.Point(verdict.latestDate(), verdict.latestFigure()));
    }

    @Test
    void noSeriesGivesTheVerifiersReason() {
        SeriesContext deaths = context("Myanmar", null, "deaths", 883, null, "2021-06-28");
        assertThat(deaths.series()).isNull();
        assertThat(deaths.observations()).isEmpty();
        assertThat(deaths.reason()).contains("fits several series");
        assertThat(deaths.allowed()).isEqualTo(new CasualtyReading.Range(883, 883L));
    }
}
