package io.factcheck.kernel;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

    private static List<CsvRow> read(String text, String... required) {
        List<CsvRow> rows = new ArrayList<>();
        Csv.read(new StringReader(text), "t.csv", List.of(required), rows::add);
        return rows;
    }

    @Test
    void readsPlainQuotedAndEmptyFieldsByColumnName() {
        List<CsvRow> rows = read("\uFEFFa,b,c\n1,\"x, y\",\n\"\",plain \"inner\" quote,3\n", "a", "b", "c");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("a")).isEqualTo("1");
        assertThat(rows.get(0).get("b")).isEqualTo("x, y");
        assertThat(rows.get(0).get("c")).isEmpty();
        assertThat(rows.get(1).get("a")).isEmpty();
        assertThat(rows.get(1).get("b")).isEqualTo("plain \"inner\" quote");
        assertThat(rows.get(1).get("c")).isEqualTo("3");
    }

    @Test
    void doubledQuotesAndLineBreaksInsideQuotesKeepTheRowsStartingLine() {
        List<CsvRow> rows = read("a,b\n\"say \"\"hi\"\"\",\"two\nlines\"\nlast,row\n", "a", "b");
        assertThat(rows.get(0).get("a")).isEqualTo("say \"hi\"");
        assertThat(rows.get(0).get("b")).isEqualTo("two\nlines");
        assertThat(rows.get(0).location()).isEqualTo("t.csv:2");
        assertThat(rows.get(1).location()).isEqualTo("t.csv:4");
        assertThat(rows.get(1).get("b")).isEqualTo("row");
    }

    @Test
    void textAfterAClosingQuoteIsKeptAsWritten() {
        assertThat(read("a,b\n\"quoted\" tail,x\n", "a").get(0).get("a")).isEqualTo("quoted tail");
    }

    @Test
    void blankLinesAreSkippedAndShortRowsReadAsEmpty() {
        List<CsvRow> rows = read("a,b\n\n1\n", "a", "b");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).location()).isEqualTo("t.csv:3");
        assertThat(rows.get(0).get("b")).isEmpty();
    }

    @Test
    void badFilesFailWithFileLineAndReason() {
        assertThatThrownBy(() -> read("a,b\n1,\"open\n2,3\n", "a"))
                .isInstanceOf(DataFormatException.class).hasMessage("t.csv:2: quoted field is never closed");
        assertThatThrownBy(() -> read("a,b\n1,2,3\n", "a"))
                .isInstanceOf(DataFormatException.class).hasMessage("t.csv:2: has 3 fields, the header 2");
        assertThatThrownBy(() -> read("a,b\n", "a", "c"))
                .isInstanceOf(DataFormatException.class).hasMessageStartingWith("t.csv:1: header lacks column 'c'");
        assertThatThrownBy(() -> read("", "a"))
                .isInstanceOf(DataFormatException.class).hasMessage("t.csv:1: empty file: expected a header row");
    }

    @Test
    void linesItWritesReadBackToTheSameValues() {
        String[] values = {"plain", "with, comma", "with \"quotes\"", "two\nlines", ""};
        List<CsvRow> rows = read("a,b,c,d,e\n" + Csv.line(values) + "\n", "a");
        String[] back = {rows.get(0).get("a"), rows.get(0).get("b"), rows.get(0).get("c"), rows.get(0).get("d"),
                rows.get(0).get("e")};
        assertThat(back).containsExactly(values);
    }
}
