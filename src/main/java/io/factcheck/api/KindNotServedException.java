package io.factcheck.api;

import io.factcheck.dataset.ReferenceDataset;

import java.util.TreeSet;

/**
 * A claim of a kind this deployment does not serve (a deployment of one function loads one wing, see
 * {@link ServedKinds}); both doors answer it as a 404 problem that says which kinds are served here.
 */
public class KindNotServedException extends RuntimeException {

    public KindNotServedException(ReferenceDataset dataset) {
        super("this deployment serves " + String.join(", ", new TreeSet<>(dataset.kinds())) + " claims only");
    }

    /** The dataset, when it serves the kind. */
    public static ReferenceDataset requireServed(ReferenceDataset dataset, String kind) {
        if (!dataset.serves(kind)) {
            throw new KindNotServedException(dataset);
        }
        return dataset;
    }

    public Problem problem(String instance) {
        return new Problem(Problem.KIND_NOT_SERVED, "Not Found", 404, getMessage(), instance, null);
    }
}
