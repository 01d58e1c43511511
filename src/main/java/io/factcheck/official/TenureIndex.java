package io.factcheck.official;

import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every post by jurisdiction and title words, with tenures reconciled into terms: an open tenure ends where a
 * successor in a single-holder post starts, or where the whole government it served ended, and the term says
 * which record decided. Built once at load; lookups are hash hits plus a scan of one post's terms.
 */
public final class TenureIndex {
    private final Places places;
    private final Map<String, Map<String, Post>> postsByPlace = new HashMap<>();
    private final Map<String, List<Post>> postsByKey = new HashMap<>();
    private final Map<String, List<Term>> termsBySurname = new HashMap<>();
    /** The post REIGN codes as the effective ruler: whose spell ending with a government decides who fell with it. */
    private static final String LEADER = "leader";
    private final int tenureCount;
    private final int governmentEndCount;

    public TenureIndex(Places places, List<Tenure> tenures, List<GovernmentEnd> governmentEnds) {
        this.places = places;
        this.tenureCount = tenures.size();
        this.governmentEndCount = governmentEnds.size();
        Map<String, List<Tenure>> grouped = new LinkedHashMap<>();
        Map<String, PostName> names = new HashMap<>();
        Map<String, PostName> titles = new HashMap<>();
        for (Tenure t : tenures) {
            PostName name = titles.computeIfAbsent(t.jurisdiction().id() + "\u0000" + t.position(),
                    k -> postName(t.position(), t.jurisdiction()));
            String groupKey = t.jurisdiction().id() + "\u0000" + name.key();
            grouped.computeIfAbsent(groupKey, k -> new ArrayList<>()).add(t);
            names.putIfAbsent(groupKey, name);
        }
        Map<String, List<Tenure>> leaders = new HashMap<>();
        grouped.forEach((groupKey, group) -> {
            if (names.get(groupKey).key().equals(LEADER)) {
                leaders.put(group.get(0).jurisdiction().id(), group);
            }
        });
        grouped.forEach((groupKey, group) -> addPost(names.get(groupKey), group, governmentEnds, leaders));
    }

    public int tenureCount() {
        return tenureCount;
    }

    public int governmentEndCount() {
        return governmentEndCount;
    }

    public int postCount() {
        return postsByKey.values().stream().mapToInt(List::size).sum();
    }

    /** A title with the jurisdiction's own names taken out: "President of Russia" in Russia is "President". */
    public PostName postName(String title, Place jurisdiction) {
        return PostName.of(places.strip(title, jurisdiction));
    }

    /** Posts of that title in a jurisdiction: the exact title, else the one post whose title contains all its words. */
    public List<Post> find(PostName name, Place jurisdiction) {
        Map<String, Post> posts = postsByPlace.getOrDefault(jurisdiction.id(), Map.of());
        Post exact = posts.get(name.key());
        if (exact != null) {
            return List.of(exact);
        }
        if (name.words().size() < 2) {
            return List.of();
        }
        List<Post> wider = posts.values().stream().filter(p -> p.name().words().containsAll(name.words())).toList();
        return wider.size() == 1 ? wider : List.of();
    }

    /** Posts of that exact title in every jurisdiction, for claims that name none. */
    public List<Post> findAnywhere(PostName name) {
        return postsByKey.getOrDefault(name.key(), List.of());
    }

    /** Terms whose holder's surname matches the written name's last word, for "what did they hold instead". */
    public Stream<Term> termsOfPerson(PersonName name) {
        return termsBySurname.getOrDefault(name.lastSkeleton(), List.of()).stream()
                .filter(t -> t.match(name).isMatch());
    }

    private void addPost(PostName name, List<Tenure> group, List<GovernmentEnd> governmentEnds,
                         Map<String, List<Tenure>> leaders) {
        group.sort(Comparator.comparing((Tenure t) -> t.start().start()).thenComparing(t -> t.start().precision()));
        Tenure first = group.get(0);
        boolean single = first.holders() != null ? first.holders().equals("single") : Post.inferSingleHolder(name);
        List<Term> terms = new ArrayList<>(group.size());
        for (Tenure t : group) {
            terms.add(reconcile(t, group, single, governmentEnds, leaders.getOrDefault(t.jurisdiction().id(), List.of())));
        }
        Post post = new Post(first.jurisdiction(), name, first.position(), single, List.copyOf(terms));
        postsByPlace.computeIfAbsent(first.jurisdiction().id(), k -> new HashMap<>()).put(name.key(), post);
        postsByKey.computeIfAbsent(name.key(), k -> new ArrayList<>()).add(post);
        for (Term term : terms) {
            for (int i = 0; i < term.names().size(); i++) {
                String surname = term.names().get(i).lastSkeleton();
                if (!alreadyIndexed(term, i, surname)) {
                    termsBySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(term);
                }
            }
        }
    }

    /** Whether an earlier name of the same term ("Sergei Shoigu" before "Sergey Shoygu") had this surname. */
    private static boolean alreadyIndexed(Term term, int nameIndex, String surname) {
        for (int j = 0; j < nameIndex; j++) {
            if (term.names().get(j).lastSkeleton().equals(surname)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An open tenure ends where a successor in a single-holder post starts. When the government it served ended
     * before any successor, it ends with that government only if its holder was the ruler who fell with it (their
     * Leader spell ended then); anyone else may have stayed on, so from that day the records cannot say.
     */
    private Term reconcile(Tenure t, List<Tenure> post, boolean single, List<GovernmentEnd> governmentEnds,
                           List<Tenure> leaderSpells) {
        List<PersonName> written = new ArrayList<>(1 + t.aliases().size());
        addName(written, t.person());
        t.aliases().forEach(alias -> addName(written, alias));
        List<PersonName> names = List.copyOf(written);
        if (t.end() != null) {
            return new Term(t, t.end(), EndBasis.RECORDED, names);
        }
        DateSpan end = null;
        EndBasis basis = EndBasis.OPEN;
        if (single) {
            Tenure u = successor(t, post);
            if (u != null) {
                end = u.start();
                basis = EndBasis.implied("implied by the successor " + u.person() + " taking office " + u.start(),
                        u.source().evidence(u.url(), u.recordId(), u.location(), u.describe(u.end()),
                                "implies end (successor)"));
            }
        }
        for (GovernmentEnd g : governmentEnds) {
            boolean applies = g.jurisdiction() == t.jurisdiction() && t.start().end().isBefore(g.date())
                    && (end == null || g.date().isBefore(end.start()))
                    && post.stream().noneMatch(u -> samePerson(t, u) && !u.start().start().isBefore(g.date()));
            if (!applies) {
                continue;
            }
            Tenure fell = fallenRuler(t, g, leaderSpells);
            Evidence record = g.source().evidence(g.url(), g.recordId(), g.location(), g.description(),
                    fell == null ? "casts doubt (government ended)" : "implies end (government ended)");
            if (fell != null) {
                end = DateSpan.day(g.date());
                basis = EndBasis.implied("implied by the end of the government on " + g.date() + " (" + g.description()
                        + "), in which " + fell.person() + "'s rule ended (" + fell.source().name() + " "
                        + fell.recordId() + ")", record);
            } else {
                basis = new EndBasis("open, but the government it served ended on " + g.date() + " ("
                        + g.description() + ") and no record says whether " + t.person() + " stayed on", record,
                        g.date());
            }
        }
        return new Term(t, end, basis, names);
    }

    private static void addName(List<PersonName> names, String written) {
        PersonName name = PersonName.of(written);
        if (!name.isEmpty()) {
            names.add(name);
        }
    }

    /**
     * The tenure of another person that starts after this one surely had, and surely started earliest: the holder
     * who replaced it, from the most precise of their records ("2021-02-01" rather than "2021").
     */
    private static Tenure successor(Tenure t, List<Tenure> post) {
        Tenure best = null;
        for (Tenure u : post) {
            if (u.start().start().isAfter(t.start().end()) && !samePerson(t, u)
                    && (best == null || u.start().end().isBefore(best.start().end()))) {
                best = u;
            }
        }
        return best;
    }

    /** The holder's own Leader spell that ended with this government, if they were the ruler who fell. */
    private static Tenure fallenRuler(Tenure t, GovernmentEnd g, List<Tenure> leaderSpells) {
        for (Tenure spell : leaderSpells) {
            if (spell.end() != null && spell.end().contains(g.date()) && samePerson(t, spell)) {
                return spell;
            }
        }
        return null;
    }

    private static boolean samePerson(Tenure a, Tenure b) {
        if (a.personId() != null && b.personId() != null) {
            return a.personId().equals(b.personId());
        }
        return PersonName.of(a.person()).matchAgainst(PersonName.of(b.person())).isMatch();
    }

}
