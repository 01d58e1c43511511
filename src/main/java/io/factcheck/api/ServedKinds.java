package io.factcheck.api;

import io.factcheck.dataset.ReferenceDataset;

import java.util.Optional;
import java.util.Set;

/**
 * Which claim kinds a deployment serves: a deployment of one function ({@code quarkus.funqy.export=verify-date})
 * serves that function's kind, and loads only that wing of the dataset; {@code check-story}, which finds claims of
 * every kind in a story, {@code recheck}, which asks published verdicts of every kind again, and the whole app serve
 * every kind.
 */
final class ServedKinds {
    private static final String FUNCTION_PREFIX = "verify-";

    private ServedKinds() {
    }

    static Set<String> forExport(Optional<String> export) {
        String function = export.map(String::strip).orElse("");
        if (function.equals(StoryFunctions.NAME) || function.equals(RecheckFunction.NAME)) {
            return ReferenceDataset.ALL_KINDS;
        }
        if (function.startsWith(FUNCTION_PREFIX)) {
            String kind = function.substring(FUNCTION_PREFIX.length());
            if (ReferenceDataset.ALL_KINDS.contains(kind)) {
                return Set.of(kind);
            }
        }
        return ReferenceDataset.ALL_KINDS;
    }

    /** The export as set before Quarkus reads its configuration: a system property or the environment. */
    static Set<String> fromLaunch() {
        return forExport(Optional.ofNullable(System.getProperty("quarkus.funqy.export"))
                .or(() -> Optional.ofNullable(System.getenv("QUARKUS_FUNQY_EXPORT"))));
    }
}
