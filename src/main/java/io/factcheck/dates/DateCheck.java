package io.factcheck.dates;

import io.factcheck.kernel.ClaimCheck;
import io.factcheck.kernel.DatasetRef;

/** One date claim being checked: the claim, its readings and the event query it resolved to (null when none). */
final class DateCheck extends ClaimCheck {
    final DateClaim claim;
    final DateReadings written;
    final EventQuery query;

    DateCheck(DateClaim claim, DateReadings written, EventQuery query, DatasetRef dataset) {
        super(DateVerifier.KIND, dataset);
        this.claim = claim;
        this.written = written;
        this.query = query;
    }

    @Override
    protected DateClaimReading reading() {
        return new DateClaimReading(claim.event(), claim.date(), claim.place(),
                claim.context() == null ? null : claim.context().publishedAt(),
                DateVerifier.spans(written), written.understood(),
                written.statedWeekday() == null ? null : EventWording.name(written.statedWeekday()),
                query == null ? null : query.kind(), query == null ? null : query.subtype(),
                query == null ? null : query.place().name());
    }
}
