package io.factcheck.story;

import io.factcheck.casualties.CasualtyClaim;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tolls of Gaza, the West Bank and Lebanon in copy, read with their places, counters and sub-counts and judged
 * against the bundled Tech for Palestine series (figures as the files hold them on the stories' dates).
 */
class GazaLebanonStoryTest {

    @Test
    void aTollWithItsChildrenAndItsCounter() {
        StoryCheck check = StoryFixture.check("More than 40,000 Palestinians have been killed in Gaza, including"
                + " 16,456 children, according to the health ministry in Gaza.", "2024-08-15");
        List<StoryCheck.FoundClaim> claims = check.claims();
        print(claims);
        assertThat(claims).hasSize(2);
        CasualtyClaim toll = (CasualtyClaim) claims.get(0).claim();
        assertThat(toll.place()).isEqualTo("Gaza Strip");
        assertThat(toll.measure()).isEqualTo("killed");
        assertThat(toll.source()).contains("health ministry in Gaza");
        assertThat(claims.get(0).verdict().verdict().name()).isEqualTo("SUPPORTED");
        assertThat(claims.get(0).verdict().explanation()).contains("40,005");
        CasualtyClaim children = (CasualtyClaim) claims.get(1).claim();
        assertThat(children.measure()).isEqualTo("children killed");
        assertThat(children.count()).isEqualTo(16_456);
        assertThat(claims.get(1).verdict().verdict().name()).isEqualTo("SUPPORTED");
        assertThat(claims.get(1).verdict().explanation()).contains("16,456 children killed");
    }

    @Test
    void lebanonsPhaseAndTheWestBanksUn() {
        StoryCheck check = StoryFixture.check("Israeli strikes have killed 4,346 people in Lebanon since March 2,"
                + " Lebanon's health ministry said. In the occupied West Bank, at least 1,100 people have been killed"
                + " since October 2023, according to the UN.", "2026-08-16");
        List<StoryCheck.FoundClaim> claims = check.claims();
        print(claims);
        assertThat(claims).hasSize(2);
        assertThat(((CasualtyClaim) claims.get(0).claim()).place()).isEqualTo("Lebanon");
        assertThat(claims.get(0).verdict().verdict().name()).isEqualTo("SUPPORTED");
        assertThat(claims.get(0).verdict().explanation()).contains("within its counting phase");
        assertThat(((CasualtyClaim) claims.get(1).claim()).place()).isEqualTo("West Bank");
        assertThat(claims.get(1).verdict().verdict().name()).isEqualTo("SUPPORTED");
        assertThat(claims.get(1).verdict().explanation()).contains("UN OCHA");
    }

    private static void print(List<StoryCheck.FoundClaim> claims) {
        claims.forEach(c -> System.out.println(c.text() + " | " + c.claim() + " | " + c.verdict().verdict() + " | "
                + c.verdict().explanation()));
    }
}
