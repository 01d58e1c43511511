package io.factcheck.story.timex;

import io.factcheck.dates.DateClaimReading;

import java.util.List;

/**
 * One TIMEX3 the tagger found: where it stands in the text, what it is, and what its value was worked out from.
 *
 * @param start        offset of its first UTF-16 unit in the text
 * @param end          offset just past it
 * @param type         DATE, TIME, DURATION or SET
 * @param value        TIMEX3 value: "2021-02-01", "2021-W25", "2021-06-27TNI", "P5M", "XXXX-WXX-1", "PRESENT_REF"
 * @param mod          TIMEX3 mod ("APPROX", "START"...) or null
 * @param readings     the date reader's readings, most plausible first, for a DATE or TIME it read; else empty
 * @param tid          TIMEX3 tid: "t1", "t2"... in text order ("t0" is the story's date, TimeML's DCT)
 * @param anchorTimeID the tid a relative value was worked out from ("t0" or an earlier expression's); null for a
 *                     value the words give whole, durations and sets
 */
public record TimexEntry(int start, int end, String text, String type, String value, String mod,
                         List<DateClaimReading.Span> readings, String tid, String anchorTimeID) {
}
