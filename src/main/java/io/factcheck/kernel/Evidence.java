package io.factcheck.kernel;

import java.util.List;

/**
 * One reference record behind a verdict, with where it came from.
 *
 * @param source   the source's name, e.g. "Wikidata via EveryPolitician (russia-cabinet)"
 * @param url      where a person can check the record, if known
 * @param recordId the record's id at the source (a Wikidata statement, a row key), if known
 * @param snapshot the date the source was current to
 * @param location file and line of the record in the loaded dataset, e.g. "tenures.csv:59"
 * @param record   what the record says, in words
 * @param role     how the verdict used it: "decides", "contradicts", "implies end", "context"
 */
public record Evidence(String source, String url, String recordId, String snapshot,
                       String location, String record, String role) {

    /** The same record used another way: a figure that would have refuted, kept as context of an open answer. */
    public Evidence withRole(String newRole) {
        return new Evidence(source, url, recordId, snapshot, location, record, newRole);
    }

    /** Each record of a list used another way. */
    public static List<Evidence> withRole(List<Evidence> evidence, String newRole) {
        return evidence.stream().map(e -> e.withRole(newRole)).toList();
    }
}
