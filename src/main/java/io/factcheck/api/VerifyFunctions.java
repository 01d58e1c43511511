package io.factcheck.api;

import static io.factcheck.api.KindNotServedException.requireServed;

import io.factcheck.casualties.CasualtyClaim;
import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.dates.DateClaim;
import io.factcheck.kernel.Verdict;
import io.factcheck.official.OfficialClaim;
import io.factcheck.official.OfficialVerifier;
import io.factcheck.dates.DateVerifier;
import io.factcheck.casualties.CasualtyVerifier;
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
        return requireServed(dataset, OfficialVerifier.KIND).officials().verify(claims.read(claim, OfficialClaim.class, "", "/verify-official"));
    }

    /**
     * Answers without touching the dataset: the framework's own cost per call, the floor the benchmarks
     * (bench/http-load) compare every function path with. Not deployed as a function of its own.
     */
    @Funq("noop")
    public String noop(ObjectNode ignored) {
        return "ok";
    }

    @Funq("verify-casualties")
    public Verdict verifyCasualties(ObjectNode claim) {
        return requireServed(dataset, CasualtyVerifier.KIND).casualties().verify(claims.read(claim, CasualtyClaim.class, "", "/verify-casualties"));
    }

    @Funq("verify-date")
    public Verdict verifyDate(ObjectNode claim) {
        return requireServed(dataset, DateVerifier.KIND).dates().verify(claims.read(claim, DateClaim.class, "", "/verify-date"));
    }
}
