package io.factcheck.official;

import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.SourceInfo;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A note ending in a line number is stored as its text before the colon and the number: it reads back as written. */
class TenureStoreNotesTest {
    private static final Place PLACE = new Place("atlantis", "Atlantis", List.of(), List.of(), null, null, null,
            List.of());
    private static final SourceInfo SOURCE = new SourceInfo("src", "A source", null, "CC0", null, "A source");

    @Test
    void everyNoteReadsBackAsWritten() {
        List<String> notes = Arrays.asList("ep-cabinets/us-cabinet.csv:812", "ep-cabinets/us-cabinet.csv:813",
                "archigos/archigos-4.1.csv:0", "a:007", "a:", ":5", "no line", "a:b:12", "a:12b", "x:262142",
                "x:262143", "x:9999999", "x:2147483648", "time 10:30", "ünïcode:44", null, "");
        TenureStore store = new TenureStore(TenureReader.TENURES, List.of());
        for (int i = 0; i < notes.size(); i++) {
            store.add(new Tenure("Ann Example", List.of(), null, "Minister", PLACE, DateSpan.year(2000), null, null,
                    SOURCE, null, null, notes.get(i), null, TenureReader.TENURES, i + 2));
        }
        for (int i = 0; i < notes.size(); i++) {
            assertThat(store.tenure(i).note()).as("row %d", i).isEqualTo(notes.get(i));
        }
        assertThat(RowTexts.noteLine("f.csv:812", 999_999)).as("the line is taken off").isEqualTo(813);
        assertThat(RowTexts.noteLine("a:007", 999_999)).as("a number not written plainly stays in the text").isZero();
    }
}
