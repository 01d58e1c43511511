package io.factcheck.story;

import io.factcheck.dates.DateClaimReading;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Verdict;

import java.util.List;
import java.util.Map;

/**
 * The answer to a whole story: each claim found, where it stands, what it was read as and its verdict; what was
 * read but cannot be checked here; every date expression; and counts per verdict.
 *
 * @param summary "claims" and one count per verdict label, in the contract's order, then "notChecked"
 */
public record StoryCheck(List<FoundClaim> claims, List<NotChecked> notChecked, List<DateEntry> dates,
                         Map<String, Integer> summary, DatasetRef dataset) {

    /** Offsets in UTF-16 code units of the story's text: start inclusive, end exclusive. */
    public record TextSpan(int start, int end) {
    }

    /**
     * One claim in the copy.
     *
     * @param claim        the structured claim, exactly as it would be sent to its {@code /verify-*} function
     * @param attributedTo who made the claim when it sits in a quotation or reported speech; null otherwise
     * @param inferred     what the finder took from outside the claim's words (a jurisdiction from the story),
     *                     each said in words; empty when everything was in the claim's own words
     */
    public record FoundClaim(String id, String kind, TextSpan span, String text, Object claim, String attributedTo,
                             List<String> inferred, Verdict verdict) {
    }

    /** A claim the finders read but that nothing loaded can verify, and why. */
    public record NotChecked(TextSpan span, String text, String kind, String reason) {
    }

    /**
     * A temporal expression in TIMEX3 terms.
     *
     * @param type     DATE, TIME, DURATION or SET
     * @param value    TIMEX3 value: "2021-02-01", "2021-02", "2021-W25", "2021-06-27TNI", "2021-Q1", "2020-SU", "P5M",
     *                 "PT1H", "XXXX-WXX-1", "PRESENT_REF"
     * @param mod      TIMEX3 mod ("APPROX", "START"...) or null
     * @param readings the date reader's readings, most plausible first, for a DATE or TIME (the span of a quarter, a
     *                 counted or anchored date, a clock time's day); empty for durations, sets, references
     *                 ("PRESENT_REF"), seasons and centuries
     * @param tid          TIMEX3 tid: "t1", "t2"... in text order ("t0" is the story's date, TimeML's DCT)
     * @param anchorTimeID the tid of the time a relative value was worked out from: "t0" (the story's date) or an
     *                     earlier expression's ("the next day" after "June 28"); null for a value the words give whole
     *                     ("Feb. 1, 2021"), durations and sets
     */
    public record DateEntry(TextSpan span, String text, String type, String value, String mod,
                            List<DateClaimReading.Span> readings, String tid, String anchorTimeID) {
    }
}
