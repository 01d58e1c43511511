package io.factcheck.official;

import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.SourceInfo;

import java.util.List;

/**
 * One row of tenures.csv: a person held a post in a jurisdiction from start to end (null: open at the source's
 * snapshot). Start and end carry their own precision: world-leader lists often know only the year.
 *
 * @param holders  "single" or "several" when the row says how many hold the post at once; null to infer it
 * @param coup     the coup the term began with, if the row records one; else null
 * @param file     the dataset file of the row, and its line there
 */
public record Tenure(String person, List<String> aliases, String personId, String position, Place jurisdiction,
                     DateSpan start, DateSpan end, String holders, SourceInfo source, String url, String recordId,
                     String note, CoupEntry coup, String file, int line) {

    /** The row's place in the dataset, "tenures.csv:59". */
    public String location() {
        return file + ":" + line;
    }

    /** "Sergey Shoygu, Minister of Defence (Russia), 2012-11-06 to 2020" */
    public String describe(DateSpan effectiveEnd) {
        return describe(person, position, jurisdiction, start, effectiveEnd);
    }

    static String describe(String person, String position, Place jurisdiction, DateSpan start, DateSpan effectiveEnd) {
        String post = position.contains(jurisdiction.name()) ? position : position + " (" + jurisdiction.name() + ")";
        return person + ", " + post + ", " + start + " to "
                + (effectiveEnd == null ? "open" : effectiveEnd.toString());
    }

    /** The row as evidence: {@code record} says what it shows, in words. */
    Evidence evidence(String record, String role) {
        return source.evidence(url, recordId, location(), record, role);
    }
}
