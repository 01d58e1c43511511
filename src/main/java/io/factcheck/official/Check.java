package io.factcheck.official;

import io.factcheck.kernel.AsOf;
import io.factcheck.kernel.ClaimCheck;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Evidence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One official claim being checked: what has been read of it so far, and how to phrase the answer. */
final class Check extends ClaimCheck {
    /** How much a SUPPORTED "former" loses when the day is after the records end: a return to the post is unseen. */
    static final double PAST_RECORDS = 0.9;

    final OfficialClaim claim;
    final ClaimStatus status;
    final AsOf asOf;
    final PersonName name;
    final TenureIndex index;
    Post post;
    String person;
    /** The matched holder's record key: other posts are named only for that person, never for a namesake. */
    String personKey;
    NameMatch nameMatch;

    Check(OfficialClaim claim, AsOf asOf, PersonName name, TenureIndex index, DatasetRef dataset) {
        super(OfficialVerifier.KIND, dataset);
        this.claim = claim;
        this.status = ClaimStatus.of(claim.status());
        this.asOf = asOf;
        this.name = name;
        this.index = index;
    }

    LocalDate day() {
        return asOf.date();
    }

    /** Takes the matched holder as the person the claim is about. */
    void holder(Match best) {
        person = best.term().fullName();
        personKey = best.term().personKey();
        nameMatch = best.quality();
    }

    double confidence() {
        return nameMatch.confidence();
    }

    /** " The name 'Shoigu' was read as Sergey Shoygu (...)." when the match was not exact, else "". */
    String nameNote() {
        return nameMatch == NameMatch.EXACT ? "" : " The name '" + claim.name() + "' was read as " + person + " ("
                + nameMatch.description() + ").";
    }

    @Override
    protected OfficialReading reading() {
        return new OfficialReading(claim.name(), claim.position(),
                post == null ? claim.jurisdiction() : post.jurisdiction().name(), day().toString(), asOf.source(),
                status.label(), person, nameMatch == null ? null : nameMatch.description(),
                post == null ? null : post.label());
    }

    /** " On 2021-06-28 the post was held by Nikolay Patrushev (from 2008-05-12)." with their records as evidence. */
    String holdersOn(Post post, List<Evidence> evidence) {
        List<Term> holders = post.heldOn(day());
        holders.forEach(t -> evidence.addAll(t.evidence("held the post on the day")));
        if (holders.isEmpty()) {
            return "";
        }
        // each person once, by the fullest name and the most precise start among the sources recording the term
        Map<String, List<Term>> byPerson = holders.stream()
                .collect(Collectors.groupingBy(Term::personKey, LinkedHashMap::new, Collectors.toList()));
        return " On " + day() + " the post was held by " + byPerson.values().stream()
                .map(terms -> terms.stream().map(Term::fullName).max(Comparator.comparingInt(String::length)).orElseThrow()
                        + " (from " + terms.stream().map(Term::start)
                        .min(Comparator.comparing(DateSpan::precision)).orElseThrow() + ")")
                .collect(Collectors.joining(", ")) + ".";
    }

    /** Whether the day is after every source of the post is current to. */
    boolean pastRecords(Post post) {
        LocalDate coveredUntil = post.coveredUntil();
        return coveredUntil != null && day().isAfter(coveredUntil);
    }

    /** " On that day Sergey Shoygu held Minister of Defence (Russia)." when the person held other posts. */
    String elsewhere(Post except) {
        List<String> other = index.heldOnBy(name, day())
                .filter(t -> except == null || !except.contains(t))
                .filter(t -> personKey != null ? personKey.equals(t.personKey())
                        : t.match(name).betterThan(NameMatch.PARTIAL))
                .map(t -> {
                    Tenure row = t.tenure();
                    return t.fullName() + " held " + withoutPlace(row.position(), row.jurisdiction().name())
                            + " (" + row.jurisdiction().name() + ")";
                })
                .distinct().limit(3).toList();
        return other.isEmpty() ? "" : " On " + day() + " " + String.join("; ", other) + ".";
    }

    /** "President of Russia" in Russia is the "President" another source names: said once, not twice. */
    private static String withoutPlace(String position, String place) {
        String suffix = " of " + place;
        return position.regionMatches(true, position.length() - suffix.length(), suffix, 0, suffix.length())
                && position.length() > suffix.length() ? position.substring(0, position.length() - suffix.length())
                : position;
    }
}
