package io.factcheck.official;

import io.factcheck.kernel.TextFold;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A post's title reduced to the set of words that identify it, so word order, spelling and synonyms do not matter:
 * "Defense Minister", "Defence Minister" and "Minister of Defence" all become {defence, minister}; "Foreign
 * Minister" and "Minister of Foreign Affairs" become {foreign, minister}. Place names are taken out by the caller.
 *
 * @param key the identity of the post: its words in order, "defence minister"
 */
public record PostName(String written, Set<String> words, String key) {

    /**
     * Words that do not tell posts apart. "Federal" and "Union" only say which level of government ("Union
     * Minister for Defence" is Myanmar's Defence Minister); "Affairs" only pads a portfolio ("Foreign Affairs");
     * "coup" and "junta" only say which regime ("junta's foreign minister" is its Foreign Minister); a title naming
     * the coup's own leader is read as such before it gets here (see {@link CoupTitle}).
     */
    private static final Set<String> FILLER = Set.of("of", "the", "for", "and", "on", "in", "at", "to", "s",
            "affairs", "federal", "union", "ministry", "coup", "junta", "juntas");

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("defense", "defence"),
            Map.entry("labor", "labour"),
            Map.entry("counselor", "counsellor"),
            Map.entry("councillor", "counsellor"),
            Map.entry("center", "centre"),
            Map.entry("organization", "organisation"),
            Map.entry("interior", "internal"),
            Map.entry("chairman", "chair"),
            Map.entry("chairwoman", "chair"),
            Map.entry("chairperson", "chair"),
            Map.entry("premier", "prime minister"),
            Map.entry("pm", "prime minister"),
            Map.entry("emergencies", "emergency"),
            Map.entry("situations", "situation"),
            Map.entry("economic", "economy"),
            Map.entry("economics", "economy"),
            Map.entry("finances", "finance"),
            Map.entry("financial", "finance"),
            Map.entry("healthcare", "health"),
            Map.entry("sports", "sport"),
            Map.entry("transportation", "transport"),
            Map.entry("telecommunications", "communication"),
            Map.entry("communications", "communication"),
            Map.entry("relations", "relation"),
            Map.entry("resources", "resource"),
            Map.entry("ministers", "minister"));

    public static PostName of(String written) {
        String[] tokens = TextFold.fold(written).split(" ");
        Set<String> words = new TreeSet<>();
        for (String token : tokens) {
            String mapped = SYNONYMS.getOrDefault(token, token);
            words.addAll(Arrays.asList(mapped.split(" ")));
        }
        words.removeIf(w -> w.isEmpty() || FILLER.contains(w));
        return new PostName(written, Set.copyOf(words), String.join(" ", words));
    }

    /** The written forms that fold to another word ("defense", "premier"): title words as copy spells them. */
    static Set<String> synonymForms() {
        return SYNONYMS.keySet();
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
