package io.factcheck.official;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Cases where the data is silent or vague and the verdict must say so rather than refute. */
class OfficialVerifierTest {
    private static final OfficialVerifier VERIFIER = ReferenceDataset.load(
            DatasetFiles.directory(Path.of("src/main/resources/dataset")), Clock.systemUTC()).officials();

    private static Verdict check(String name, String position, String jurisdiction, String asOf) {
        return VERIFIER.verify(new OfficialClaim(name, position, jurisdiction, asOf, null, null));
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
}
