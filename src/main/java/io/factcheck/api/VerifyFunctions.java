package io.factcheck.api;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.dates.DateClaim;
import io.factcheck.kernel.Verdict;
import io.factcheck.official.OfficialClaim;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Funqy functions: the same classes serve {@code POST /verify-*} over HTTP and the cloud bindings, one
 * function per deployment ({@code quarkus.funqy.export}). Each is a one-line call into the verification core.
 */
public class VerifyFunctions {

    @Inject
    ReferenceDataset dataset;
    @Inject
    ClaimReader claims;

    /** Input stays raw JSON so that a wrong type is reported per field, as a bad value is (see ClaimReader). */
    @Funq("verify-official")
    public Verdict verifyOfficial(ObjectNode claim) {
        return dataset.officials().verify(claims.read(claim, OfficialClaim.class, "", "/verify-official"));
    }

    @Funq("verify-date")
    public Verdict verifyDate(ObjectNode claim) {
        return dataset.dates().verify(claims.read(claim, DateClaim.class, "", "/verify-date"));
    }
}
