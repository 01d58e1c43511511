package io.factcheck.kernel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PackedTextTest {

    @Test
    void givesBackEveryStringAsStoredAfterTrimming() {
        PackedText text = new PackedText();
        List<String> written = new ArrayList<>(List.of("", "Sergei Shoigu", "Мин Аун Хлайн", "ဗိုလ်ချုပ်", "x".repeat(200),
                "y".repeat(20_000)));
        for (int i = 0; i < 5_000; i++) {
            written.add("row " + i); // past the first capacity, so the array grows while references stay valid
        }
        List<Integer> refs = written.stream().map(text::add).toList();
        int nullRef = text.add(null);
        text.trim();

        for (int i = 0; i < written.size(); i++) {
            assertThat(text.get(refs.get(i))).isEqualTo(written.get(i));
        }
        assertThat(nullRef).isEqualTo(PackedText.NONE);
        assertThat(text.get(nullRef)).isNull();
    }

    @Test
    void comparesAStoredStringWithoutBuildingIt() {
        PackedText text = new PackedText();
        int id = text.add("Q9545");
        int cyrillic = text.add("Мин Аун Хлайн");
        int accented = text.add("Luiz Inácio Lula da Silva");
        int empty = text.add("");

        assertThat(text.is(id, "Q9545")).isTrue();
        assertThat(text.is(id, "Q954")).as("a prefix").isFalse();
        assertThat(text.is(id, "Q95451")).as("longer").isFalse();
        assertThat(text.is(id, "Q9546")).isFalse();
        assertThat(text.is(cyrillic, "Мин Аун Хлайн")).isTrue();
        assertThat(text.is(cyrillic, "Мин Аун")).isFalse();
        assertThat(text.is(accented, "Luiz Inácio Lula da Silva")).isTrue();
        assertThat(text.is(accented, "Luiz Inacio Lula da Silva")).as("the accent counts").isFalse();
        assertThat(text.is(empty, "")).isTrue();
        assertThat(text.is(empty, "x")).isFalse();
        assertThat(text.is(PackedText.NONE, null)).isTrue();
        assertThat(text.is(PackedText.NONE, "Q9545")).isFalse();
        assertThat(text.is(id, null)).isFalse();
    }
}
