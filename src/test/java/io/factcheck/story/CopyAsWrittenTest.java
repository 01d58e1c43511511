package io.factcheck.story;

import io.factcheck.dates.DateClaim;
import io.factcheck.kernel.VerdictLabel;
import io.factcheck.official.OfficialClaim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officials and dated events as real copy writes them, and the time each claim speaks of. Sentences are invented;
 * the verdicts come from the bundled dataset.
 */
class CopyAsWrittenTest {

    private static StoryCheck.FoundClaim only(StoryCheck check, String kind) {
        return check.claims().stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static StoryCheck.NotChecked unchecked(StoryCheck check, String kind) {
        return check.notChecked().stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void theDayATermEndsBelongsToTheOutgoingHolder() {
        StoryCheck check = StoryFixture.check("Sudanese President Omar al-Bashir addressed the nation.", "2019-04-11");
        StoryCheck.FoundClaim bashir = only(check, "official");
        assertThat(bashir.verdict().verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(bashir.verdict().explanation()).contains("ended on 2019-04-11");
    }

    @Test
    void aTitleInASentenceReportingTheRemovalIsCheckedTheDayBefore() {
        StoryCheck check = StoryFixture.check("Sudanese President Omar al-Bashir was toppled by the army on April 11.",
                "2019-05-20");
        StoryCheck.FoundClaim bashir = only(check, "official");
        assertThat(((OfficialClaim) bashir.claim()).asOf()).isEqualTo("2019-04-10");
        assertThat(bashir.verdict().verdict()).isEqualTo(VerdictLabel.SUPPORTED);
    }

    @Test
    void anUndatedRemovalMakesTheTitleAFormerOne() {
        StoryCheck check = StoryFixture.check("Generals ousting Sudanese President Omar al-Bashir promised a vote.",
                "2019-05-20");
        StoryCheck.FoundClaim bashir = only(check, "official");
        assertThat(((OfficialClaim) bashir.claim()).status()).isEqualTo("former");
        assertThat(bashir.verdict().verdict()).isEqualTo(VerdictLabel.SUPPORTED);
    }

    @Test
    void aDayNoRecordCoversIsUnverifiableAndSaysTheRecordIsMissing() {
        StoryCheck check = StoryFixture.check("Sri Lankan Prime Minister Ranil Wickremesinghe addressed parliament.",
                "2022-06-20");
        StoryCheck.FoundClaim ranil = only(check, "official");
        assertThat(ranil.verdict().verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(ranil.verdict().explanation()).contains("is missing").contains("not a refutation");
    }

    @Test
    void anExplanationNamesOtherPostsOnlyOfThePersonClaimed() {
        StoryCheck check = StoryFixture.check("Bolivian President Evo Morales spoke in La Paz.", "2020-03-01");
        assertThat(only(check, "official").verdict().explanation()).doesNotContain("Guatemala");
    }

    @Test
    void aLinkingVerbTiesTheNameToItsTitleAndTheVerbDatesTheEvent() {
        StoryCheck check = StoryFixture.check("Kais Saied was sworn in as Tunisian President on Wednesday.",
                "2019-10-25");
        StoryCheck.FoundClaim saied = only(check, "official");
        assertThat(((OfficialClaim) saied.claim()).name()).isEqualTo("Kais Saied");
        assertThat(((OfficialClaim) saied.claim()).status()).isNull();
        assertThat(saied.verdict().verdict()).isNotEqualTo(VerdictLabel.REFUTED);
        assertThat(unchecked(check, "date").reason()).contains("no records of that kind of event");
    }

    @Test
    void aTitleInThePreviousGovernmentIsAFormerOne() {
        StoryCheck check = StoryFixture.check("Sushma Swaraj, foreign minister in the previous government, spoke.",
                "2019-06-10");
        OfficialClaim swaraj = (OfficialClaim) only(check, "official").claim();
        assertThat(swaraj.name()).isEqualTo("Sushma Swaraj");
        assertThat(swaraj.status()).isEqualTo("former");
    }

    @Test
    void aPostTheRecordsDoNotKeepIsListedAsNotChecked() {
        StoryCheck check = StoryFixture.check("Russian envoy Anatoly Antonov said talks went on.", "2021-06-28");
        assertThat(check.claims()).noneMatch(c -> c.kind().equals("official"));
        assertThat(unchecked(check, "official").reason()).contains("a post the data does not know");
    }

    @Test
    void aCoupNamedByItsVerbIsChecked() {
        StoryCheck check = StoryFixture.check("In May 2014, the Thai army overthrew the government in a coup.",
                "2016-01-10");
        DateClaim coup = (DateClaim) only(check, "date").claim();
        assertThat(coup.event()).contains("coup");
        assertThat(coup.date()).isEqualTo("May 2014");
        assertThat(only(check, "date").verdict().verdict()).isEqualTo(VerdictLabel.SUPPORTED);
    }

    @Test
    void whenSomethingWasSaidOrADatelineIsNoEventDate() {
        assertThat(StoryFixture.check("Thailand's army said on Monday that the coup was needed.", "2014-06-10")
                .claims()).noneMatch(c -> c.kind().equals("date"));
        assertThat(StoryFixture.check("Bangkok, June 9 - Thailand's coup leaders met envoys.", "2014-06-10")
                .claims()).noneMatch(c -> c.text().contains("June 9"));
    }

    @Test
    void aDateCarriedByAVerbOfAnotherThingDatesThatThing() {
        StoryCheck check = StoryFixture.check("On Tuesday, protesters in Thailand marched against the coup.",
                "2014-06-10");
        assertThat(check.claims()).noneMatch(c -> c.kind().equals("date"));
        assertThat(check.notChecked()).noneMatch(c -> c.kind().equals("date"));
    }
}
