package io.factcheck.official;

import io.factcheck.kernel.Place;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A post in a jurisdiction and every recorded term in it, ordered by start.
 *
 * @param label        the title as the first source wrote it
 * @param singleHolder whether one person holds it at a time, so that another holder refutes a claim
 */
public record Post(Place jurisdiction, PostName name, String label, boolean singleHolder, List<Term> terms) {

    /** Titles whose holders serve side by side, unless a row says otherwise. */
    private static final Set<String> SEVERAL_HOLDER_WORDS = Set.of("deputy", "member", "representative",
            "plenipotentiary", "adviser", "advisor", "judge", "justice", "senator", "assistant", "portfolio",
            "envoy", "commissioner", "secretaries", "ministers", "vice");

    static boolean inferSingleHolder(PostName name) {
        if (name.words().equals(Set.of("minister"))) {
            return false;
        }
        return name.words().stream().noneMatch(SEVERAL_HOLDER_WORDS::contains);
    }

    /** The last day any source of this post's records is current to, or null when none says. */
    public LocalDate coveredUntil() {
        LocalDate latest = null;
        for (Term term : terms) {
            LocalDate snapshot = term.tenure().source().snapshot();
            if (snapshot != null && (latest == null || snapshot.isAfter(latest))) {
                latest = snapshot;
            }
        }
        return latest;
    }

    public List<Term> heldOn(LocalDate day) {
        return terms.stream().filter(t -> t.statusOn(day) == Term.Status.HELD).toList();
    }

    /** "Minister of Defence (Russia)" */
    public String describe() {
        return label.contains(jurisdiction.name()) ? label : label + " (" + jurisdiction.name() + ")";
    }
}
