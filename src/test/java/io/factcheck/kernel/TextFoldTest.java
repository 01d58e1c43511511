package io.factcheck.kernel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Iván Duque-Márquez|ivan duque marquez",
            "Côte d'Ivoire|cote divoire",
            "O’Brien|obrien",
            "U.S. Army|us army",
            "  Łódź,  Ørsted  |lodz orsted",
            "Straße|strasse",
            "Ærø Þór|aero thor",
            "İstanbul|istanbul",
            "Москва́ Кремль|москва кремль",
            "abc123 DEF--4|abc123 def 4",
            "Aung San Suu Kyi (Daw)|aung san suu kyi daw",
            "’.|''",
    })
    void foldsCaseAccentsAndPunctuation(String text, String folded) {
        assertThat(TextFold.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Feb. 1|' feb 1 '", "|'  '"})
    void padsForWholeWordSearch(String text, String padded) {
        assertThat(TextFold.padded(text)).isEqualTo(padded);
    }
}
