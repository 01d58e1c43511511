package io.factcheck.official;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InternedTest {
    @Test
    void numbersEachValueOnceAndFindsItAgainAfterTheTableGrows() {
        Interned<String> words = Interned.byEquality();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            written.add("word" + i);
        }
        written.add("Aa"); // "Aa" and "BB" share a hash code: the probe must step past the other
        written.add("BB");
        for (int i = 0; i < written.size(); i++) {
            assertThat(words.idOf(written.get(i))).isEqualTo(i);
        }
        words.trim();
        for (int i = 0; i < written.size(); i++) {
            assertThat(words.idOf(new String(written.get(i)))).as("an equal string is the same value").isEqualTo(i);
            assertThat(words.find(written.get(i))).isEqualTo(i);
            assertThat(words.value(i)).isEqualTo(written.get(i));
        }
        assertThat(words.size()).isEqualTo(written.size());
        assertThat(words.values()).containsExactlyElementsOf(written);
        assertThat(words.find("never stored")).isEqualTo(Interned.UNKNOWN);
    }

    @Test
    void byIdentityTellsEqualObjectsApart() {
        Interned<String> sources = Interned.byIdentity();
        String first = new String("wikidata");
        String second = new String("wikidata");
        assertThat(sources.idOf(first)).isEqualTo(0);
        assertThat(sources.idOf(second)).isEqualTo(1);
        assertThat(sources.idOf(first)).isEqualTo(0);
        assertThat(sources.find(new String("wikidata"))).isEqualTo(Interned.UNKNOWN);
    }
}
