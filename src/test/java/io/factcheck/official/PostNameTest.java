package io.factcheck.official;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles that name the same post reduce to the same key; different posts stay apart. */
class PostNameTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Defense Minister             | Minister of Defence
            Defence Minister             | Minister of Defense
            Foreign Minister             | Minister of Foreign Affairs
            Interior Minister            | Minister of Internal Affairs
            Security Council Secretary   | Secretary of the Security Council
            Chairman of the State Duma   | State Duma Chair
            Premier                      | Prime Minister
            Prosecutor-General           | Prosecutor General
            Union Minister for Defence   | Minister of Defence
            Health Minister              | Minister of Healthcare
            coup leader                  | Leader
            junta leader                 | Leader
            junta's Foreign Minister     | Minister of Foreign Affairs
            """)
    void sameKey(String a, String b) {
        assertThat(PostName.of(a).key()).isEqualTo(PostName.of(b).key());
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Prime Minister               | Deputy Prime Minister
            Deputy Prime Minister        | First Deputy Prime Minister
            Minister of Finance          | Deputy Minister of Finance
            State Counsellor             | Counsellor
            President                    | Vice President
            """)
    void differentKey(String a, String b) {
        assertThat(PostName.of(a).key()).isNotEqualTo(PostName.of(b).key());
    }
}
