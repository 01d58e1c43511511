package io.factcheck.dates;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.ClaimContext;
import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.DatasetFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The picture of a date claim: the claim's readings beside every recorded event of its kind and place. */
class EventContextTest {
    private static final DateVerifier VERIFIER = ReferenceDataset.load(
            DatasetFiles.directory(Path.of("src/main/resources/dataset")), Clock.systemUTC()).dates();
    private static final ClaimContext JUNE_28 = new ClaimContext("2021-06-28");

    @Test
    void everyRecordedCoupOfThePlaceByDateWithTheReadings() {
        EventContext coups = VERIFIER.context(new DateClaim("Myanmar military coup", "Feb. 1", null, JUNE_28));
        assertThat(coups.kind()).isEqualTo("coup");
        assertThat(coups.subtype()).isEqualTo("realized");
        assertThat(coups.place()).isEqualTo("Myanmar");
        assertThat(coups.readings()).containsExactly(new DateClaimReading.Span("2021-02-01", "2021-02-01", "day"));
        assertThat(coups.events()).extracting(EventContext.Event::date)
                .startsWith("1958-09-26").contains("1962-03-02").endsWith("2021-02-01").isSorted();
        assertThat(coups.reason()).isNull();
    }

    @Test
    void readingsAreTheVerifiers() {
        EventContext almost = VERIFIER.context(new DateClaim("Myanmar coup", "almost five months ago", null,
                JUNE_28));
        assertThat(almost.readings()).containsExactly(new DateClaimReading.Span("2021-01-28", "2021-02-20", "fuzzy"));
    }

    @Test
    void anUnknownPlaceOrAnUnreadableDate() {
        EventContext atlantis = VERIFIER.context(new DateClaim("coup in Atlantis", "March 3, 2019", null, null));
        assertThat(atlantis.kind()).isNull();
        assertThat(atlantis.events()).isEmpty();
        assertThat(atlantis.reason()).startsWith("Cannot tell which event is meant");
        assertThatThrownBy(() -> VERIFIER.context(new DateClaim("Myanmar coup", "Feb. 1", null, null)))
                .isInstanceOf(ClaimRejected.class).extracting("field").isEqualTo("context.publishedAt");
    }
}
