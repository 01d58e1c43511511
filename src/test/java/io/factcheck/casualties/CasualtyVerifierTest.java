package io.factcheck.casualties;

import io.factcheck.kernel.ClaimContext;
import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.factcheck.casualties.CasualtyFixture.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Claims from real copy against the series the importers build from the public sources. */
class CasualtyVerifierTest {

    @BeforeAll
    static void sources() {
        assumeTrue(CasualtyFixture.available(), "the public sources are beside the project (../shared/data)");
    }

    static Verdict verify(CasualtyClaim claim) {
        return CasualtyFixture.get().verifier().verify(claim);
    }

    static CasualtyReading reading(Verdict v) {
        return (CasualtyReading) v.claim();
    }

    /** The required behaviour: the table of the brief, each row checked against the data rows behind it. */
    @ParameterizedTest(name = "{0} | {1} | {2} | {4} {3} | {5} {6} -> {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Myanmar | post-coup crackdown | killed | 883    | at least  | 2021-06-28 | AAPP  | SUPPORTED    | myanmar-coup-aapp-killed
            Myanmar | post-coup crackdown | killed | 1500   | at least  | 2021-06-28 | -     | REFUTED      | myanmar-coup-aapp-killed
            Myanmar | post-coup crackdown | killed | 800    | more than | 2021-06-28 | -     | SUPPORTED    | myanmar-coup-aapp-killed
            Myanmar | post-coup crackdown | killed | 50     | more than | 2021-06-28 | -     | MISLEADING   | myanmar-coup-aapp-killed
            Italy   | COVID-19            | deaths | 74159  | -         | 2020-12-31 | -     | SUPPORTED    | covid19-deaths-italy
            Italy   | COVID-19            | deaths | 100000 | more than | 2020-12-31 | -     | REFUTED      | covid19-deaths-italy
            Wakanda | COVID-19            | deaths | 10     | -         | 2021-01-01 | -     | UNVERIFIABLE | -
            Burma   | -                   | deaths | 900    | about     | 2021-06-28 | -     | UNVERIFIABLE | -
            Myanmar | crackdown           | killed | 258    | -         | 2021-04-15 | junta | SUPPORTED    | myanmar-coup-junta-claim-killed
            """)
    void requiredBehaviour(String place, String event, String measure, long count, String qualifier, String asOf,
                           String source, VerdictLabel expected, String series) {
        Verdict v = verify(claim(place, event, measure, count, qualifier, asOf, source));
        assertThat(v.verdict()).as(v.explanation()).isEqualTo(expected);
        assertThat(v.kind()).isEqualTo("casualties");
        assertThat(reading(v).series()).isEqualTo(series);
        if (expected != VerdictLabel.UNVERIFIABLE) {
            assertThat(v.evidence()).isNotEmpty().allSatisfy(CasualtyVerifierTest::cited);
            assertThat(reading(v).suggestedWording()).isNotBlank();
        }
    }

    static void cited(Evidence e) {
        assertThat(e.source()).isNotBlank();
        assertThat(e.url()).startsWith("http");
        assertThat(e.location()).matches("casualty_(observations\\.csv:\\d+|daily\\.csv:\\d+ day \\d{4}-\\d\\d-\\d\\d)");
        assertThat(e.record()).isNotBlank();
    }

    @Test
    void aappAtLeast883() {
        Verdict v = verify(claim("Myanmar", "post-coup crackdown", "killed", 883, "at least", "2021-06-28", "AAPP"));
        CasualtyReading r = reading(v);
        assertThat(v.confidence()).isEqualTo(0.95);
        assertThat(r.suggestedWording()).isEqualTo("at least 883 people killed, according to AAPP (as of 28 June 2021)");
        assertThat(r.allowed()).isEqualTo(new CasualtyReading.Range(883, null));
        assertThat(r.countOnDate()).isEqualTo(new CasualtyReading.Range(883, 883L));
        assertThat(r.counter()).isEqualTo("AAPP");
        assertThat(r.role()).isEqualTo("primary");
        assertThat(r.placeName()).isEqualTo("Myanmar");
        assertThat(r.latestFigure()).isEqualTo(5982);
        assertThat(r.latestDate()).isEqualTo("2024-11-22");
        assertThat(v.explanation()).contains("AAPP counted 883 killed in Myanmar (post-coup crackdown) as of 2021-06-28")
                .contains("'at least 883' allows 883 or more, which that figure fits")
                .contains("AAPP's count has since risen to 5,982 (as of 2024-11-22)");
        assertThat(v.evidence()).first().satisfies(e -> {
            assertThat(e.role()).isEqualTo("decides");
            assertThat(e.url()).startsWith("https://fbeta.republika.co.id/");
            assertThat(e.record()).contains("menewaskan 883 orang").contains("date inferred");
        });
        assertThat(v.evidence()).extracting(Evidence::role).contains("latest figure");
    }

    @Test
    void refutedAndMisleadingSayWhy() {
        assertThat(verify(claim("Myanmar", "post-coup crackdown", "killed", 1500, "at least", "2021-06-28", null))
                .explanation()).contains("'at least 1,500' allows 1,500 or more, which excludes it");
        Verdict low = verify(claim("Myanmar", "post-coup crackdown", "killed", 50, "more than", "2021-06-28", null));
        assertThat(low.explanation()).contains("'more than 50' is less than half the count (883)");
        assertThat(low.evidence()).isNotEmpty();
        Verdict high = verify(claim("Myanmar", "post-coup crackdown", "killed", 2000, "up to", "2021-06-28", null));
        assertThat(high.verdict()).isEqualTo(VerdictLabel.MISLEADING);
        assertThat(high.explanation()).contains("more than twice the count (883)");
    }

    @Test
    void italyDailySeries() {
        Verdict v = verify(claim("Italy", "COVID-19", "deaths", 74159, null, "2020-12-31", null));
        assertThat(v.explanation()).contains("JHU CSSE counted 74,159 deaths in Italy (COVID-19) as of 2020-12-31");
        assertThat(reading(v).suggestedWording())
                .isEqualTo("at least 74,159 deaths, according to JHU CSSE (as of 31 December 2020)");
        assertThat(v.evidence().get(0).url()).isEqualTo("https://github.com/CSSEGISandData/COVID-19");
        assertThat(v.evidence().get(0).source()).startsWith("COVID-19 Data Repository by the Center for Systems");
        assertThat(verify(claim("Italy", "covid", "deaths", 75000, "nearly", "2020-12-31", null)).verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(verify(claim("Italy", "the coronavirus pandemic", "died", 74000, "more than", "2020-12-31", null))
                .verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        Verdict refuted = verify(claim("Italy", "COVID-19", "deaths", 100000, "more than", "2020-12-31", null));
        assertThat(refuted.explanation()).contains("'more than 100,000' allows 100,001 or more, which excludes it");
    }

    @Test
    void dailyTotalOfTheDayBeforeIsAcceptedAsPublicationLag() {
        Verdict v = verify(claim("Italy", "COVID-19", "deaths", 74159, null, "2021-01-01", null));
        assertThat(v.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(v.confidence()).isEqualTo(0.85);
        assertThat(v.explanation()).contains("the total of the day before (74,159 as of 2020-12-31)");
        assertThat(verify(claim("Italy", "COVID-19", "deaths", 73604, null, "2021-01-01", null)).verdict())
                .isEqualTo(VerdictLabel.REFUTED);
    }

    @Test
    void dailySeriesEnds() {
        Verdict v = verify(claim("Italy", "COVID-19", "deaths", 190000, "about", "2023-06-01", null));
        assertThat(v.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(v.explanation()).contains("The series ends on 2023-03-09");
        assertThat(reading(v).suggestedWording()).contains("(as of 9 March 2023)");
        Verdict nextDay = verify(claim("Italy", "COVID-19", "deaths", 100000, "more than", "2023-03-10", null));
        assertThat(nextDay.verdict()).as(nextDay.explanation()).isEqualTo(VerdictLabel.SUPPORTED);
    }

    @Test
    void unknownPlaceIsUnverifiable() {
        Verdict v = verify(claim("Wakanda", "COVID-19", "deaths", 10, null, "2021-01-01", null));
        assertThat(v.explanation()).isEqualTo("'Wakanda' is not a place in the dataset's gazetteer.");
        assertThat(v.evidence()).isEmpty();
        assertThat(verify(claim("Vatican City", null, "killed", 10, null, "2021-01-01", null)).explanation())
                .contains("no figures of 'killed'");
    }

    @Test
    void ambiguousEventListsTheCandidates() {
        Verdict v = verify(claim("Burma", null, "deaths", 900, "about", "2021-06-28", null));
        assertThat(reading(v).candidates()).containsExactlyInAnyOrder("covid19-deaths-myanmar",
                "myanmar-coup-aapp-killed", "myanmar-coup-junta-claim-killed");
        assertThat(v.explanation()).contains("fits several series and the claim names no event")
                .contains("COVID-19 (deaths: JHU CSSE, covid19-deaths-myanmar)")
                .contains("post-coup crackdown (killed: AAPP, myanmar-coup-aapp-killed")
                .contains("Give the event");
        Verdict turkey = verify(claim("Turkey", null, "death toll", 40000, "more than", "2023-02-19", null));
        assertThat(turkey.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(turkey.explanation()).contains("2023 earthquake").contains("COVID-19");
    }

    @Test
    void killedNeverPicksDiseaseDeathsSoOneEventFits() {
        Verdict v = verify(claim("Myanmar", null, "killed", 883, null, "2021-06-28", null));
        assertThat(v.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(reading(v).series()).isEqualTo("myanmar-coup-aapp-killed");
        Verdict italy = verify(claim("Italy", null, "killed", 74159, null, "2020-12-31", null));
        assertThat(italy.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(reading(italy).series()).as("not the COVID-19 deaths").isNull();
        assertThat(italy.explanation()).as("Italy's 'killed' figures are its earthquakes' tolls")
                .contains("No event in Italy with a toll of 'killed' on record is dated in the year before 2020-12-31");
        Verdict turkey = verify(claim("Türkiye", null, "killed", 40000, "more than", "2023-02-19", null));
        assertThat(turkey.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(reading(turkey).series()).isEqualTo("turkey-earthquake-2023-official-toll-killed");
    }

    @Test
    void eventPhrasesResolve() {
        for (String event : new String[]{"post-coup crackdown", "military crackdown since the coup", "the coup"}) {
            assertThat(reading(verify(claim("Burma", event, "dead", 883, null, "2021-06-28", null))).series())
                    .as(event).isEqualTo("myanmar-coup-aapp-killed");
        }
        assertThat(reading(verify(claim("Myanmar", "COVID-19", "deaths", 3309, null, "2021-06-28", null))).series())
                .isEqualTo("covid19-deaths-myanmar");
        assertThat(reading(verify(claim("Turkey", "2023 earthquake", "killed", 41020, null, "2023-02-19", null)))
                .series()).isEqualTo("turkey-earthquake-2023-official-toll-killed");
        assertThat(reading(verify(claim("Ukraine", "Russian invasion", "civilians killed", 6884, null, "2022-12-26",
                null))).series()).isEqualTo("ukraine-ohchr-civilian-casualties-killed");
        Verdict none = verify(claim("Myanmar", "Cyclone Nargis", "killed", 84500, null, "2008-05-10", null));
        assertThat(none.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(none.explanation()).contains("is about 'Cyclone Nargis'").contains("'post-coup crackdown'");
    }

    @Test
    void namedCounterIsJudgedAndTheOthersNoted() {
        Verdict junta = verify(claim("Myanmar", "crackdown", "killed", 258, null, "2021-04-15", "junta"));
        assertThat(junta.explanation()).contains("Myanmar junta (State Administration Council) claimed only 258 killed")
                .contains("Other counters: AAPP counted 726 as of 2021-04-15");
        assertThat(junta.evidence()).extracting(Evidence::role).containsExactly("decides", "other counter");
        assertThat(reading(junta).role()).isEqualTo("alternative");
        assertThat(reading(junta).suggestedWording())
                .isEqualTo("258 people killed, according to the Myanmar junta (as of 15 April 2021)");
        // unattributed: the primary counter decides
        Verdict unattributed = verify(claim("Myanmar", "crackdown", "killed", 258, null, "2021-04-15", null));
        assertThat(unattributed.verdict()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(unattributed.explanation()).contains("AAPP counted 726 killed")
                .contains("Other counters: Myanmar junta (State Administration Council) claimed only 258");
        assertThat(reading(verify(claim("Myanmar", "crackdown", "killed", 258, null, "2021-04-15", "the military")))
                .series()).isEqualTo("myanmar-coup-junta-claim-killed");
        Verdict who = verify(claim("Myanmar", "crackdown", "killed", 258, null, "2021-04-15", "WHO"));
        assertThat(who.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(who.explanation()).contains("no figures from 'WHO' for 'killed' in Myanmar")
                .contains("AAPP (primary), Myanmar junta (State Administration Council) (alternative)");
    }

    @Test
    void aNamedCounterAlsoSettlesWhichEvent() {
        Verdict v = verify(claim("Burma", null, "deaths", 3309, null, "2021-06-28", "Johns Hopkins"));
        assertThat(v.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(reading(v).series()).isEqualTo("covid19-deaths-myanmar");
        Verdict aapp = verify(claim("Burma", null, "deaths", 883, null, "2021-06-28", "AAPP"));
        assertThat(reading(aapp).series()).isEqualTo("myanmar-coup-aapp-killed");
        Verdict none = verify(claim("Burma", null, "deaths", 883, null, "2021-06-28", "WHO"));
        assertThat(none.explanation()).isEqualTo("The dataset has no figures from 'WHO' for 'deaths' in Myanmar; the"
                + " counters of COVID-19 and post-coup crackdown there are JHU CSSE (primary), AAPP (primary),"
                + " Myanmar junta (State Administration Council) (alternative).");
    }

    @ParameterizedTest(name = "source ''{0}''")
    @CsvSource({"UN", "United Nations", "OHCHR", "the UN Human Rights Monitoring Mission", "HRMMU"})
    void unAttributionsMeanOhchr(String source) {
        Verdict v = verify(claim("Ukraine", null, "civilians killed", 6884, null, "2022-12-26", source));
        assertThat(v.verdict()).as(v.explanation()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(reading(v).counter()).isEqualTo("OHCHR");
    }

    @ParameterizedTest(name = "source ''{0}''")
    @CsvSource({"JHU", "Johns Hopkins", "Johns Hopkins University", "JHU CSSE"})
    void jhuAttributions(String source) {
        assertThat(verify(claim("Italy", "COVID-19", "deaths", 74159, null, "2020-12-31", source)).verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
    }

    @Test
    void severalFiguresForTheDay() {
        Verdict some = verify(claim("Turkey", "earthquake", "killed", 40689, null, "2023-02-19", null));
        assertThat(some.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(some.confidence()).isEqualTo(0.75);
        assertThat(some.explanation()).contains("Pages give 2 figures for that day: 40,689, at least 41,020")
                .contains("only 40,689 fits");
        assertThat(some.evidence()).extracting(Evidence::role).contains("decides", "other figure for the day");
        Verdict both = verify(claim("Turkey", "earthquake", "killed", 35000, "more than", "2023-02-14", null));
        assertThat(both.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(both.explanation()).contains("only at least 35,418 fits");
        Verdict round = verify(claim("Turkey", "earthquake", "killed", 35000, null, "2023-02-14", null));
        assertThat(round.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(round.explanation()).contains("a bare round figure is read as approximate")
                .contains("all of them fit");
        assertThat(reading(round).roundFigure()).isTrue();
    }

    @Test
    void theLatestFigureBeforeTheDayDecidesWhenItFits() {
        Verdict all = verify(claim("Myanmar", "crackdown", "killed", 800, "at least", "2021-07-15", null));
        assertThat(all.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(all.confidence()).isEqualTo(0.9);
        assertThat(all.explanation()).contains("The latest figure on or before 2021-07-15")
                .contains("883 killed in Myanmar (post-coup crackdown) as of 2021-06-28, 17 days before")
                .contains("The next figure is 1,006 as of 2021-08-18");
        assertThat(reading(all).countOnDate()).isEqualTo(new CasualtyReading.Range(883, 883L));
        Verdict near = verify(claim("Myanmar", "crackdown", "killed", 900, "about", "2021-07-15", null));
        assertThat(near.verdict()).as("883 fits 'about 900', though 1,006 would not").isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(reading(near).suggestedWording()).isEqualTo(
                "at least 883 people killed, according to AAPP (as of 28 June 2021)");
        Verdict later = verify(claim("Myanmar", "crackdown", "killed", 1000, "about", "2021-07-15", null));
        assertThat(later.verdict()).as("only a count after the day fits").isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(later.explanation()).contains("the writer may have had a figure the data lacks");
        Verdict none = verify(claim("Myanmar", "crackdown", "killed", 800, "fewer than", "2021-07-15", null));
        assertThat(none.verdict()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(none.explanation()).contains("No count from 883 to 1,006 fits it");
    }

    @Test
    void afterTheLastFigureTheLatestStillDecidesWithinTheWindow() {
        Verdict v = verify(claim("Myanmar", "crackdown", "killed", 5000, "more than", "2024-12-01", null));
        assertThat(v.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(v.explanation()).contains("5,982");
        assertThat(verify(claim("Myanmar", "crackdown", "killed", 5982, null, "2024-12-01", null)).verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
        Verdict more = verify(claim("Myanmar", "crackdown", "killed", 7000, "more than", "2024-12-01", null));
        assertThat(more.verdict()).as("the count may have grown since").isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(more.explanation()).contains("has grown since");
    }

    @Test
    void stalenessWindow() {
        Verdict gap = verify(claim("Myanmar", "crackdown", "killed", 900, "more than", "2021-08-01", null));
        assertThat(gap.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(gap.explanation()).contains("within 31 days before 2021-08-01")
                .contains("883 as of 2021-06-28 and 1,006 as of 2021-08-18");
        Verdict ended = verify(claim("Ukraine", "war", "killed", 12000, "more than", "2025-01-01", null));
        assertThat(ended.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(ended.explanation()).contains("The series ends on 2024-09-09");
        Verdict early = verify(claim("Myanmar", "crackdown", "killed", 10, "at least", "2021-02-10", null));
        assertThat(early.verdict()).isEqualTo(VerdictLabel.UNVERIFIABLE);
        assertThat(early.explanation()).contains("start on 2021-03-15, after 2021-02-10");
    }

    @Test
    void aStockIsTakenAsUnchangedWithinTheWindow() {
        Verdict v = verify(new CasualtyClaim("Myanmar", null, "still detained", 5183L, null, null, "AAPP",
                new ClaimContext("2021-06-28")));
        assertThat(v.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(v.confidence()).isEqualTo(0.85);
        assertThat(v.explanation()).contains("AAPP counted 5,183 detained in Myanmar (post-coup crackdown) as of "
                + "2021-06-27, 1 day before 2021-06-28").contains("has since changed to 21,145");
        assertThat(reading(v).asOfSource()).isEqualTo("context.publishedAt");
        assertThat(reading(v).suggestedWording()).isEqualTo(
                "5,183 people still detained, according to AAPP (as of 27 June 2021)");
    }

    @Test
    void asOfDefaultsToToday() {
        Verdict v = verify(claim("Myanmar", "crackdown", "killed", 883, null, null, null));
        assertThat(reading(v).asOf()).isEqualTo("2021-06-28");
        assertThat(reading(v).asOfSource()).isEqualTo("today");
        assertThat(v.verdict()).isEqualTo(VerdictLabel.SUPPORTED);
    }

    @Test
    void unreadableClaimsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> verify(claim("Myanmar", null, "victims", 10, null, "2021-06-28", null)))
                .isInstanceOf(ClaimRejected.class).extracting(e -> ((ClaimRejected) e).field()).isEqualTo("measure");
        assertThatThrownBy(() -> verify(claim("Myanmar", null, "killed", 10, "a whopping", "2021-06-28", null)))
                .isInstanceOf(ClaimRejected.class).extracting(e -> ((ClaimRejected) e).field()).isEqualTo("qualifier");
        assertThatThrownBy(() -> verify(claim("Myanmar", null, "killed", 0, "fewer than", "2021-06-28", null)))
                .isInstanceOf(ClaimRejected.class).hasMessage("'fewer than 0' allows no count")
                .extracting(e -> ((ClaimRejected) e).field()).isEqualTo("count");
        assertThatThrownBy(() -> verify(new CasualtyClaim("Myanmar", null, "killed", null, null, null, null, null)))
                .isInstanceOf(ClaimRejected.class).extracting(e -> ((ClaimRejected) e).field()).isEqualTo("count");
    }

    @Test
    void injuredArrestedAndCasualties() {
        assertThat(verify(claim("Ukraine", "invasion", "wounded", 10000, "more than", "2022-12-26", "UN")).verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(verify(claim("Ukraine", "invasion", "casualties", 17831, null, "2022-12-26", null)).verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(verify(claim("Myanmar", "coup", "arrested", 27000, "more than", "2024-11-22", null)).verdict())
                .isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(verify(claim("Myanmar", "coup", "arrests", 30000, "more than", "2024-11-22", null)).verdict())
                .isEqualTo(VerdictLabel.REFUTED);
    }

    @Test
    void everyDecidedVerdictCitesEvidence() {
        String[][] claims = {
                {"Myanmar", "crackdown", "killed", "100", "at least", "2021-06-28"},
                {"Myanmar", "crackdown", "killed", "5000", "up to", "2021-06-28"},
                {"Myanmar", "crackdown", "killed", "50", "about", "2021-06-28"},
                {"Ukraine", "war", "civilian casualties", "1000", "more than", "2022-03-24"},
                {"Italy", "covid", "deaths", "1000", "under", "2020-03-01"},
        };
        for (String[] c : claims) {
            Verdict v = verify(claim(c[0], c[1], c[2], Long.parseLong(c[3]), c[4], c[5], null));
            assertThat(v.verdict()).isNotEqualTo(VerdictLabel.UNVERIFIABLE);
            assertThat(v.evidence()).as(v.explanation()).isNotEmpty().allSatisfy(CasualtyVerifierTest::cited);
        }
    }
}
