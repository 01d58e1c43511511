package io.factcheck.dataset;

import io.factcheck.casualties.SeriesCoverage;
import io.factcheck.dates.EventKindCoverage;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.official.PostCoverage;

import java.util.List;
import java.util.Map;

/**
 * What can be checked in one place: its posts, event kinds and casualty series, each with its span and sources.
 * A claim kind this deployment does not serve, or asked to leave out, is absent; one served but without records
 * here is an empty list.
 *
 * @param aliases the other names the gazetteer knows it by: a claim may use any of them
 * @param kinds   the claim kinds it can be checked for
 * @param sources the sources its records come from, by id
 */
public record PlaceCoverage(String id, String name, List<String> aliases, List<String> kinds,
                            List<PostCoverage> official, List<EventKindCoverage> date,
                            List<SeriesCoverage> casualties, Map<String, Coverage.Source> sources,
                            DatasetRef dataset) {
}
