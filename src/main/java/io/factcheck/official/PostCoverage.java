package io.factcheck.official;

import java.util.List;

/**
 * What the records say about one post, for an editor asking what can be checked before checking it. Bounds are
 * written at their precision ("1991", "2012-11-06").
 *
 * @param post           the title as the first source wrote it
 * @param alsoWritten    the other titles its sources use, and the generic title copy may give it ("Prime Minister"
 *                       for the Taoiseach); word order and spelling do not matter either ("Defense Minister")
 * @param from           the first start on record
 * @param to             the last end on record, or, when its last holder was still in office at the source's
 *                       snapshot, that snapshot; null when a term is open in a source that gives no snapshot (the
 *                       records do not say how long they speak for)
 * @param openAtSnapshot whether {@code to} is a snapshot: the records stop there with the post still held
 * @param holders        how many people held it
 * @param records        how many tenure records it has, over all its sources (one term in two sources is two)
 * @param sources        the ids of its sources (their names and snapshots are listed beside)
 */
public record PostCoverage(String post, List<String> alsoWritten, String from, String to, boolean openAtSnapshot,
                           int holders, int records, List<String> sources) {
}
