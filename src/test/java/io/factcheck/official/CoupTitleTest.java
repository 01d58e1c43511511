package io.factcheck.official;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which titles name whoever took power in a coup, and which name a post of the regime. */
class CoupTitleTest {

    @ParameterizedTest
    @ValueSource(strings = {"coup leader", "junta leader", "junta chief", "head of the military junta",
            "Coup Leader", "junta's leader", "coup d'état leader", "junta chairman"})
    void namesTheCoupsLeader(String title) {
        assertThat(CoupTitle.namesLeader(title)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"leader", "coup", "junta", "junta's foreign minister", "coup-era defence minister",
            "Myanmar coup leader", "opposition leader", ""})
    void namesSomethingElse(String title) {
        // "Myanmar coup leader" reaches it with the country already taken out
        assertThat(CoupTitle.namesLeader(title)).isFalse();
    }
}
