package io.factcheck.api.rest;

import io.factcheck.casualties.CasualtyClaim;
import io.factcheck.casualties.CasualtyVerifier;
import io.factcheck.api.ServingDataset;
import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.dates.DateClaim;
import io.factcheck.dates.DateVerifier;
import io.factcheck.kernel.Verdict;
import io.factcheck.official.OfficialClaim;
import io.factcheck.official.OfficialVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** The one list of claim kinds the batch endpoint accepts: each kind's claim type and the verifier that checks it. */
@ApplicationScoped
public class ClaimKinds {

    /** A claim kind: how to read its JSON and which verifier of the serving dataset answers it. */
    public record Kind<T>(String name, Class<T> claimType, BiFunction<ReferenceDataset, T, Verdict> verifier) {
        Verdict verify(ReferenceDataset dataset, Object claim) {
            return verifier.apply(dataset, claimType.cast(claim));
        }
    }

    private final Map<String, Kind<?>> kinds;

    @Inject
    public ClaimKinds(ServingDataset serving) {
        ReferenceDataset dataset = serving.dataset(); // a reload keeps the claim kinds: they come from the export
        // only the kinds this deployment serves (see ServedKinds); the verifiers are looked up per claim
        Map<String, Kind<?>> all = Map.of(
                OfficialVerifier.KIND, new Kind<>(OfficialVerifier.KIND, OfficialClaim.class,
                        (data, claim) -> data.officials().verify(claim)),
                DateVerifier.KIND, new Kind<>(DateVerifier.KIND, DateClaim.class, (data, claim) -> data.dates().verify(claim)),
                CasualtyVerifier.KIND, new Kind<>(CasualtyVerifier.KIND, CasualtyClaim.class,
                        (data, claim) -> data.casualties().verify(claim)));
        this.kinds = all.entrySet().stream().filter(e -> dataset.serves(e.getKey()))
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<Kind<?>> byName(String name) {
        return Optional.ofNullable(name).map(kinds::get);
    }

    public String names() {
        return String.join(", ", new java.util.TreeSet<>(kinds.keySet()));
    }
}
