package io.factcheck.api;

import io.factcheck.recheck.RecheckReport;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;

/**
 * The function that re-checks published verdicts: {@code POST /recheck} over HTTP, and the cloud bindings' function
 * when a deployment exports {@value #NAME} (which loads every wing, see {@link ServedKinds}), run by a scheduled
 * trigger over a newsroom's archive. The date to ask at comes in the body's {@code asOf}.
 */
public class RecheckFunction {
    public static final String NAME = "recheck";

    @Inject
    Rechecks rechecks;

    @Funq(NAME)
    public RecheckReport recheck(RecheckRequest request) {
        return rechecks.recheck(request, request == null ? null : request.asOf(), "/" + NAME);
    }
}
