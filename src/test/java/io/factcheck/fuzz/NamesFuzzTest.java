package io.factcheck.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.parallel.ResourceLock;
import io.factcheck.kernel.TextFold;
import io.factcheck.official.NameMatch;
import io.factcheck.official.PersonName;
import io.factcheck.official.PostName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Name folding and matching take any text (input: a written name, a newline, a recorded name): folding never fails
 * and is stable (folding folded text changes nothing), a name matches itself exactly, and any two names compare
 * without failing.
 */
@ResourceLock(FuzzInput.JAZZER) // Jazzer runs one fuzz test at a time (the plain tests run in parallel)
class NamesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void foldsAndMatchesAnyText(byte[] data) {
        String[] names = FuzzInput.lines(data, 2);
        for (String written : names) {
            String folded = TextFold.fold(written);
            assertThat(TextFold.fold(folded)).as(written).isEqualTo(folded);
            PersonName name = PersonName.of(written);
            if (!name.isEmpty()) {
                assertThat(name.matchAgainst(name)).as(written).isEqualTo(NameMatch.EXACT);
            }
            assertThat(PostName.of(written)).isNotNull();
        }
        PersonName written = PersonName.of(names[0]);
        PersonName recorded = PersonName.of(names[1]);
        assertThat(written.matchAgainst(recorded)).isNotNull();
        assertThat(recorded.matchAgainst(written)).isNotNull();
    }
}
