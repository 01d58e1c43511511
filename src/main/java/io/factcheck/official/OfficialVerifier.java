package io.factcheck.official;

import io.factcheck.kernel.AsOf;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.PlaceMention;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an {@link OfficialClaim} against the tenure index. Stateless and thread-safe. Finds the post and the
 * holder, then judges by the claim's status: current (here), former ({@link FormerRule}), acting (as current, see
 * {@link #asActing}); a title naming a coup's leader goes to {@link CoupLeaderRule} whatever the status.
 */
public final class OfficialVerifier {
    public static final String KIND = "official";
    /** How much an acting claim's support loses: the records do not say whether a term was acting. */
    static final double ACTING = 0.9;
    /** How much support loses when another source does not show the person in the post on the day. */
    static final double DISPUTED = 0.8;

    private final Places places;
    private final TenureIndex index;
    private final DatasetRef dataset;
    private final Clock clock;

    public OfficialVerifier(Places places, TenureIndex index, DatasetRef dataset, Clock clock) {
        this.places = places;
        this.index = index;
        this.dataset = dataset;
        this.clock = clock;
    }

    /** The words of the posts on record, for finders that look for titles in copy. */
    public TitleWords titleWords() {
        return index.titleWords();
    }

    /** What the records cover, per place id: each post's span, holders and sources. Worked out anew each call. */
    public Map<String, List<PostCoverage>> coverage() {
        return index.coverage();
    }

    public Verdict verify(OfficialClaim claim) {
        return judge(newCheck(claim));
    }

    /**
     * The post the claim resolves to and its holders around the claim's date, for a picture: the same resolution
     * and name matching as {@link #verify}; when no post is found, the verdict's explanation says why.
     */
    public PostContext context(OfficialClaim claim) {
        Check check = newCheck(claim);
        Verdict verdict = judge(check);
        if (check.post == null) {
            return PostContext.notFound(check, verdict);
        }
        return PostContext.of(check, matchesIn(List.of(check.post), check.name), dataset);
    }

    private Check newCheck(OfficialClaim claim) {
        return new Check(claim, AsOf.resolve(claim.asOf(), claim.context(), clock), PersonName.of(claim.name()),
                index, dataset);
    }

    private Verdict judge(Check check) {
        OfficialClaim claim = check.claim;
        PersonName name = check.name;
        Place place = null;
        String title = claim.position();
        if (claim.jurisdiction() != null && !claim.jurisdiction().isBlank()) {
            Optional<Place> given = places.resolve(claim.jurisdiction())
                    .or(() -> places.findIn(claim.jurisdiction()).map(PlaceMention::place));
            if (given.isEmpty()) {
                return check.unverifiable("The jurisdiction '" + claim.jurisdiction() + "' is not a place or body in "
                        + "the dataset.", List.of());
            }
            place = given.get();
        } else {
            Optional<PlaceMention> inTitle = places.findIn(title);
            if (inTitle.isPresent()) {
                place = inTitle.get().place();
                title = inTitle.get().remainder();
            }
        }
        if (name.isEmpty()) {
            return check.unverifiable("The name '" + claim.name() + "' holds no name once titles are removed.", List.of());
        }
        // the title without the jurisdiction's own names: "President of Russia" in Russia is "President"
        String bare = place != null ? places.strip(title, place) : title;
        boolean coup = CoupTitle.namesLeader(bare);
        PostName postName = PostName.of(coup ? TenureIndex.LEADER : bare);
        List<Post> posts = place != null ? index.find(postName, place) : index.findAnywhere(postName);
        if (posts.isEmpty()) {
            return check.unverifiable("No post called '" + claim.position() + "' is on record"
                    + (place != null ? " for " + place.name() : "") + "." + check.elsewhere(null), List.of());
        }
        List<Match> matches = matchesIn(posts, name);
        if (place == null) {
            List<Post> withPerson = posts.stream().filter(p -> matches.stream().anyMatch(m -> m.post() == p)).toList();
            if (withPerson.size() != 1) {
                return check.unverifiable("'" + claim.position() + "' names posts in " + posts.size()
                        + " places; give the jurisdiction to check it.", List.of());
            }
            posts = withPerson;
        }
        Post post = posts.get(0);
        check.post = post;
        List<Match> inPost = matches.stream().filter(m -> m.post() == post).toList();
        if (inPost.isEmpty()) {
            return coup || check.status == ClaimStatus.FORMER ? notOnRecord(check, coup)
                    : asActing(check, notAHolder(check));
        }
        if (people(inPost) > 1 && check.status != ClaimStatus.FORMER) {
            // the copy names whoever held it then: of several people of that name, the one in the post on the day
            List<Match> onTheDay = Match.heldOn(inPost, check.day());
            if (!onTheDay.isEmpty() && people(onTheDay) == 1) {
                inPost = onTheDay;
            }
        }
        if (people(inPost) > 1) {
            return check.unverifiable("'" + claim.name() + "' fits several holders of " + post.describe() + ": "
                    + inPost.stream().map(m -> m.term().fullName()).distinct().collect(Collectors.joining(", "))
                    + ". Give the full name.", List.of());
        }
        check.holder(bestNamed(inPost));
        Optional<Verdict> doubt = weakMatchOfAnotherPerson(check, inPost);
        if (doubt.isPresent()) {
            return doubt.get();
        }
        if (coup) {
            return asActing(check, CoupLeaderRule.judge(check, inPost));
        }
        if (check.status == ClaimStatus.FORMER) {
            return FormerRule.judge(check, inPost);
        }
        if (check.status == ClaimStatus.ACTING) {
            Optional<Verdict> recorded = actingRecord(check, place, title);
            if (recorded.isPresent()) {
                return recorded.get();
            }
        }
        return asActing(check, judgeHolder(check, inPost));
    }

    private Verdict judgeHolder(Check check, List<Match> matched) {
        LocalDate day = check.day();
        List<Match> terms = Match.withoutOutvoted(matched, day);
        Post post = check.post;
        List<Match> held = Match.heldOn(terms, day);
        Optional<Verdict> disagreement = Match.heldOnlyByACorroboratingSource(check, held);
        if (disagreement.isPresent()) {
            return disagreement.get();
        }
        if (!held.isEmpty()) {
            List<Match> disputing = Match.disputing(terms, held, day);
            List<Evidence> evidence = new ArrayList<>(Match.evidenceOf(held, "decides"));
            evidence.addAll(Match.evidenceOf(disputing, "disagrees"));
            String dispute = disputing.isEmpty() ? "" : " The sources disagree on the term's bounds by more than "
                    + Match.SAME_BOUND_DAYS + " days near that day:" + Match.disputes(disputing);
            return check.verdict(VerdictLabel.SUPPORTED, check.confidence() * (disputing.isEmpty() ? 1.0 : DISPUTED),
                    check.person + " held " + post.describe() + " " + held.get(0).term().heldSpan() + "; " + day
                            + " falls in that term." + Match.agreement(held) + dispute + check.nameNote(), evidence);
        }
        List<Match> unknown = Match.unknownOn(terms, day);
        if (!unknown.isEmpty()) {
            Term term = unknown.get(0).term();
            return check.unverifiable("The data shows " + term.describe() + ", but " + term.whyUnknown(day) + "."
                    + check.nameNote(), Match.evidenceOf(unknown, "context"));
        }
        if (check.pastRecords(post) || !post.covers(day)) {
            String reach = check.pastRecords(post) ? " are current only to " + post.coveredUntil()
                    : " do not cover " + day + " (they begin in " + post.recordedFrom().getYear()
                    + ", or skip more than " + Post.GAP_DAYS + " days around that day)";
            return check.unverifiable("The records of " + post.describe() + reach + "; they show " + check.person
                    + " in it " + Match.spans(terms) + ", and cannot say who held it on " + day + "."
                    + check.nameNote(), Match.evidenceOf(terms, "context"));
        }
        List<Match> precise = Match.precise(terms);
        Optional<Verdict> handover = HandoverRule.judge(check, precise);
        if (handover.isPresent()) {
            return handover.get();
        }
        List<Evidence> evidence = new ArrayList<>(Match.evidenceOf(precise, "contradicts"));
        String onTheDay = check.holdersOn(post, evidence);
        // another holder the name fits, not the same person's own record of another source (linked to them)
        Optional<Term> sameName = post.heldOn(day).stream().filter(t -> t.match(check.name).isMatch()
                && matched.stream().noneMatch(m -> m.term().personKey().equals(t.personKey()))).findFirst();
        if (sameName.isPresent()) {
            return check.unverifiable(check.person + " held " + post.describe() + " " + Match.spans(precise) + "."
                    + onTheDay + " The written name '" + check.claim.name() + "' fits " + sameName.get().fullName()
                    + " too, so it may name that holder." + check.nameNote(),
                    evidence.stream().map(e -> withRole(e, "context")).toList());
        }
        return check.verdict(VerdictLabel.REFUTED, check.confidence(), check.person + " held " + post.describe()
                + " only " + Match.spans(precise) + ", not on " + day + "." + onTheDay + check.elsewhere(post)
                + check.nameNote(), evidence);
    }

    private Verdict notAHolder(Check check) {
        LocalDate day = check.day();
        Post post = check.post;
        List<Term> holders = post.heldOn(day);
        if (post.singleHolder() && !holders.isEmpty()) {
            Optional<Verdict> namesake = namesake(check, holders);
            if (namesake.isPresent()) {
                return namesake.get();
            }
        }
        if (holders.stream().anyMatch(t -> sharesAName(check.name, t))) {
            return check.unverifiable("'" + check.claim.name() + "' may name " + holders.get(0).fullName()
                    + ", who held " + post.describe() + " on " + day + ", but the name does not match well enough"
                    + " to say so. Give the full name.", holders.get(0).evidence("context"));
        }
        if (post.singleHolder() && !holders.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>();
            String onTheDay = check.holdersOn(post, evidence);
            if (index.knownAs(check.name, NameMatch.PARTIAL).isEmpty()) {
                return check.unverifiable("No record shows anyone called " + check.claim.name() + "." + onTheDay
                        + " The name may be written in a form the records do not know, so this is not a refutation.",
                        evidence.stream().map(e -> withRole(e, "context")).toList());
            }
            return check.verdict(VerdictLabel.REFUTED, 0.9, "No record shows " + check.claim.name() + " as "
                    + post.describe() + "." + onTheDay + check.elsewhere(post), evidence);
        }
        String why = holders.isEmpty() ? " The records do not show who held it on " + day + "."
                : " It is held by several people at once and the records may be incomplete, so this is not a refutation.";
        return check.unverifiable("No record shows " + check.claim.name() + " as " + post.describe() + "." + why
                + check.elsewhere(post), List.of());
    }

    /**
     * The written name is exactly that of someone on record (a Wikidata person) other than the post's holder on the
     * day: a relative or namesake ("Vaso Papandreou" for Greece's Prime Minister in 2010, when Giorgos Papandreou
     * held it). Only people the records tell apart by their ids count, so a surname-only source never makes one.
     */
    private Optional<Verdict> namesake(Check check, List<Term> holders) {
        // the holders as entities: surname-only records count through the identified person they were linked to
        Set<String> holderIds = holders.stream().map(Term::personKey).collect(Collectors.toSet());
        if (holderIds.stream().noneMatch(OfficialVerifier::isPersonId)) {
            return Optional.empty();
        }
        List<Match> others = index.knownAs(check.name, NameMatch.VARIANT).stream()
                .filter(m -> isPersonId(m.term().personKey()) && !holderIds.contains(m.term().personKey()))
                .toList();
        Set<String> otherIds = others.stream().map(m -> m.term().personKey()).collect(Collectors.toSet());
        if (otherIds.size() != 1) {
            return Optional.empty();
        }
        Term other = others.get(others.size() - 1).term();
        List<Evidence> evidence = new ArrayList<>(other.evidence("names the person the claim names"));
        String onTheDay = check.holdersOn(check.post, evidence);
        return Optional.of(check.verdict(VerdictLabel.REFUTED, 0.9, check.claim.name() + " is on record as "
                + other.person() + " (" + other.tenure().personId() + "), " + other.tenure().position() + " ("
                + other.tenure().jurisdiction().name() + ") " + other.span() + ", a different person from the holder"
                + " of " + check.post.describe() + "." + onTheDay, evidence));
    }

    /**
     * How many people the matched terms are about: one per identified person, plus each unidentified record (a
     * surname-only source) whose names are not part of an identified matched person's.
     */
    private static int people(List<Match> matches) {
        // plain loops: this runs on every claim, and most matched lists hold one identified person
        Set<String> ids = new HashSet<>(4);
        List<Term> identified = new ArrayList<>(matches.size());
        List<Term> unidentified = List.of();
        for (Match m : matches) {
            Term term = m.term();
            String key = term.personKey();
            if (isPersonId(key)) {
                ids.add(key);
                identified.add(term);
            } else {
                if (unidentified.isEmpty()) {
                    unidentified = new ArrayList<>(2);
                }
                unidentified.add(term);
            }
        }
        Set<String> others = new HashSet<>(2);
        for (Term term : unidentified) {
            if (!namedByAny(term, identified)) {
                others.add(term.personKey());
            }
        }
        return ids.size() + others.size();
    }

    /** Whether one of a record's names fits one of the identified terms' holders. */
    private static boolean namedByAny(Term record, List<Term> identified) {
        if (identified.isEmpty()) {
            return false;
        }
        for (PersonName name : record.names()) {
            for (Term holder : identified) {
                if (holder.match(name).isMatch()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The match that names the person: the best name quality, a record with a person id before one without. */
    private static Match bestNamed(List<Match> matches) {
        Match best = matches.get(0);
        for (Match m : matches) {
            if (m.quality().betterThan(best.quality())
                    || m.quality() == best.quality() && m.term().hasPersonId() && !best.term().hasPersonId()) {
                best = m;
            }
        }
        return best;
    }

    /** A Wikidata id ("Q151917"): a person the records tell apart from namesakes. */
    static boolean isPersonId(String key) {
        if (key.length() < 2 || key.charAt(0) != 'Q') {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A holder matched only through a shorter recorded name ("Karamanlis" of a surname-only source) while the
     * written name is exactly that of an identified person with no term in the post: the claim may name that
     * person (a relative, a namesake), so the surname alone cannot support it.
     */
    private Optional<Verdict> weakMatchOfAnotherPerson(Check check, List<Match> inPost) {
        NameMatch quality = bestNamed(inPost).quality();
        if (!quality.betterThan(NameMatch.VARIANT) && quality != NameMatch.VARIANT
                && inPost.stream().noneMatch(m -> isPersonId(m.term().personKey()))) {
            List<Match> exact = index.knownAs(check.name, NameMatch.VARIANT).stream()
                    .filter(m -> isPersonId(m.term().personKey())).toList();
            if (!exact.isEmpty()) {
                Term other = exact.get(0).term();
                return Optional.of(check.unverifiable("The records of " + check.post.describe() + " give only '"
                        + inPost.get(0).term().person() + "', and " + check.claim.name() + " is on record as "
                        + other.person() + " (" + other.personKey() + "), " + other.tenure().position() + " ("
                        + other.tenure().jurisdiction().name() + ") " + other.span() + ", who may be another person"
                        + " of that name.", Match.evidenceOf(inPost, "context")));
            }
        }
        return Optional.empty();
    }

    /** A former holder or a coup's leader missing from the post's records: they may be missing from the records. */
    private static Verdict notOnRecord(Check check, boolean coup) {
        List<Evidence> context = new ArrayList<>();
        String onTheDay = check.holdersOn(check.post, context);
        return check.unverifiable("No record shows " + check.claim.name() + " as " + check.post.describe() + "."
                + onTheDay + (coup ? " A coup's leader may rule through someone else, so this is not a refutation."
                : " The records cannot say whether " + check.claim.name() + " held it before " + check.day() + "."),
                context.stream().map(e -> withRole(e, "context")).toList());
    }

    /**
     * An acting claim's own record, where the jurisdiction keeps a post for acting holders ("Acting President" in
     * Russia): when the person held it on the day, that decides, and the record itself says acting.
     */
    private Optional<Verdict> actingRecord(Check check, Place place, String title) {
        if (place == null) {
            return Optional.empty();
        }
        List<Post> acting = index.find(index.postName("acting " + title, place), place);
        List<Match> held = acting.isEmpty() ? List.of()
                : Match.heldOn(matchesIn(acting, check.name), check.day());
        if (held.isEmpty()) {
            return Optional.empty();
        }
        check.post = acting.get(0);
        check.holder(held.get(0));
        return Optional.of(judgeHolder(check, held));
    }

    /**
     * An acting claim is judged as holding the post, and its support is weaker: the records do not say whether a
     * term was acting. It is never refuted: acting holders often go unrecorded (a deputy standing in for an absent
     * holder, or someone acting before their own appointment), so another holder or a later term proves nothing.
     */
    private static Verdict asActing(Check check, Verdict verdict) {
        if (check.status != ClaimStatus.ACTING) {
            return verdict;
        }
        return switch (verdict.verdict()) {
            case SUPPORTED -> new Verdict(KIND, VerdictLabel.SUPPORTED, verdict.confidence() * ACTING, verdict.claim(),
                    verdict.explanation() + " The records do not say whether that term was an acting one.",
                    verdict.evidence(), verdict.dataset());
            case REFUTED -> new Verdict(KIND, VerdictLabel.UNVERIFIABLE, 0.0, verdict.claim(), verdict.explanation()
                    + " The claim says acting, and acting holders often go unrecorded (standing in for an absent"
                    + " holder, or before their own appointment), so this is not a refutation.",
                    verdict.evidence().stream().map(e -> withRole(e, "context")).toList(), verdict.dataset());
            default -> verdict;
        };
    }

    private static Evidence withRole(Evidence e, String role) {
        return new Evidence(e.source(), e.url(), e.recordId(), e.snapshot(), e.location(), e.record(), role);
    }

    private static List<Match> matching(Post post, List<Term> terms, PersonName name) {
        List<Match> out = new ArrayList<>();
        for (Term term : terms) {
            NameMatch quality = term.match(name);
            if (quality.isMatch()) {
                out.add(new Match(post, term, quality));
            }
        }
        return out;
    }

    /**
     * Whether a holder's name shares a word with the written name beyond its first, a given name: "Helmut Schmidt"
     * does not name Helmut Kohl, while "Prayuth Chan-ocha" may name Prayut Chan-o-cha. A name of one word counts whole.
     */
    private static boolean sharesAName(PersonName written, Term term) {
        List<String> words = written.skeletons();
        List<String> beyondGiven = words.size() > 1 ? words.subList(1, words.size()) : words;
        return term.names().stream().anyMatch(n -> n.skeletons().stream().anyMatch(beyondGiven::contains));
    }

    private List<Match> matchesIn(List<Post> posts, PersonName name) {
        List<Match> out = new ArrayList<>();
        for (Post post : posts) {
            // a large post is first searched among the holders of that surname; only a near match, which may lie
            // elsewhere, sends it to a whole scan
            List<Term> bySurname = index.termsBySurname(post, name);
            List<Match> found = matching(post, bySurname != null ? bySurname : post.terms(), name);
            boolean sure = found.stream().anyMatch(m -> !NameMatch.PARTIAL.betterThan(m.quality()));
            if (bySurname != null && !sure) {
                found = matching(post, post.terms(), name);
            }
            out.addAll(found);
        }
        if (out.isEmpty()) {
            return out;
        }
        // keep only the best quality: an exact "Patrushev" holder outranks a fuzzy one; records linked to the same
        // person (a surname-only source's "Obama") stay, as the same person's terms
        NameMatch best = out.get(0).quality();
        for (Match m : out) {
            if (m.quality().betterThan(best)) {
                best = m.quality();
            }
        }
        Set<String> bestPeople = new HashSet<>(4);
        for (Match m : out) {
            if (m.quality() == best) {
                bestPeople.add(m.term().personKey());
            }
        }
        List<Match> kept = new ArrayList<>(out.size());
        for (Match m : out) {
            if (m.quality() == best || bestPeople.contains(m.term().personKey())) {
                kept.add(m);
            }
        }
        return Match.withTheirOtherTerms(kept);
    }
}
