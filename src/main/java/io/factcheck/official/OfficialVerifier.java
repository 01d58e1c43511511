package io.factcheck.official;

import io.factcheck.kernel.AsOf;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.PlaceMention;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.Verdict;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an {@link OfficialClaim} against the tenure index. Stateless and thread-safe. Finds the post and the
 * holder, then judges by the claim's status: current (here), former ({@link FormerRule}), acting (as current, see
 * {@link ActingRule}); a title naming a coup's leader goes to {@link CoupLeaderRule} whatever the status.
 */
public final class OfficialVerifier {
    public static final String KIND = "official";

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
            return coup || check.status == ClaimStatus.FORMER ? NamesakeRule.notOnRecord(check, coup)
                    : ActingRule.asActing(check, NamesakeRule.notAHolder(check));
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
        Optional<Verdict> doubt = NamesakeRule.weakMatchOfAnotherPerson(check, inPost);
        if (doubt.isPresent()) {
            return doubt.get();
        }
        if (coup) {
            return ActingRule.asActing(check, CoupLeaderRule.judge(check, inPost));
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
        return ActingRule.asActing(check, HolderRule.judge(check, inPost));
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
    static Match bestNamed(List<Match> matches) {
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
        return Optional.of(HolderRule.judge(check, held));
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