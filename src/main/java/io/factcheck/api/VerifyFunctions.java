package io.factcheck.api;

import static io.factcheck.api.KindNotServedException.requireServed;

import io.factcheck.casualties.CasualtyClaim;
import io.factcheck.dates.DateClaim;
import io.factcheck.kernel.Verdict;
import io.factcheck.official.OfficialClaim;
import io.factcheck.official.OfficialVerifier;
import io.factcheck.dates.DateVerifier;
import io.factcheck.casualties.CasualtyVerifier;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * The Funqy functions: the same classes serve {@code POST /verify-*} over HTTP and the cloud bindings, one
 * function per deployment ({@code quarkus.funqy.export}). Each is a one-line call into the verification core.
 * Funqy binds the claim itself (reading into a tree first cost a fifth of a request); when it cannot, the HTTP
 * door reads the body again to say which field is wrong (api/http/FunqyProblems).
 */
public class VerifyFunctions {
    /** The claim type each function reads, by function name. */
    public static final Map<String, Class<?>> CLAIM_TYPES = Map.of("verify-official", OfficialClaim.class,
            "verify-date", DateClaim.class, "verify-casualties", CasualtyClaim.class);

    @Inject
    ServingDataset serving;
    @Inject
    ClaimReader claims;
    @Inject
    DoorMetrics metrics;

    @Funq("verify-official")
    public Verdict verifyOfficial(OfficialClaim claim) {
        return metrics.counted(requireServed(serving.dataset(), OfficialVerifier.KIND).officials()
                .verify(claims.validate(claim, "/verify-official")));
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
    public Verdict verifyCasualties(CasualtyClaim claim) {
        return metrics.counted(requireServed(serving.dataset(), CasualtyVerifier.KIND).casualties()
                .verify(claims.validate(claim, "/verify-casualties")));
    }

    @Funq("verify-date")
    public Verdict verifyDate(DateClaim claim) {
        return metrics.counted(requireServed(serving.dataset(), DateVerifier.KIND).dates()
                .verify(claims.validate(claim, "/verify-date")));
    }
}
