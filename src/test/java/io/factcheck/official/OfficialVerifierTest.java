package io.factcheck.official;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases where the data is silent or vague and the verdict must say so rather than refute; the claim's status
 * (current, former, acting); and titles naming a coup's leader.
 */
class OfficialVerifierTest {
    private static final OfficialVerifier VERIFIER = ReferenceDataset.load(
            DatasetFiles.directory(Path.of("src/main/resources/dataset")), Clock.systemUTC()).officials();

    private static Verdict check(String name, String position, String jurisdiction, String asOf) {
        return check(name, position, jurisdiction, asOf, null);
    }

    private static Verdict check(String name, String position, String jurisdiction, String asOf, String status) {
        return VERIFIER.verify(new OfficialClaim(name, position, jurisdiction, asOf, status, null));
    }

    private static OfficialReading reading(Verdict verdict) {
        return (OfficialReading) verdict.claim();
    }

    @Test
    void aDateAfterEverySourceOfThePostIsNotRefuted() {
        Verdict verdict = check("Trump", "Leader", "United States", "2025-06-01");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(verdict.explanation()).contains("current only to");
    }

    @Test
    void aMinisterWhoseGovernmentFellIsUncertainAfterwardsNotRefuted() {
        Verdict after = check("Soe Htut", "Minister of Home Affairs", "Myanmar", "2021-06-28");
        assertThat(after.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(after.explanation()).contains("stayed on");
        assertThat(check("Soe Htut", "Minister of Home Affairs", "Myanmar", "2020-06-28").verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
    }

    @Test
    void theRulerWhoFellWithTheGovernmentLosesHerPosts() {
        Verdict verdict = check("Aung San Suu Kyi", "State Counsellor", "Myanmar", "2021-06-28");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(verdict.explanation()).contains("2021-02-01").contains("rule ended");
    }

    @Test
    void aNameThatMayBeTheHolderIsNotRefuted() {
        Verdict verdict = check("President Xi", "President", "China", "2021-06-28");
        assertThat(verdict.verdict()).isNotEqualTo(VerdictLabel.REFUTED);
    }

    @Test
    void theSameHolderUnderTwoSpellingsIsOnePerson() {
        Verdict verdict = check("Anastasiades", "President", "Cyprus", "2021-06-28");
        assertThat(verdict.explanation()).doesNotContain("fits several holders");
    }

    @Test
    void aPreciseSuccessorRecordDecidesTheEnd() {
        Verdict verdict = check("Win Myint", "President", "Myanmar", "2021-01-15");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
    }

    // ---- status

    @Test
    void theStatusCheckedIsInTheReadingCurrentWhenAbsent() {
        assertThat(reading(check("Sergei Shoigu", "Defense Minister", "Russia", "2021-06-28")).status())
                .isEqualTo("current");
        assertThat(reading(check("Sergei Shoigu", "Defense Minister", "Russia", "2021-06-28", "former")).status())
                .isEqualTo("former");
    }

    @Test
    void aFormerHolderWhoseTermEndedBeforeTheDayIsSupported() {
        Verdict verdict = check("Aung San Suu Kyi", "leader", "Myanmar", "2021-06-28", "former");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(verdict.explanation()).contains("from 2016-03-30 to 2021-02").contains("ended before 2021-06-28");
        assertThat(verdict.evidence()).extracting("recordId").containsExactly("kb-775-1");
        // REIGN ends in March 2021: a return to the post after it would not show, so the support is a little weaker
        assertThat(verdict.confidence()).isLessThan(1.0);
    }

    @Test
    void aFormerHolderInsideTheRecordsIsSupportedInFull() {
        Verdict verdict = check("Vladimir Putin", "Prime Minister", "Russia", "2005-01-01", "former");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(verdict.confidence()).isEqualTo(1.0);
        assertThat(verdict.explanation()).contains("1999-08-16 to 2000-05-07");
    }

    @Test
    void aFormerHolderStillInThePostIsRefutedCitingTheTerm() {
        Verdict verdict = check("Sergei Shoigu", "Defense Minister", "Russia", "2021-06-28", "former");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(verdict.explanation()).contains("2012-11-06").contains("not a former holder");
        assertThat(verdict.evidence()).extracting("recordId").containsExactly("Q32024 P39 Minister of Defence");
    }

    @Test
    void aTermStillOpenAtTheSnapshotIsNotRefutedAsFormerAfterIt() {
        Verdict verdict = check("Sergei Shoigu", "Defense Minister", "Russia", "2024-06-01", "former");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(verdict.explanation()).contains("current only to 2022-08-03");
    }

    @Test
    void aFormerClaimInsideAnImpreciseEndIsUnverifiable() {
        Verdict verdict = check("Aung San Suu Kyi", "leader", "Myanmar", "2021-02-15", "former");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(verdict.explanation()).contains("only to the month");
    }

    @Test
    void aFormerClaimAboutSomeoneWhoTookThePostOnlyLaterIsRefutedWhereTheHolderIsKnown() {
        Verdict verdict = check("Min Aung Hlaing", "leader", "Myanmar", "2019-01-01", "former");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(verdict.explanation()).contains("only from 2021-02-01").contains("held by Aung San Suu Kyi");
    }

    @Test
    void aFormerHolderMissingFromTheRecordsIsNotRefuted() {
        Verdict verdict = check("A. Nonexistent Person", "Prime Minister", "Russia", "2005-01-01", "former");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(verdict.explanation()).contains("No record shows A. Nonexistent Person");
    }

    @Test
    void anActingClaimIsJudgedAsCurrentWithAWeakerSupport() {
        Verdict current = check("Myint Swe", "President", "Myanmar", "2021-06-28");
        Verdict acting = check("Myint Swe", "President", "Myanmar", "2021-06-28", "acting");
        assertThat(acting.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(acting.confidence()).isLessThan(current.confidence());
        assertThat(acting.explanation()).contains("do not say whether that term was an acting one");
        assertThat(reading(acting).status()).isEqualTo("acting");
    }

    @Test
    void anActingClaimIsNeverRefutedSinceActingHoldersGoUnrecorded() {
        assertThat(check("Min Aung Hlaing", "Prime Minister", "Myanmar", "2021-06-28").verdict())
                .isEqualTo(VerdictLabel.REFUTED);
        Verdict acting = check("Min Aung Hlaing", "Prime Minister", "Myanmar", "2021-06-28", "acting");
        assertThat(acting.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(acting.explanation()).contains("2021-08-01").contains("not a refutation");
        assertThat(acting.evidence()).extracting("role").containsOnly("context");
    }

    @Test
    void anActingClaimUsesTheJurisdictionsOwnRecordOfActingHolders() {
        Verdict verdict = check("Vladimir Putin", "President", "Russia", "2000-01-15", "acting");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(verdict.confidence()).isEqualTo(1.0);
        assertThat(reading(verdict).post()).isEqualTo("Acting President");
        assertThat(verdict.explanation()).contains("1999-12-31");
    }

    // ---- coup leaders

    @Test
    void theCoupLeaderIsSupportedPastTheRulersSnapshotWithTheCoupRecord() {
        Verdict verdict = check("Min Aung Hlaing", "Myanmar coup leader", null, "2021-06-28");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(verdict.explanation()).contains("coup of 2021-02-01").contains("2021-03-02");
        assertThat(verdict.evidence()).extracting("recordId").containsExactly("ctb-775-1", "77502012021");
        assertThat(verdict.evidence().get(1).source()).startsWith("Cline Center Coup d'État Project");
        assertThat(verdict.evidence().get(1).url()).isEqualTo("https://databank.illinois.edu/datasets/IDB-3143201");
    }

    @Test
    void aCoupLeaderWhoseRuleEndedIsFormerNotCurrent() {
        Verdict current = check("Than Shwe", "coup leader", "Myanmar", "2015-06-01");
        assertThat(current.verdict()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(current.explanation()).contains("coup of 1992-04-23").contains("former coup leader")
                .contains("held by Thein Sein");
        Verdict former = check("Than Shwe", "coup leader", "Myanmar", "2015-06-01", "former");
        assertThat(former.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(former.evidence()).extracting("recordId").contains("77504231992");
        assertThat(check("Than Shwe", "junta leader", "Myanmar", "2000-06-28", "former").verdict())
                .isEqualTo(VerdictLabel.REFUTED);
    }

    @Test
    void theCoupMakesItsLeaderBeforeTheRulersRecordStarts() {
        // REIGN starts Musharraf's rule on 1999-10-14, two days after the coup
        Verdict verdict = check("Gen. Musharraf", "Pakistani coup leader", null, "1999-10-13");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(verdict.explanation()).contains("coup of 1999-10-12").contains("between the coup and that start");
        assertThat(check("Musharraf", "coup leader", "Pakistan", "1999-10-11").verdict())
                .isEqualTo(VerdictLabel.UNVERIFIABLE);
    }

    @Test
    void aFormerCoupLeaderStillOpenAtTheSnapshotIsUnverifiable() {
        Verdict verdict = check("Min Aung Hlaing", "Myanmar coup leader", null, "2021-06-28", "former");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(verdict.explanation()).contains("current only to 2021-03-02");
    }

    @Test
    void aRulerWhoseTermDidNotBeginWithACoupIsNotRefutedAsCoupLeader() {
        Verdict verdict = check("Aung San Suu Kyi", "Myanmar coup leader", null, "2019-01-01");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(verdict.explanation()).contains("no term of theirs began with a recorded coup");
        assertThat(check("Min Aung Hlaing", "coup leader", "Myanmar", "2020-01-01").verdict())
                .isEqualTo(VerdictLabel.UNVERIFIABLE);
    }

    @Test
    void aCoupLeaderWhoIsNoRulerOnRecordIsNotRefuted() {
        Verdict verdict = check("Sergei Shoigu", "coup leader", "Myanmar", "2021-02-20");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(verdict.explanation()).contains("held by Min Aung Hlaing");
    }

    @Test
    void aJuntaMinisterIsStillTheMinistersPost() {
        Verdict verdict = check("Wunna Maung Lwin", "junta's foreign minister", "Myanmar", "2021-06-28");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(reading(verdict).post()).startsWith("Minister of Foreign Affairs");
    }

    @Test
    void aGenericTitleFindsTheHeadOfGovernmentWhateverItIsCalled() {
        Verdict ireland = check("Leo Varadkar", "Prime Minister", "Ireland", "2018-06-01");
        assertThat(ireland.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(reading(ireland).post()).isEqualTo("Taoiseach");
        assertThat(check("Mariano Rajoy", "President of the Government", "Spain", "2015-01-01").verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(check("Kyriakos Mitsotakis", "Head of Government", "Greece", "2020-01-01").verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
        // a Chancellor of the United Kingdom is the Exchequer's, and the United States has no Prime Minister
        assertThat(check("Rishi Sunak", "Chancellor", "United Kingdom", "2021-01-01").verdict())
                .isNotEqualTo(VerdictLabel.REFUTED);
        assertThat(check("Barack Obama", "Prime Minister", "United States", "2012-01-01").verdict())
                .isEqualTo(VerdictLabel.UNVERIFIABLE);
    }

    @Test
    void aGenericTitleFindsTheHeadOfStateOrMonarch() {
        assertThat(check("Michael D. Higgins", "Head of State", "Ireland", "2015-01-01").verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(check("Elizabeth II", "Queen", "United Kingdom", "2015-01-01").verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
    }

    @Test
    void theRulersRecordsSpeakForTheHeadOfGovernmentOfAParliamentaryState() {
        Verdict merkel = check("Angela Merkel", "Chancellor", "Germany", "2010-06-01");
        assertThat(merkel.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(merkel.evidence()).extracting("source").anyMatch(s -> s.toString().startsWith("Archigos"));
        Verdict schroeder = check("Gerhard Schröder", "Chancellor", "Germany", "2010-06-01");
        assertThat(schroeder.verdict()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(schroeder.explanation()).contains("Merkel");
    }

    @Test
    void aDayTheRecordsOfThePostDoNotCoverIsNotRefuted() {
        Verdict verdict = check("Hillary Clinton", "Secretary of State", "United States", "1990-01-01");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(verdict.explanation()).contains("do not cover 1990-01-01");
        assertThat(check("Hillary Clinton", "Secretary of State", "United States", "2015-01-01").verdict())
                .isEqualTo(VerdictLabel.REFUTED);
    }

    @Test
    void aNamesakeIsThatOtherPerson() {
        Verdict verdict = check("Vaso Papandreou", "Prime Minister", "Greece", "2010-06-01");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(verdict.explanation()).contains("Vaso Papandreou", "Q468103", "Giorgos Papandreou");
    }

    @Test
    void sourcesAgreeingOnATermAreNamed() {
        Verdict verdict = check("Narendra Modi", "Prime Minister", "India", "2014-06-15");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(verdict.explanation()).contains("4 sources agree", "CIA World Factbook");
        assertThat(verdict.evidence()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aNameNoRecordKnowsIsNotRefutedByAnotherHolder() {
        Verdict verdict = check("Zxqy Wvutsr", "Prime Minister", "India", "2016-01-01");
        assertThat(verdict.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(verdict.explanation()).contains("Narendra Modi");
    }

    @Test
    void subNationalBodiesKeepTheirOwnPosts() {
        assertThat(check("Nicola Sturgeon", "First Minister", "Scotland", "2016-01-01").verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(check("Nicola Sturgeon", "First Minister", "United Kingdom", "2016-01-01").verdict())
                .isEqualTo(VerdictLabel.UNVERIFIABLE);
    }
}
