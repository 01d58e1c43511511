package io.factcheck.casualties;

import io.factcheck.kernel.ClaimRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every qualifier of the table: which counts it allows, and when a true bound misleads. */
class QualifierTest {

    @ParameterizedTest(name = "''{0} {1}'' with a count of {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # written            | N      | count  | fits
            null                 | 883    | 883    | true
            null                 | 883    | 884    | false
            ''                   | 74159  | 74159  | true
            exactly              | 74159  | 74158  | false
            exact                | 258    | 258    | true
            only                 | 258    | 258    | true
            a total of           | 5982   | 5983   | false
            # a bare round figure (2+ trailing zeros) is read as about N; one trailing zero stays exact
            null                 | 35000  | 35418  | true
            null                 | 35000  | 36000  | false
            null                 | 4500   | 4506   | true
            null                 | 4500   | 4700   | false
            null                 | 100    | 101    | true
            null                 | 250    | 251    | false
            about                | 400000 | 397637 | true
            About                | 12000  | 12391  | true
            around               | 50000  | 90762  | false
            some                 | 900    | 883    | true
            approximately        | 900    | 849    | false
            roughly              | 1000   | 1050   | true
            an estimated         | 7      | 8      | true
            estimated            | 7      | 9      | false
            circa                | 2000   | 1799   | false
            more or less         | 2000   | 1900   | true
            nearly               | 75000  | 74159  | true
            almost               | 75000  | 75000  | false
            close to             | 75000  | 73499  | false
            just under           | 1100   | 1089   | true
            not quite            | 1100   | 1101   | false
            just shy of          | 900    | 883    | true
            slightly less than   | 900    | 900    | false
            slightly fewer than  | 900    | 880    | true
            just over            | 1000   | 1006   | true
            just above           | 1000   | 1000   | false
            slightly more than   | 1000   | 1101   | false
            a little over        | 5000   | 5143   | true
            a little more than   | 5000   | 4999   | false
            at least             | 883    | 883    | true
            At Least             | 883    | 882    | false
            a minimum of         | 10000  | 10582  | true
            no fewer than        | 10000  | 9999   | false
            no less than         | 258    | 726    | true
            not less than        | 258    | 257    | false
            more than            | 800    | 883    | true
            more than            | 883    | 883    | false
            over                 | 100000 | 74159  | false
            upwards of           | 1000   | 1001   | true
            in excess of         | 40000  | 40642  | true
            above                | 40000  | 40000  | false
            exceeding            | 5000   | 5143   | true
            up to                | 1000   | 1000   | true
            as many as           | 2330   | 2331   | false
            at most              | 900    | 883    | true
            no more than         | 900    | 901    | false
            not more than        | 300    | 258    | true
            a maximum of         | 300    | 301    | false
            fewer than           | 900    | 899    | true
            less than            | 900    | 900    | false
            under                | 1000   | 883    | true
            below                | 883    | 883    | false
            """)
    void allows(String written, long n, long count, boolean fits) {
        Qualifier q = Qualifier.read(written);
        assertThat(q.allowed(n).contains(count)).isEqualTo(fits);
    }

    @ParameterizedTest(name = "tolerance of {0} is {1}")
    @CsvSource({"400000,40000", "12000,500", "75000,1500", "50000,5000", "900,50", "883,18", "7,1", "35000,700",
            "1,1", "0,0", "10582,212"})
    void toleranceFollowsTheRoundingUnitAndTwoPercentCappedAtTen(long n, long tolerance) {
        assertThat(Qualifier.tolerance(n)).isEqualTo(tolerance);
    }

    @ParameterizedTest(name = "''{0} {1}'' when {2} were counted misleads: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            more than  | 50    | 883  | true
            more than  | 441   | 883  | true
            more than  | 442   | 883  | false
            at least   | 100   | 883  | true
            at least   | 800   | 883  | false
            up to      | 2000  | 883  | true
            up to      | 1766  | 883  | false
            fewer than | 10000 | 883  | true
            fewer than | 1000  | 883  | false
            about      | 50    | 883  | false
            nearly     | 1000  | 999  | false
            """)
    void oneSidedBoundsFarFromTheCountMislead(String written, long n, long count, boolean misleads) {
        assertThat(Qualifier.read(written).misleads(n, CountInterval.exactly(count))).isEqualTo(misleads);
    }

    @Test
    void boundsAreKeptApart() {
        assertThat(Qualifier.read("as many as")).isEqualTo(Qualifier.UP_TO);
        assertThat(Qualifier.read("over")).isEqualTo(Qualifier.MORE_THAN);
        assertThat(Qualifier.read("  Nearly ")).isEqualTo(Qualifier.NEARLY);
        assertThat(Qualifier.read(null)).isEqualTo(Qualifier.EXACT);
        assertThat(Qualifier.EXACT.readsAsRound(35000)).isTrue();
        assertThat(Qualifier.EXACT.readsAsRound(883)).isFalse();
        assertThat(Qualifier.ABOUT.readsAsRound(35000)).isFalse();
        assertThat(Qualifier.FEWER_THAN.allowed(0).isEmpty()).isTrue();
        assertThat(Qualifier.ABOUT.allowed(400000).describe()).isEqualTo("360,000 to 440,000");
        assertThat(Qualifier.MORE_THAN.allowed(800).describe()).isEqualTo("801 or more");
        assertThat(Qualifier.FEWER_THAN.allowed(50).describe()).isEqualTo("49 or fewer");
    }

    @Test
    void unknownQualifierIsRejectedWithTheList() {
        assertThatThrownBy(() -> Qualifier.read("a whopping")).isInstanceOf(ClaimRejected.class)
                .hasMessageContaining("'a whopping' is not a qualifier").hasMessageContaining("at least")
                .hasMessageContaining("as many as")
                .satisfies(e -> assertThat(((ClaimRejected) e).field()).isEqualTo("qualifier"));
    }
}
