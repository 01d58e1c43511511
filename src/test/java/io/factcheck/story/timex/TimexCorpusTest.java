package io.factcheck.story.timex;

import io.factcheck.dates.DateExpressionReader;
import io.factcheck.story.TimexCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TIMEX3 corpora through the tagger alone: every expression of each sentence, exactly (nothing missed, nothing
 * more), with its span matching its text. {@code TimexCorpusRestTest} runs the same cases through the REST door.
 */
class TimexCorpusTest {
    private static final TimexTagger TAGGER = new TimexTagger(new DateExpressionReader());

    @TestFactory
    Stream<DynamicTest> positive() throws IOException {
        return cases(TimexCorpus.positive());
    }

    @TestFactory
    Stream<DynamicTest> negative() throws IOException {
        return cases(TimexCorpus.negative());
    }

    private static Stream<DynamicTest> cases(List<TimexCorpus.Case> cases) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.sentence(), () -> {
            List<TimexEntry> tagged = TAGGER.tag(c.sentence(), LocalDate.parse(c.publishedAt()));
            assertThat(tagged).allSatisfy(d ->
                    assertThat(c.sentence().substring(d.start(), d.end())).isEqualTo(d.text()));
            assertThat(tagged).extracting(d -> TimexCorpus.entry(d.text(), d.type(), d.value(), d.mod()))
                    .as("published %s: %s", c.publishedAt(), c.sentence())
                    .containsExactlyElementsOf(c.expected());
        }));
    }
}
