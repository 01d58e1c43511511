package io.factcheck.recheck;

import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.VerdictLabel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Map;

/**
 * A verdict as the service returned it, kept in a newsroom's archive: the fields a re-check reads (the others, such
 * as {@code explanation} and {@code confidence}, may be present and are ignored). Unlike {@link
 * io.factcheck.kernel.Verdict} it accepts a SUPPORTED label without evidence: an archive may have kept only the label.
 *
 * @param claim    the claim as understood ({@code Verdict.claim}); enough to ask again unless the request is given
 * @param evidence the records behind it; the deciding ones are compared with the new answer's
 */
public record PublishedVerdict(@NotBlank String kind, @NotNull VerdictLabel verdict, Map<String, Object> claim,
                               List<Evidence> evidence, DatasetRef dataset) {

    public PublishedVerdict {
        evidence = evidence == null ? List.of() : evidence.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** A value of the claim as understood, as text; null when absent. */
    String claimText(String field) {
        Object value = claim == null ? null : claim.get(field);
        return value == null ? null : value.toString();
    }

    String datasetVersion() {
        return dataset == null ? null : dataset.version();
    }
}
