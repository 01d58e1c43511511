package io.factcheck.dataset;

import io.factcheck.kernel.DatasetRef;

import java.util.List;
import java.util.Map;

/**
 * What can be checked, place by place, in a few lines each: the answer for every place at once. A place's posts,
 * event kinds and series one by one are in its {@link PlaceCoverage}. Dates are written at their precision.
 *
 * @param places  every place the loaded data covers for some claim kind, by name
 * @param sources the sources the places cite, by id
 */
public record CoverageSummary(List<Place> places, Map<String, Coverage.Source> sources, DatasetRef dataset) {

    /** @param kinds the claim kinds the place can be checked for */
    public record Place(String id, String name, List<String> aliases, List<String> kinds, Officials official,
                        List<EventKind> date, Casualties casualties) {
    }

    /** @param records tenure records over all sources: one term in two sources is two */
    public record Officials(int posts, int records, String from, String to, List<String> sources) {
    }

    /** @param absenceRefutes whether some source records every event of the kind there for a time */
    public record EventKind(String kind, int events, String from, String to, boolean absenceRefutes) {
    }

    /**
     * @param events     what the counts over time are of ("COVID-19", "post-coup crackdown")
     * @param eventTolls how many single events (earthquakes) have a final toll
     */
    public record Casualties(int series, List<String> events, int eventTolls, String from, String to,
                             List<String> sources) {
    }
}
