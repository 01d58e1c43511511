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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks an {@link OfficialClaim} against the tenure index. Stateless and thread-safe. */
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

    public Verdict verify(OfficialClaim claim) {
        AsOf asOf = AsOf.resolve(claim.asOf(), claim.context(), clock);
        PersonName name = PersonName.of(claim.name());
        Check check = new Check(claim, asOf, name);

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
        List<Post> posts = place != null ? index.find(index.postName(title, place), place)
                : index.findAnywhere(PostName.of(title));
        if (posts.isEmpty()) {
            return check.unverifiable("No post called '" + claim.position() + "' is on record"
                    + (place != null ? " for " + place.name() : "") + "." + check.elsewhere(null), List.of());
        }
        List<Match> matches = matchesIn(posts, name);
        if (place == null) {
            List<Post> withPerson = posts.stream().filter(p -> matches.stream().anyMatch(m -> m.post == p)).toList();
            if (withPerson.size() != 1) {
                return check.unverifiable("'" + claim.position() + "' names posts in " + posts.size()
                        + " places; give the jurisdiction to check it.", List.of());
            }
            posts = withPerson;
        }
        Post post = posts.get(0);
        check.post = post;
        List<Match> inPost = matches.stream().filter(m -> m.post == post).toList();
        if (inPost.isEmpty()) {
            return notAHolder(check, post);
        }
        long people = inPost.stream().map(m -> m.term.personKey()).distinct().count();
        if (people > 1) {
            return check.unverifiable("'" + claim.name() + "' fits several holders of " + post.describe() + ": "
                    + inPost.stream().map(m -> m.term.person()).distinct().collect(Collectors.joining(", "))
                    + ". Give the full name.", List.of());
        }
        return judgeHolder(check, post, inPost);
    }

    private Verdict judgeHolder(Check check, Post post, List<Match> terms) {
        LocalDate day = check.asOf.date();
        Match best = terms.get(0);
        check.person = best.term.person();
        check.nameMatch = best.quality;
        String nameNote = best.quality == NameMatch.EXACT ? ""
                : " The name '" + check.claim.name() + "' was read as " + check.person + " ("
                + best.quality.description() + ").";
        List<Match> held = terms.stream().filter(m -> m.term.statusOn(day) == Term.Status.HELD)
                .sorted(Comparator.comparing((Match m) -> m.term.start().precision())).toList();
        if (!held.isEmpty()) {
            Term term = held.get(0).term;
            return check.verdict(VerdictLabel.SUPPORTED, best.quality.confidence(),
                    check.person + " held " + post.describe() + " from " + term.start()
                            + (term.end() == null ? " (still open at the source's snapshot " + term.tenure().source().snapshot() + ")"
                            : " to " + term.end() + endNote(term)) + "; " + day + " falls in that term." + nameNote,
                    evidenceOf(held, "decides"));
        }
        List<Match> unknown = terms.stream()
                .filter(m -> m.term.statusOn(day) == Term.Status.UNKNOWN && !refinedByAnother(m.term, terms))
                .toList();
        if (!unknown.isEmpty()) {
            Term term = unknown.get(0).term;
            return check.unverifiable("The data shows " + term.describe() + ", but " + whyUnknown(term, day) + "."
                    + nameNote, evidenceOf(unknown, "context"));
        }
        LocalDate coveredUntil = post.coveredUntil();
        if (coveredUntil != null && day.isAfter(coveredUntil)) {
            return check.unverifiable("The records of " + post.describe() + " are current only to " + coveredUntil
                    + "; they show " + check.person + " in it " + spans(terms) + ", and cannot say who held it on "
                    + day + "." + nameNote, evidenceOf(terms, "context"));
        }
        List<Match> precise = terms.stream().filter(m -> !refinedByAnother(m.term, terms)).toList();
        String spans = spans(precise);
        List<Evidence> evidence = new ArrayList<>(evidenceOf(precise, "contradicts"));
        String onTheDay = holdersOn(post, day, evidence);
        return check.verdict(VerdictLabel.REFUTED, best.quality.confidence(),
                check.person + " held " + post.describe() + " only " + spans + ", not on " + day + "."
                        + onTheDay + check.elsewhere(post) + nameNote, evidence);
    }

    private Verdict notAHolder(Check check, Post post) {
        LocalDate day = check.asOf.date();
        List<Term> holders = post.heldOn(day);
        if (holders.stream().anyMatch(t -> sharesAName(check.name, t))) {
            return check.unverifiable("'" + check.claim.name() + "' may name " + holders.get(0).person()
                    + ", who held " + post.describe() + " on " + day + ", but the name does not match well enough"
                    + " to say so. Give the full name.", holders.get(0).evidence("context"));
        }
        if (post.singleHolder() && !holders.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>();
            String onTheDay = holdersOn(post, day, evidence);
            return check.verdict(VerdictLabel.REFUTED, 0.9, "No record shows " + check.claim.name() + " as "
                    + post.describe() + "." + onTheDay + check.elsewhere(post), evidence);
        }
        String why = holders.isEmpty() ? " The records do not show who held it on " + day + "."
                : " It is held by several people at once and the records may be incomplete, so this is not a refutation.";
        return check.unverifiable("No record shows " + check.claim.name() + " as " + post.describe() + "." + why
                + check.elsewhere(post), List.of());
    }

    private String holdersOn(Post post, LocalDate day, List<Evidence> evidence) {
        List<Term> holders = post.heldOn(day);
        holders.forEach(t -> evidence.addAll(t.evidence("held the post on the day")));
        if (holders.isEmpty()) {
            return "";
        }
        return " On " + day + " the post was held by " + holders.stream()
                .map(t -> t.person() + " (from " + t.start() + ")").distinct()
                .collect(Collectors.joining(", ")) + ".";
    }

    private static String spans(List<Match> terms) {
        return terms.stream().map(m -> "from " + m.term.start() + " to "
                + (m.term.end() == null ? "open" : m.term.end() + endNote(m.term))).distinct()
                .collect(Collectors.joining("; "));
    }

    /** Why a term's status on a day cannot be told: the source's snapshot, an imprecise bound, a fallen government. */
    private static String whyUnknown(Term term, LocalDate day) {
        LocalDate snapshot = term.tenure().source().snapshot();
        if (term.end() == null && snapshot != null && day.isAfter(snapshot)) {
            return "the source (" + term.tenure().source().name() + ") is current only to " + snapshot
                    + ", when the term was still open; it cannot say whether it lasted to " + day;
        }
        if (term.end() == null && term.endBasis().uncertainFrom() != null) {
            return "it is " + term.endBasis().explanation();
        }
        boolean inEnd = term.end() != null && !day.isBefore(term.end().start());
        return "the record knows the term's " + (inEnd ? "end" : "start") + " only to the "
                + (inEnd ? term.end() : term.start()).precision().label() + ", and " + day
                + " falls inside that uncertainty";
    }

    /** A year-precision record of a term that another record of the same person dates precisely. */
    private static boolean refinedByAnother(Term vague, List<Match> terms) {
        return terms.stream().map(m -> m.term).anyMatch(t -> !t.equals(vague)
                && t.start().precision().compareTo(vague.start().precision()) < 0
                && vague.start().contains(t.start().start()));
    }

    private static String endNote(Term term) {
        return term.endBasis().implied() == null ? "" : " (end " + term.endBasis().explanation() + ")";
    }

    /** Whether any written word is one of the recorded names' words ("Xi" and "Xi Jinping"). */
    private static boolean sharesAName(PersonName written, Term term) {
        return term.names().stream().anyMatch(n -> n.skeletons().stream().anyMatch(written.skeletons()::contains));
    }

    /** The evidence of each term once: a record implying several terms' ends is listed once. */
    private static List<Evidence> evidenceOf(List<Match> matches, String role) {
        List<Evidence> out = new ArrayList<>(matches.size() + 1);
        for (Match m : matches) {
            for (Evidence e : m.term.evidence(role)) {
                if (!out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static List<Match> matchesIn(List<Post> posts, PersonName name) {
        List<Match> out = new ArrayList<>();
        for (Post post : posts) {
            for (Term term : post.terms()) {
                NameMatch quality = term.match(name);
                if (quality.isMatch()) {
                    out.add(new Match(post, term, quality));
                }
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        // keep only the best quality: an exact "Patrushev" holder outranks a fuzzy one
        NameMatch best = out.stream().map(Match::quality).min(Comparator.naturalOrder()).orElseThrow();
        return out.stream().filter(m -> m.quality == best).toList();
    }

    private record Match(Post post, Term term, NameMatch quality) {
    }

    /** One claim being checked: what was read so far, and how to phrase the answer. */
    private final class Check {
        final OfficialClaim claim;
        final AsOf asOf;
        final PersonName name;
        Post post;
        String person;
        NameMatch nameMatch;

        Check(OfficialClaim claim, AsOf asOf, PersonName name) {
            this.claim = claim;
            this.asOf = asOf;
            this.name = name;
        }

        Verdict verdict(VerdictLabel label, double confidence, String explanation, List<Evidence> evidence) {
            OfficialReading reading = new OfficialReading(claim.name(), claim.position(),
                    post == null ? claim.jurisdiction() : post.jurisdiction().name(), asOf.date().toString(),
                    asOf.source(), person, nameMatch == null ? null : nameMatch.description(),
                    post == null ? null : post.label());
            return new Verdict(KIND, label, confidence, reading, explanation, evidence, dataset);
        }

        Verdict unverifiable(String explanation, List<Evidence> evidence) {
            return verdict(VerdictLabel.UNVERIFIABLE, 0.0, explanation, evidence);
        }

        /** " On that day Sergey Shoygu held Minister of Defence (Russia)." when the person held other posts. */
        String elsewhere(Post except) {
            LocalDate day = asOf.date();
            List<String> other = index.heldOnBy(name, day)
                    .filter(t -> except == null || !except.contains(t))
                    .map(Term::tenure)
                    .map(t -> t.person() + " held " + t.position() + " (" + t.jurisdiction().name() + ")")
                    .distinct().limit(3).toList();
            return other.isEmpty() ? "" : " On " + day + " " + String.join("; ", other) + ".";
        }
    }
}
