package io.factcheck.official;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The picture of an official claim: which post, which holders, and which bounds are uncertain. */
class PostContextTest {
    private static final OfficialVerifier VERIFIER = ReferenceDataset.load(
            DatasetFiles.directory(Path.of("src/main/resources/dataset")), Clock.systemUTC()).officials();

    private static PostContext context(String name, String position, String jurisdiction, String asOf) {
        return VERIFIER.context(new OfficialClaim(name, position, jurisdiction, asOf, null, null));
    }

    private static PostContext.Holder holder(PostContext context, String person) {
        return context.holders().stream().filter(h -> h.person().equals(person)).findFirst().orElseThrow();
    }

    @Test
    void theWindowIsTenYearsEitherSideClippedToTheRecords() {
        PostContext shoigu = context("Sergei Shoigu", "Defense Minister", "Russia", "2021-06-28");
        assertThat(shoigu.window()).isEqualTo(new PostContext.Window("2011-06-28", "2022-08-03"));
        assertThat(shoigu.holders()).extracting(PostContext.Holder::person)
                .containsExactly("Anatoliy Serdyukov", "Sergey Shoygu");
        assertThat(shoigu.holders()).extracting(PostContext.Holder::matched).containsExactly(false, true);
        assertThat(holder(shoigu, "Sergey Shoygu").snapshot()).isEqualTo("2022-08-03");
    }

    @Test
    void anEndImpliedByAFallenGovernmentAndAnOpenTermMadeUncertainByIt() {
        PostContext suuKyi = context("Aung San Suu Kyi", "State Counsellor", "Myanmar", "2021-06-28");
        PostContext.Holder her = holder(suuKyi, "Aung San Suu Kyi");
        assertThat(her.matched()).isTrue();
        assertThat(her.open()).isFalse();
        assertThat(her.end()).isEqualTo("2021-02-01");

        PostContext home = context("Soe Htut", "Minister of Home Affairs", "Myanmar", "2021-06-28");
        PostContext.Holder soeHtut = holder(home, "Soe Htut");
        assertThat(soeHtut.open()).isTrue();
        assertThat(soeHtut.end()).isNull();
        assertThat(soeHtut.endUncertainFrom()).isEqualTo("2021-02-01");
    }

    @Test
    void aBoundKnownOnlyToTheYearSaysSo() {
        // both records of his term (Wikidata's and Wikipedia's) give only the year (the Factbook has no Northern Cyprus)
        PostContext cyprus = context("Faiz Sucuoğlu", "Prime Minister", "Northern Cyprus", "2021-12-01");
        PostContext.Holder sucuoglu = holder(cyprus, "Faiz Sucuoğlu");
        assertThat(sucuoglu.start()).isEqualTo("2021");
        assertThat(sucuoglu.startPrecision()).isEqualTo("year");
    }

    @Test
    void aTermSeveralSourcesRecordIsOneBarWithTheMostPreciseBounds() {
        // Abkhazia's prime minister: a Wikidata table to the day, and the world-leaders lists to the year
        PostContext abkhazia = context("Alexander Ankvab", "Prime Minister", "Abkhazia", "2021-06-28");
        assertThat(abkhazia.holders()).filteredOn(h -> h.person().equals("Alexander Ankvab")).hasSize(1);
        assertThat(holder(abkhazia, "Alexander Ankvab").startPrecision()).isEqualTo("day");
    }

    @Test
    void noPostGivesTheVerifiersReason() {
        PostContext magic = context("A. Nonexistent Person", "Minister of Magic", "Russia", "2021-06-28");
        assertThat(magic.post()).isNull();
        assertThat(magic.holders()).isEmpty();
        assertThat(magic.reason()).isEqualTo(VERIFIER.verify(new OfficialClaim("A. Nonexistent Person",
                "Minister of Magic", "Russia", "2021-06-28", null, null)).explanation());
    }
}
