package io.factcheck.recheck;

import io.factcheck.kernel.DatasetRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a re-check request: one answer per item, in the request's order.
 *
 * @param asOf      the date the caller asked the claims at, or null: each claim at its own date
 * @param checkedOn the day the re-check ran
 * @param dataset   the dataset that answered every item
 * @param summary   "items", then how many are "same", "changed" and "error"
 */
public record RecheckReport(String asOf, String checkedOn, DatasetRef dataset, Map<String, Integer> summary,
                            List<RecheckAnswer> results) {

    public static RecheckReport of(String asOf, String checkedOn, DatasetRef dataset, List<RecheckAnswer> results) {
        Map<String, Integer> summary = new LinkedHashMap<>();
        summary.put("items", results.size());
        for (String status : List.of(RecheckAnswer.SAME, RecheckAnswer.CHANGED, RecheckAnswer.ERROR)) {
            summary.put(status, (int) results.stream().filter(r -> r.status().equals(status)).count());
        }
        return new RecheckReport(asOf, checkedOn, dataset, summary, List.copyOf(results));
    }
}
