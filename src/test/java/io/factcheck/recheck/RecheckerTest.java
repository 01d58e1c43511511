package io.factcheck.recheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.casualties.CasualtyClaim;
import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.dates.DateClaim;
import io.factcheck.kernel.ClaimContext;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;
import io.factcheck.official.OfficialClaim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk's small dataset, a verdict published from it, then the dataset changed as data does (a count that rose, a
 * count published late, a record corrected, a minister replaced) and the verdict re-checked.
 */
class RecheckerTest {
    /** As the doors read JSON: fields a claim does not have are ignored. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String TENURES = "person,aliases,person_id,position,jurisdiction,start,end,holders,source,url,"
            + "record_id,note\n";
    private static final String OBSERVATIONS = "series,as_of,value,qualifier,as_of_basis,reported_by,url,page_date,"
            + "quote\n";
    private static final String FLOOD = "ruritania-flood-killed";

    @TempDir
    Path dir;

    @BeforeEach
    void publishedData() throws IOException {
        Files.writeString(dir.resolve("sources.csv"), "id,name,url,licence,snapshot,citation\n"
                + "desk,Our research desk,https://example.org/desk,internal,2024-01-31,\n");
        Files.writeString(dir.resolve("places.csv"), "id,name,aliases,demonyms,iso3,cow_code,cow_abb\n"
                + "ruritania,Ruritania,Kingdom of Ruritania,Ruritanian,,,\n");
        Files.writeString(dir.resolve("tenures.csv"), TENURES
                + "Rudolf Rassendyll,,,Minister of Defence,ruritania,2020-03-01,,,desk,https://example.org/r1,r1,\n"
                + "Rupert of Hentzau,,,Minister of Defence,ruritania,2010-01-01,2020-03-01,,desk,https://example.org/r2,r2,\n");
        Files.writeString(dir.resolve("casualty_series.csv"), "id,place,event,event_words,measure,cumulative,counter,"
                + "role,source,note,final_toll\n"
                + FLOOD + ",ruritania,2023 flood,flood|floods,killed,yes,Red Cross,primary,desk,,\n");
        Files.writeString(dir.resolve("casualty_observations.csv"), OBSERVATIONS
                + observation("2023-05-01", 883));
        Files.writeString(dir.resolve("events.csv"), "id,kind,subtype,place,date,title,source,url,record_id,note,round,"
                + "last_day,status\n"
                + "desk-coup,coup,realized,ruritania,2021-02-01,Coup in Ruritania,desk,https://example.org/c,c1,,,,\n");
        version("1");
    }

    private static String observation(String asOf, long killed) {
        return FLOOD + "," + asOf + "," + killed + ",,yes,Red Cross,https://example.org/" + asOf + "," + asOf
                + ",\"" + killed + " people have died in the floods\"\n";
    }

    private void version(String version) throws IOException {
        Files.writeString(dir.resolve("dataset.properties"), "name=newsroom\nversion=" + version
                + "\nformat=factcheck-dataset/1\n");
    }

    private void append(String file, String rows) throws IOException {
        Files.writeString(dir.resolve(file), rows, StandardOpenOption.APPEND);
    }

    private Rechecker loaded() {
        return new Rechecker(ReferenceDataset.load(DatasetFiles.directory(dir), Clock.systemUTC()));
    }

    /** What a newsroom archived: the verdict as the service returned it (its claim as JSON). */
    @SuppressWarnings("unchecked")
    private static PublishedVerdict published(Verdict verdict) {
        return new PublishedVerdict(verdict.kind(), verdict.verdict(), JSON.convertValue(verdict.claim(), Map.class),
                verdict.evidence(), verdict.dataset());
    }

    private static final CasualtyClaim AT_LEAST_883 = new CasualtyClaim("Ruritania", "flood", "killed", 883L,
            "at least", null, null, new ClaimContext("2023-05-02"));
    private static final OfficialClaim RUDOLF = new OfficialClaim("Rudolf Rassendyll", "Defence Minister",
            "Ruritania", "2023-05-05", null, null);

    @Test
    void unchangedDataGivesTheSameVerdictsWithNothingChanged() {
        Rechecker rechecker = loaded();
        Verdict count = rechecker.dataset().casualties().verify(AT_LEAST_883);
        Verdict official = rechecker.dataset().officials().verify(RUDOLF);
        assertThat(count.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(official.verdict()).isEqualTo(VerdictLabel.SUPPORTED);

        RecheckAnswer answer = rechecker.recheck(4, "desk-17", AT_LEAST_883, published(count), null, null);
        assertThat(answer.status()).isEqualTo(RecheckAnswer.SAME);
        assertThat(answer.index()).isEqualTo(4);
        assertThat(answer.id()).isEqualTo("desk-17");
        assertThat(answer.checkedAt()).isEqualTo("2023-05-02");
        assertThat(answer.checkedAtBasis()).isEqualTo("context.publishedAt");
        assertThat(answer.changes()).isEmpty();
        assertThat(answer.verdict()).isNull();
        assertThat(rechecker.recheck(0, null, RUDOLF, published(official), null, null).changes()).isEmpty();
    }

    @Test
    void aTamperedLabelIsChangedWithTheReason() {
        Rechecker rechecker = loaded();
        Verdict count = rechecker.dataset().casualties().verify(AT_LEAST_883);
        PublishedVerdict tampered = new PublishedVerdict(count.kind(), VerdictLabel.REFUTED,
                published(count).claim(), count.evidence(), count.dataset());
        RecheckAnswer answer = rechecker.recheck(0, null, AT_LEAST_883, tampered, null, null);
        assertThat(answer.status()).isEqualTo(RecheckAnswer.CHANGED);
        assertThat(answer.originalVerdict()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(answer.currentVerdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(answer.verdict().verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(answer.changes()).first().satisfies(change -> {
            assertThat(change.what()).isEqualTo("verdict");
            assertThat(change.says()).contains("REFUTED is now SUPPORTED", "883");
        });
    }

    @Test
    void aCountPublishedLateChangesTheVerdictAtTheClaimsOwnDate() throws IOException {
        CasualtyClaim atLeast900 = new CasualtyClaim("Ruritania", "flood", "killed", 900L, "at least", "2023-05-20",
                null, null);
        Verdict then = loaded().dataset().casualties().verify(atLeast900);
        // 883, of 1 May, was the latest count on 20 May: too old to refute "at least 900"
        assertThat(then.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);

        append("casualty_observations.csv", observation("2023-05-15", 950));
        version("2");
        RecheckAnswer answer = loaded().recheck(0, null, atLeast900, published(then), null, null);
        assertThat(answer.status()).isEqualTo(RecheckAnswer.CHANGED);
        assertThat(answer.checkedAt()).isEqualTo("2023-05-20");
        assertThat(answer.currentVerdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(answer.changes()).extracting(Change::what).containsExactly("verdict", "evidence.added",
                "dataset.version", "count");
        assertThat(answer.changes()).filteredOn(c -> c.what().equals("count")).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo("883 (as of 2023-05-01)");
            assertThat(c.to()).isEqualTo("950 (as of 2023-05-15)");
        });
        assertThat(answer.changes()).filteredOn(c -> c.what().equals("dataset.version")).singleElement()
                .satisfies(c -> assertThat(c.says()).isEqualTo("dataset version 1 then, 2 now"));
    }

    @Test
    void aCountThatRoseLeavesTheClaimAtItsDateButNotAsACurrentFigure() throws IOException {
        Verdict then = loaded().dataset().casualties().verify(AT_LEAST_883);
        append("casualty_observations.csv", observation("2024-01-15", 2400));
        version("2");
        Rechecker rechecker = loaded();

        RecheckAnswer atItsDate = rechecker.recheck(0, null, AT_LEAST_883, published(then), null, null);
        assertThat(atItsDate.status()).isEqualTo(RecheckAnswer.SAME);
        assertThat(atItsDate.changes()).extracting(Change::what).containsExactly("dataset.version");

        RecheckAnswer now = rechecker.recheck(0, null, AT_LEAST_883, published(then), LocalDate.parse("2024-01-20"),
                "asOf=2024-01-20");
        assertThat(now.status()).isEqualTo(RecheckAnswer.CHANGED);
        assertThat(now.checkedAt()).isEqualTo("2024-01-20");
        assertThat(now.checkedAtBasis()).isEqualTo("asOf=2024-01-20");
        assertThat(now.currentVerdict()).isEqualTo(VerdictLabel.MISLEADING); // 883 is far below the 2,400 now
        assertThat(now.changes()).filteredOn(c -> c.what().equals("count")).singleElement()
                .satisfies(c -> assertThat(c.says()).isEqualTo("Red Cross's count now: 2,400 (as of 2024-01-15);"
                        + " then: 883 (as of 2023-05-01)"));
    }

    @Test
    void aCorrectedRecordAndAReplacedMinister() throws IOException {
        Verdict then = loaded().dataset().officials().verify(RUDOLF);
        // the desk corrects Rudolf's term (he left in January 2024) and records his successor
        Files.writeString(dir.resolve("tenures.csv"), Files.readString(dir.resolve("tenures.csv"))
                .replace("ruritania,2020-03-01,,", "ruritania,2020-03-01,2024-01-10,")
                + "Flavia Elphberg,,,Minister of Defence,ruritania,2024-01-10,,,desk,https://example.org/r3,r3,\n");
        version("2");
        Rechecker rechecker = loaded();

        RecheckAnswer atItsDate = rechecker.recheck(0, null, RUDOLF, published(then), null, null);
        assertThat(atItsDate.status()).isEqualTo(RecheckAnswer.SAME);
        assertThat(atItsDate.changes()).filteredOn(c -> c.what().equals("evidence.corrected")).singleElement()
                .satisfies(c -> assertThat(c.to()).contains("2020-03-01 to 2024-01-10"));

        RecheckAnswer now = rechecker.recheck(0, null, RUDOLF, published(then), LocalDate.parse("2024-01-20"),
                "asOf=today");
        assertThat(now.status()).isEqualTo(RecheckAnswer.CHANGED);
        assertThat(now.currentVerdict()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(now.changes()).filteredOn(c -> c.what().equals("holder")).singleElement()
                .satisfies(c -> assertThat(c.says()).isEqualTo("Minister of Defence (Ruritania) on 2024-01-20:"
                        + " Flavia Elphberg (from 2024-01-10, open at the source's snapshot 2024-01-31, Our research"
                        + " desk)"));
    }

    @Test
    void theDateOfAnEventIsAskedAsPublishedWhateverTheDateAsked() {
        Rechecker rechecker = loaded();
        DateClaim febFirst = new DateClaim("the coup", "Feb. 1", "Ruritania", new ClaimContext("2021-06-28"));
        Verdict then = rechecker.dataset().dates().verify(febFirst);
        assertThat(then.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        RecheckAnswer answer = rechecker.recheck(0, null, febFirst, published(then), LocalDate.parse("2024-01-20"),
                "asOf=today");
        assertThat(answer.status()).isEqualTo(RecheckAnswer.SAME);
        assertThat(answer.checkedAt()).isEqualTo("2021-06-28");
        assertThat(answer.checkedAtBasis()).contains("does not change with time", "asOf=today is not applied");
    }

    @Test
    void theClaimAsUnderstoodIsTheRequestToAskAgain() {
        Rechecker rechecker = loaded();
        DateClaim febFirst = new DateClaim("the coup", "Feb. 1", "Ruritania", new ClaimContext("2021-06-28"));
        Map<String, Object> request = Rechecker.requestOf("date", published(rechecker.dataset().dates()
                .verify(febFirst)).claim());
        assertThat(JSON.convertValue(request, DateClaim.class)).isEqualTo(febFirst);
        Map<String, Object> official = Rechecker.requestOf("official", published(rechecker.dataset().officials()
                .verify(RUDOLF)).claim());
        assertThat(JSON.convertValue(official, OfficialClaim.class))
                .isEqualTo(new OfficialClaim(RUDOLF.name(), RUDOLF.position(), RUDOLF.jurisdiction(), RUDOLF.asOf(),
                        "current", null));
    }
}
