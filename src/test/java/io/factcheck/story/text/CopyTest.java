package io.factcheck.story.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences and offsets: abbreviations and initials do not end a sentence, and nothing in the text moves an offset. */
class CopyTest {

    private static List<String> sentences(String text) {
        Copy copy = Copy.read(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < copy.sentenceCount(); i++) {
            out.add(copy.span(copy.starts[i], copy.starts[i + 1]));
        }
        return out;
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(sentences("The Feb. 1 coup ended it. Gen. Min Aung Hlaing met U.S. envoys. No. 5 was John F. Kennedy. It rained."))
                .containsExactly("The Feb. 1 coup ended it.", "Gen. Min Aung Hlaing met U.S. envoys.",
                        "No. 5 was John F. Kennedy.", "It rained.");
    }

    @Test
    void aMonthAbbreviationBeforeACapitalEndsTheSentence() {
        assertThat(sentences("He left in Feb. The talks ended.")).containsExactly("He left in Feb.", "The talks ended.");
    }

    @Test
    void quotationsCloseWithTheirSentence() {
        assertThat(sentences("He said, \u201Cwe won.\u201D Then he left! Did he? Yes."))
                .containsExactly("He said, \u201Cwe won.\u201D", "Then he left!", "Did he?", "Yes.");
    }

    @Test
    void lineBreaksEndHeadlinesButNotHardWrappedLines() {
        assertThat(sentences("Coup leader returns home\n\nBangkok, Jun 28 (EFE).- The general\nreturned on Sunday."))
                .containsExactly("Coup leader returns home", "Bangkok, Jun 28 (EFE).", "- The general\nreturned on Sunday.");
    }

    @Test
    void markupControlCharactersAndEmojiKeepOffsets() {
        String text = "<p>\u0000Russian \uD83D\uDE00 Defense\tMinister <b>Sergei Shoigu</b> spoke.\u0007</p>";
        Copy copy = Copy.read(text);
        for (Token t : copy.tokens) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(copy.tokens).extracting(Token::text).contains("Russian", "Defense", "Minister", "Sergei", "Shoigu");
    }

    @Test
    void numbersPossessivesAndHyphensStayWhole() {
        Copy copy = Copy.read("Russia\u2019s ex-President counted 1,000 and 2.3 million on 2021-02-01.");
        assertThat(copy.tokens).extracting(Token::text)
                .containsExactly("Russia\u2019s", "ex-President", "counted", "1,000", "and", "2.3", "million", "on",
                        "2021-02-01", ".");
        assertThat(copy.tokens.get(0).lower()).isEqualTo("russia");
        assertThat(copy.tokens.get(0).possessive()).isTrue();
    }
}
