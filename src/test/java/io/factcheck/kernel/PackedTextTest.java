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
}
