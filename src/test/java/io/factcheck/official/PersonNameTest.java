package io.factcheck.official;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How written names match recorded ones: the table is the specification. */
class PersonNameTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Sergei Shoigu                   | Sergei Shoigu        | EXACT
            Iván Duque                      | Ivan Duque           | EXACT
            Senior General Min Aung Hlaing  | Min Aung Hlaing      | EXACT
            Gen. Min Aung Hlaing            | Min Aung Hlaing      | EXACT
            Daw Aung San Suu Kyi            | Aung San Suu Kyi     | EXACT
            U Win Myint                     | Win Myint            | EXACT
            President Vladimir Putin        | Vladimir Putin       | EXACT
            Sergei Shoigu                   | Sergey Shoygu        | VARIANT
            Nikolai Patrushev               | Nikolay Patrushev    | VARIANT
            Gurbanguly Berdimuhamedov       | Gurbanguly Berdimuhamedow | VARIANT
            Dmitriy Medvedev                | Dmitry Medvedev      | VARIANT
            Aleksei Overchuk                | Alexey Overchuk      | VARIANT
            Yevgeny Zinichev                | Evgeny Zinichev      | VARIANT
            Shoigu                          | Sergey Shoygu        | PARTIAL
            Suu Kyi                         | Aung San Suu Kyi     | PARTIAL
            Putin                           | Vladimir Putin       | PARTIAL
            Sergei Shoygou                  | Sergey Shoygu        | NEAR
            Nikolai Patrushev               | Dmitry Patrushev     | NONE
            Vladimir Putin                  | Vladimir Zhirinovsky | NONE
            Sergei                          | Sergey Shoygu        | NONE
            Min Aung Hlaing                 | Aung San Suu Kyi     | NONE
            Angela Merkel                   | Merkel               | PARTIAL
            Georgios Papandreou             | G. Papandreou        | PARTIAL
            Vaso Papandreou                 | G. Papandreou        | NONE
            Muammar Qaddafi                 | Muammar Kadhafi      | VARIANT
            Muammar Gaddafi                 | Qaddafi              | NEAR
            Justin Trudeau                  | Pierre Trudeau       | NONE
            """)
    void matches(String written, String recorded, NameMatch expected) {
        assertThat(PersonName.of(written).matchAgainst(PersonName.of(recorded))).isEqualTo(expected);
    }
}
