package io.factcheck.recheck;

import io.factcheck.casualties.CasualtyClaim;
import io.factcheck.casualties.CasualtyVerifier;
import io.factcheck.dates.DateClaim;
import io.factcheck.dates.DateVerifier;
import io.factcheck.kernel.ClaimContext;
import io.factcheck.official.OfficialClaim;
import io.factcheck.official.OfficialVerifier;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A claim as it is asked again, and the date it is asked at.
 *
 * @param checkedAt the claim's date (null when it has none: the verifier then reads it at today's date)
 * @param basis     where that date came from, in the verdicts' own words ("asOf", "context.publishedAt") or the
 *                  caller's ("asOf=today")
 */
record Question(String kind, Object claim, String checkedAt, String basis) {

    /** The claim type each kind's verifier reads. */
    static final Map<String, Class<?>> CLAIM_TYPES = Map.of(OfficialVerifier.KIND, OfficialClaim.class,
            DateVerifier.KIND, DateClaim.class, CasualtyVerifier.KIND, CasualtyClaim.class);

    /**
     * The request behind a claim as understood: a verdict's {@code claim} keeps each written field under the request's
     * own name (and the date it resolved as {@code asOf}), except a date claim's publication date, which the request
     * carries in its {@code context}. Fields the request does not have are left for the reader to ignore.
     */
    static Map<String, Object> requestOf(String kind, Map<String, Object> understood) {
        Map<String, Object> request = new LinkedHashMap<>(understood);
        if (DateVerifier.KIND.equals(kind) && understood.get("publishedAt") != null && !understood.containsKey("context")) {
            request.put("context", Map.of("publishedAt", understood.get("publishedAt")));
        }
        return request;
    }

    /**
     * The claim to ask: at {@code at} when the caller names a date, else at the date the published verdict resolved
     * (its {@code asOf}, so a claim first read at "today" stays at that day). A date claim is always asked as
     * published: when an event happened does not change with time, and its relative date ("last Sunday") must be
     * read against the same publication date.
     *
     * @param at      the caller's date, or null for the claim's own
     * @param atBasis how the caller named it ("asOf=today", "asOf=2025-01-31")
     */
    static Question of(Object claim, PublishedVerdict original, LocalDate at, String atBasis) {
        if (claim instanceof OfficialClaim c) {
            Dated date = dated(c.asOf(), c.context(), original, at, atBasis);
            return new Question(OfficialVerifier.KIND, new OfficialClaim(c.name(), c.position(), c.jurisdiction(),
                    date.date, c.status(), c.context()), date.date, date.basis);
        }
        if (claim instanceof CasualtyClaim c) {
            Dated date = dated(c.asOf(), c.context(), original, at, atBasis);
            return new Question(CasualtyVerifier.KIND, new CasualtyClaim(c.place(), c.event(), c.measure(), c.count(),
                    c.qualifier(), date.date, c.source(), c.context()), date.date, date.basis);
        }
        if (claim instanceof DateClaim c) {
            String published = c.context() == null ? null : c.context().publishedAt();
            String basis = at == null ? "context.publishedAt"
                    : "context.publishedAt (the date of an event does not change with time; " + atBasis + " is not"
                    + " applied)";
            return new Question(DateVerifier.KIND, c, published, published == null ? null : basis);
        }
        throw new IllegalArgumentException("not a claim: " + claim);
    }

    private record Dated(String date, String basis) {
    }

    private static Dated dated(String asOf, ClaimContext context, PublishedVerdict original, LocalDate at,
                               String atBasis) {
        if (at != null) {
            return new Dated(at.toString(), atBasis);
        }
        if (asOf != null) {
            return new Dated(asOf, "asOf");
        }
        String resolved = original.claimText("asOf");
        if (resolved != null) {
            String source = original.claimText("asOfSource");
            // "today" then was the day of the first check, which is the day kept
            return new Dated(resolved, source == null || source.equals("today") ? "asOf" : source);
        }
        if (context != null && context.publishedAt() != null) {
            return new Dated(context.publishedAt(), "context.publishedAt");
        }
        return new Dated(null, null);
    }
}
