package io.factcheck.official;

import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A written name that is no holder of the post, or names another person than the holder it matched: a namesake or
 * relative on record refutes; a name the records may know in another form, or a post they may miss, does not.
 */
final class NamesakeRule {
    private NamesakeRule() {
    }

    static Verdict notAHolder(Check check) {
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
            if (check.index.knownAs(check.name, NameMatch.PARTIAL).isEmpty()) {
                return check.unverifiable("No record shows anyone called " + check.claim.name() + "." + onTheDay
                        + " The name may be written in a form the records do not know, so this is not a refutation.",
                        Evidence.withRole(evidence, "context"));
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
    private static Optional<Verdict> namesake(Check check, List<Term> holders) {
        // the holders as entities: surname-only records count through the identified person they were linked to
        Set<String> holderIds = holders.stream().map(Term::personKey).collect(Collectors.toSet());
        if (holderIds.stream().noneMatch(OfficialVerifier::isPersonId)) {
            return Optional.empty();
        }
        List<Match> others = check.index.knownAs(check.name, NameMatch.VARIANT).stream()
                .filter(m -> OfficialVerifier.isPersonId(m.term().personKey()) && !holderIds.contains(m.term().personKey()))
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
     * A holder matched only through a shorter recorded name ("Karamanlis" of a surname-only source) while the
     * written name is exactly that of an identified person with no term in the post: the claim may name that
     * person (a relative, a namesake), so the surname alone cannot support it.
     */
    static Optional<Verdict> weakMatchOfAnotherPerson(Check check, List<Match> inPost) {
        NameMatch quality = OfficialVerifier.bestNamed(inPost).quality();
        if (!quality.betterThan(NameMatch.VARIANT) && quality != NameMatch.VARIANT
                && inPost.stream().noneMatch(m -> OfficialVerifier.isPersonId(m.term().personKey()))) {
            List<Match> exact = check.index.knownAs(check.name, NameMatch.VARIANT).stream()
                    .filter(m -> OfficialVerifier.isPersonId(m.term().personKey())).toList();
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
    static Verdict notOnRecord(Check check, boolean coup) {
        List<Evidence> context = new ArrayList<>();
        String onTheDay = check.holdersOn(check.post, context);
        return check.unverifiable("No record shows " + check.claim.name() + " as " + check.post.describe() + "."
                + onTheDay + (coup ? " A coup's leader may rule through someone else, so this is not a refutation."
                : " The records cannot say whether " + check.claim.name() + " held it before " + check.day() + "."),
                Evidence.withRole(context, "context"));
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
}
