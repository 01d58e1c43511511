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
 * @param finalToll  {@link FinalToll#NONE} for figures published as the count went on; otherwise each figure is a
 *                   final toll, compiled after the fact for a calendar year or for one dated event, with no date of
 *                   publication
 * @param counting   how a counter that restarts its count is read: {@link Counting#PHASE} as published, within
 *                   each counting phase; {@link Counting#WHOLE} a continuous total across the phases
 */
public record CasualtySeries(String id, Place place, String event, List<String> eventWords, Measure measure,
                             boolean cumulative, String counter, Role role, SourceInfo source, String note,
                             String location, FinalToll finalToll, Counting counting) {

    public CasualtySeries(String id, Place place, String event, List<String> eventWords, Measure measure,
                          boolean cumulative, String counter, Role role, SourceInfo source, String note,
                          String location, FinalToll finalToll) {
        this(id, place, event, eventWords, measure, cumulative, counter, role, source, note, location, finalToll,
                Counting.CONTINUOUS);
    }

    public CasualtySeries(String id, Place place, String event, List<String> eventWords, Measure measure,
                          boolean cumulative, String counter, Role role, SourceInfo source, String note,
                          String location) {
        this(id, place, event, eventWords, measure, cumulative, counter, role, source, note, location, FinalToll.NONE);
    }

    /**
     * What a figure counts. {@code YEAR}: the final toll of the calendar year its {@code as_of} ends (UCDP's yearly
     * battle-related deaths); {@code EVENT}: the final toll of the event on its {@code as_of} day (NOAA's
     * earthquake deaths).
     */
    public enum FinalToll {
        NONE, YEAR, EVENT;

        public String code() {
            return this == NONE ? "" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * {@code CONTINUOUS}: the counter never restarts (most). {@code PHASE}: figures as the counter published them,
     * each counting from the start of its phase (Lebanon's health ministry restarts at each escalation);
     * {@code WHOLE}: the same counter's phases summed into one total over the whole period, by whoever compiled it.
     */
    public enum Counting {
        CONTINUOUS, PHASE, WHOLE;

        public String code() {
            return this == CONTINUOUS ? "" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * {@code PRIMARY} judges unattributed claims, {@code ALTERNATIVE} claims that name its counter;
     * {@code EXTRAPOLATION} figures are a compiler's estimates for days without a counter's figure: shown beside
     * the verdict, never deciding it.
     */
    public enum Role {
        PRIMARY, ALTERNATIVE, EXTRAPOLATION;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** "AAPP (myanmar-coup-aapp-killed)" */
    public String describe() {
        return counter + " (" + id + ")";
    }
}
