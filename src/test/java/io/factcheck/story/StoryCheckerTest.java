package io.factcheck.story;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.VerdictLabel;
import io.factcheck.official.OfficialClaim;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What the story check adds to the verifiers: inference, attribution, numbering, summary, what is not checked. */
class StoryCheckerTest {

    @Test
    void anInferredJurisdictionNeverRefutesButSaysWhatTheRecordsShow() {
        // Lavrov held no presidency anywhere, so his own records cannot place the post either
        StoryCheck check = StoryFixture.check("Russia hosted the talks. President Sergei Lavrov was invited.",
                "2021-06-28");
        StoryCheck.FoundClaim lavrov = check.claims().get(0);
        assertThat(((OfficialClaim) lavrov.claim()).jurisdiction()).isEqualTo("Russia");
        assertThat(lavrov.inferred()).containsExactly("jurisdiction: Russia (the country the story names most)");
        assertThat(lavrov.verdict().verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(lavrov.verdict().explanation()).contains("Vladimir Putin")
                .contains("An inferred jurisdiction alone does not refute a claim.");
    }

    @Test
    void withNoPlaceInTheCopyThePersonsOwnRecordsGiveItInferredAndNeverRefuting() {
        StoryCheck check = StoryFixture.check("President Emmanuel Macron met reporters.", "2021-06-28");
        assertThat(check.claims()).singleElement().satisfies(c -> {
            assertThat(((OfficialClaim) c.claim()).jurisdiction()).isNull();
            assertThat(c.inferred()).singleElement().asString().startsWith("jurisdiction: France (the person's own"
                    + " records");
            assertThat(c.verdict().verdict()).isEqualTo(VerdictLabel.SUPPORTED);
            assertThat(c.verdict().confidence()).isLessThan(1.0);
        });
        StoryCheck before = StoryFixture.check("President Emmanuel Macron met reporters.", "2010-06-28");
        assertThat(before.claims()).singleElement()
                .satisfies(c -> assertThat(c.verdict().verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE));
    }

    @Test
    void aPlaceInferredFromTheStoryGivesWayToThePersonsOwnRecords() {
        StoryCheck check = StoryFixture.check("Myanmar's junta tightened its grip on Myanmar. Later, President"
                + " Joe Biden called for the release of Myanmar's detained leaders.", "2021-06-28");
        assertThat(check.claims()).filteredOn(c -> c.text().contains("Biden")).singleElement().satisfies(c -> {
            assertThat(((OfficialClaim) c.claim()).jurisdiction()).isNull();
            assertThat(c.inferred()).singleElement().asString()
                    .startsWith("jurisdiction: United States (the person's own records");
            assertThat(c.verdict().verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        });
        // no records of the person anywhere: the story's country stands, and nothing is refuted
        StoryCheck unknown = StoryFixture.check("Myanmar's junta tightened its grip on Myanmar. Later, President"
                + " Joe Bidenstein spoke.", "2021-06-28");
        assertThat(unknown.claims()).filteredOn(c -> c.text().contains("Bidenstein")).singleElement().satisfies(c -> {
            assertThat(((OfficialClaim) c.claim()).jurisdiction()).isEqualTo("Myanmar");
            assertThat(c.verdict().verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        });
    }

    @Test
    void aNamedJurisdictionRefutes() {
        StoryCheck check = StoryFixture.check("Russian Security Council Secretary Sergei Shoigu spoke.", "2021-06-28");
        assertThat(check.claims()).singleElement().satisfies(c -> {
            assertThat(c.verdict().verdict()).isEqualTo(VerdictLabel.REFUTED);
            assertThat(c.inferred()).isEmpty();
            assertThat(c.verdict().explanation()).contains("Nikolai Patrushev");
        });
    }

    @Test
    void anInferredPlaceLowersTheConfidence() {
        StoryCheck check = StoryFixture.check("Myanmar is in turmoil. The Feb. 1 coup ended a decade of reform.",
                "2021-06-28");
        assertThat(check.claims()).singleElement().satisfies(c -> {
            assertThat(c.verdict().verdict()).isEqualTo(VerdictLabel.SUPPORTED);
            assertThat(c.verdict().confidence()).isLessThan(1.0);
        });
    }

    @Test
    void claimsAreNumberedInTextOrderAndCountedPerVerdict() {
        StoryCheck check = StoryFixture.check("Russian Defense Minister Sergei Shoigu met Vladimir Putin, Russia's "
                + "prime minister, on Monday.", "2021-06-28");
        assertThat(check.claims()).extracting(StoryCheck.FoundClaim::id).containsExactly("claim-1", "claim-2");
        assertThat(check.claims()).extracting(c -> c.verdict().verdict())
                .containsExactly(VerdictLabel.SUPPORTED, VerdictLabel.REFUTED);
        assertThat(check.summary()).containsEntry("claims", 2).containsEntry("SUPPORTED", 1)
                .containsEntry("REFUTED", 1).containsEntry("MISLEADING", 0).containsEntry("UNVERIFIABLE", 0)
                .containsEntry("notChecked", 0);
    }

    @Test
    void claimsInQuotationsAndReportedSpeechSayWhoMadeThem() {
        StoryCheck check = StoryFixture.check("\u201CRussian Defense Minister Sergei Shoigu is a friend,\u201D said "
                + "Min Aung Hlaing. At least 883 people have been killed in Myanmar, according to AAPP.", "2021-06-28");
        assertThat(check.claims()).extracting(StoryCheck.FoundClaim::attributedTo)
                .containsExactly("Min Aung Hlaing", "AAPP");
    }

    @Test
    void markupAndControlCharactersDoNotMoveSpans() {
        String text = "<p>\u0007\uD83D\uDE00 <b>Russian Defense Minister Sergei Shoigu</b> spoke.</p>";
        StoryCheck.FoundClaim claim = StoryFixture.check(text, "2021-06-28").claims().get(0);
        assertThat(text.substring(claim.span().start(), claim.span().end()))
                .isEqualTo("Russian Defense Minister Sergei Shoigu").isEqualTo(claim.text());
    }

    @Test
    void aFigureForOnePeriodIsListedAsNotChecked() {
        StoryCheck check = StoryFixture.check("In Myanmar, 12 people were killed on Sunday.", "2021-06-28");
        assertThat(check.claims()).isEmpty();
        assertThat(check.notChecked()).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("12 people were killed");
            assertThat(n.reason()).contains("period of its own");
        });
        assertThat(check.summary()).containsEntry("notChecked", 1);
    }

    @Test
    void aClaimOfAKindThisDeploymentDoesNotLoadIsListedAsNotChecked() {
        StoryChecker officialsOnly = new StoryChecker(ReferenceDataset.load(
                DatasetFiles.directory(Path.of("src/main/resources/dataset")), Clock.systemUTC(), Set.of("official")));
        StoryCheck check = officialsOnly.check(new Story("Russian Defense Minister Sergei Shoigu said at least 883 "
                + "people have been killed in Myanmar.", "2021-06-28", null, null, null, null));
        assertThat(check.claims()).extracting(StoryCheck.FoundClaim::kind).containsExactly("official");
        assertThat(check.notChecked()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("casualties");
            assertThat(n.reason()).contains("does not load the casualties wing");
        });
    }

    @Test
    void datesAreListedWithTimexValues() {
        StoryCheck check = StoryFixture.check("They met on Sunday night, last week and in early June; the 1990s "
                + "were different.", "2021-06-28");
        assertThat(check.dates()).extracting(StoryCheck.DateEntry::text, StoryCheck.DateEntry::type,
                        StoryCheck.DateEntry::value, StoryCheck.DateEntry::mod)
                .contains(tuple("Sunday night", "TIME", "2021-06-27TNI", null),
                        tuple("last week", "DATE", "2021-W25", null),
                        tuple("early June", "DATE", "2021-06", "START"));
    }
}
