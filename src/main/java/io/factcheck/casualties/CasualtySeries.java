package io.factcheck.casualties;

import io.factcheck.kernel.Place;
import io.factcheck.kernel.SourceInfo;

import java.util.List;

/**
 * One row of casualty_series.csv: who counts what, for which event in which place.
 *
 * @param event      the event's label: "post-coup crackdown", "COVID-19"
 * @param eventWords words and phrases that name the event in copy ("crackdown", "since the coup")
 * @param cumulative a running total (bounded by the figures before and after a day) rather than a stock
 * @param counter    who counts: "AAPP", "OHCHR", "JHU CSSE"
 * @param role       {@link Role#PRIMARY} is the counter an unattributed claim is judged against
 * @param location   the row's place in the dataset, "casualty_series.csv:3"
 */
public record CasualtySeries(String id, Place place, String event, List<String> eventWords, Measure measure,
                             boolean cumulative, String counter, Role role, SourceInfo source, String note,
                             String location) {

    public enum Role {
        PRIMARY, ALTERNATIVE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** "AAPP (myanmar-coup-aapp-killed)" */
    public String describe() {
        return counter + " (" + id + ")";
    }
}
