package io.factcheck.official;

import io.factcheck.kernel.TextFold;

import java.util.List;
import java.util.Set;

/**
 * Titles that name whoever took power in a coup: "coup leader", "junta leader", "junta chief", "head of the
 * military junta". Other titles with these words name a post of the regime ("junta's foreign minister"), and
 * {@link PostName} drops the words from them as filler.
 */
final class CoupTitle {
    private static final Set<String> COUP = Set.of("coup", "coups", "junta", "juntas", "putsch");
    private static final Set<String> LEADER = Set.of("leader", "chief", "head", "ruler", "strongman", "boss",
            "chair", "chairman");
    /** Words that may stand beside them without naming another post. */
    private static final Set<String> OTHER = Set.of("military", "army", "detat", "the", "of", "s");

    /** How copy usually writes them, for an editor: the titles that find the Leader post. */
    static final List<String> WRITTEN = List.of("coup leader", "junta leader");

    private CoupTitle() {
    }

    /** @param title the claim's title, with the jurisdiction's names already taken out */
    static boolean namesLeader(String title) {
        boolean coup = false;
        boolean leader = false;
        for (String word : TextFold.fold(title).split(" ")) {
            if (COUP.contains(word)) {
                coup = true;
            } else if (LEADER.contains(word)) {
                leader = true;
            } else if (!OTHER.contains(word)) {
                return false;
            }
        }
        return coup && leader;
    }
}
