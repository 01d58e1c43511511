package io.factcheck.official;

import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A term whose holder's name matched the written one, and how well. Lists of them are in the post's start order. */
record Match(Post post, Term term, NameMatch quality) {

    // the helpers below run on every claim: plain loops over short lists, no streams

    private static List<Match> withStatus(List<Match> matches, LocalDate day, Term.Status status) {
        List<Match> out = new ArrayList<>(matches.size());
        for (Match m : matches) {
            if (m.term.statusOn(day) == status) {
                out.add(m);
            }
        }
        return out;
    }

    /** The most precisely dated record first, then a record with a person id before one without. */
    private static final Comparator<Match> PRECISE_FIRST = Comparator.comparing((Match m) -> m.term.startPrecision())
            .thenComparing(m -> !m.term.hasPersonId());

    /** The terms held on a day, the most precisely dated record first. */
    static List<Match> heldOn(List<Match> matches, LocalDate day) {
        List<Match> held = withStatus(matches, day, Term.Status.HELD);
        if (held.size() > 1) {
            held.sort(PRECISE_FIRST);
        }
        return held;
    }

    /** The terms UNKNOWN on a day, leaving out year-precision records that another record dates precisely. */
    static List<Match> unknownOn(List<Match> matches, LocalDate day) {
        return precise(withStatus(matches, day, Term.Status.UNKNOWN), matches);
    }

    /** The matches without year-precision records of a term that another record of the person dates precisely. */
    static List<Match> precise(List<Match> matches) {
        return precise(matches, matches);
    }

    private static List<Match> precise(List<Match> some, List<Match> all) {
        List<Match> out = new ArrayList<>(some.size());
        for (Match m : some) {
            if (!refinedByAnother(m.term, all)) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean refinedByAnother(Term vague, List<Match> terms) {
        for (Match m : terms) {
            Term t = m.term;
            if (!t.equals(vague) && t.startPrecision().compareTo(vague.startPrecision()) < 0 && t.startsWithin(vague)) {
                return true;
            }
        }
        return false;
    }

    /** Bounds of one term in two sources this far apart or less are the same bound, not a disagreement. */
    static final int SAME_BOUND_DAYS = 3;

    /** " Two sources agree on it: A; B." when the terms held on the day come from several sources, else "". */
    static String agreement(List<Match> held) {
        List<String> sources = held.stream().map(m -> m.term.source().name()).distinct().toList();
        return sources.size() < 2 ? "" : " " + sources.size() + " sources agree on it: " + String.join("; ", sources)
                + ".";
    }

    /**
     * Terms of the same person in the post, from other sources than those showing them in it on the day, that do not
     * show them in it then although they begin or end near it: sources disagreeing by more than a few days on the
     * term's bounds, about this very day.
     */
    static List<Match> disputing(List<Match> terms, List<Match> held, LocalDate day) {
        List<Match> out = new ArrayList<>(2);
        for (Match m : terms) {
            if (m.term.statusOn(day) == Term.Status.NOT_HELD && !fromTheSameSource(m.term, held)
                    && boundApart(m.term, held) && nearTheDay(m.term, day)) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean fromTheSameSource(Term term, List<Match> held) {
        for (Match h : held) {
            if (h.term.source() == term.source()) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundApart(Term term, List<Match> held) {
        for (Match h : held) {
            Term t = h.term;
            if (apart(t.start(), term.start()) || term.end() != null && t.end() != null && apart(t.end(), term.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearTheDay(Term term, LocalDate day) {
        return Math.abs(term.start().start().toEpochDay() - day.toEpochDay()) <= 366
                || term.end() != null && Math.abs(term.end().start().toEpochDay() - day.toEpochDay()) <= 366;
    }

    /** " Archigos 4.1 gives it from 2014-06-01 to 2019-05-30." for each disputing term. */
    static String disputes(List<Match> disputing) {
        return disputing.stream().map(m -> " " + m.term.source().name() + " gives it " + m.term.span() + ".")
                .distinct().collect(Collectors.joining());
    }

    private static boolean apart(io.factcheck.kernel.DateSpan a, io.factcheck.kernel.DateSpan b) {
        return a.precision() == io.factcheck.kernel.DatePrecision.DAY && b.precision() == io.factcheck.kernel.DatePrecision.DAY
                && Math.abs(a.start().toEpochDay() - b.start().toEpochDay()) > SAME_BOUND_DAYS;
    }

    /** "from 2012-11-06 to open; from 1994-01-10 to 2012-05-11" */
    static String spans(List<Match> matches) {
        // several sources recording the same bounds are one term: said once, with the first one's notes
        Map<String, String> byBounds = new LinkedHashMap<>();
        matches.forEach(m -> byBounds.putIfAbsent(m.term.start() + "/" + m.term.end(), m.term.span()));
        return String.join("; ", byBounds.values());
    }

    /** The evidence of each term once: a record implying several terms' ends is listed once. */
    static List<Evidence> evidenceOf(List<Match> matches, String role) {
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

    /**
     * A source that only corroborates (sources.csv's role): the CIA Factbook's history lists stale holders across its
     * sparse years (Enda Kenny to 2020) and names a president as head of government while a prime minister holds it.
     * Where another source holds the person in the post on the day, the corroborating source's contrary term is left
     * out; where it alone holds them, the others' silence or earlier terms do not outvote it (the disagreement is
     * named as usual).
     */
    static List<Match> withoutOutvoted(List<Match> matches, LocalDate day) {
        Set<Term.Status> decided = EnumSet.noneOf(Term.Status.class);
        boolean anyCorroborating = false;
        for (Match m : matches) {
            if (corroborating(m)) {
                anyCorroborating = true;
                continue;
            }
            Term.Status status = m.term().statusOn(day);
            if (status != Term.Status.UNKNOWN) {
                decided.add(status);
            }
        }
        if (!anyCorroborating || decided.size() != 1) {
            return matches;
        }
        // where another source decides the day, the corroborating source's window of doubt (Enda Kenny between its
        // snapshots of 2017 and 2020) does not stand against it; its contrary term is left out only where another
        // source holds the person that day: a term of theirs that ended before it (Schallenberg's of 2021, against
        // the Factbook's of 2025) says nothing of that day
        boolean heldElsewhere = decided.contains(Term.Status.HELD);
        List<Match> kept = new ArrayList<>(matches.size());
        for (Match m : matches) {
            Term.Status status = corroborating(m) ? m.term().statusOn(day) : null;
            if (status == null || decided.contains(status) || status == Term.Status.HELD && !heldElsewhere) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * Held only in a corroborating source's record while another source has someone else in the post that day (the
     * Factbook's Edi Rama from 2013-09-10, Wikidata's Sali Berisha to 2013-09-15): the sources disagree, and no
     * verdict rests on the corroborating one alone.
     */
    static Optional<Verdict> heldOnlyByACorroboratingSource(Check check, List<Match> held) {
        if (held.isEmpty()) {
            return Optional.empty();
        }
        for (Match m : held) {
            if (!corroborating(m)) {
                return Optional.empty();
            }
        }
        List<Term> others = check.post.heldOn(check.day()).stream()
                .filter(t -> !t.source().corroboratesOnly()
                        && held.stream().noneMatch(m -> m.term().personKey().equals(t.personKey())))
                .toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>(evidenceOf(held, "context"));
        others.forEach(t -> evidence.addAll(t.evidence("disagrees")));
        Term first = held.get(0).term();
        return Optional.of(check.unverifiable(check.person + " held " + check.post.describe() + " "
                + first.heldSpan() + " in " + first.source().name() + " only; on " + check.day()
                + " other sources record " + others.get(0).fullName() + " in the post (from " + others.get(0).start()
                + "), so the sources disagree." + check.nameNote(), evidence));
    }

    private static boolean corroborating(Match m) {
        return m.term().source().corroboratesOnly();
    }

    /**
     * The matched people's other terms in the same posts, under names the written one does not fit: "Lula" fits the
     * Factbook's "Luiz Inacio LULA da Silva" of 2023, linked to Wikidata's "Luiz Inácio Lula da Silva", whose term of
     * 2003-2010 the short name alone does not reach. One person, one post: all their terms are judged.
     */
    static List<Match> withTheirOtherTerms(List<Match> matches) {
        List<Match> out = new ArrayList<>(matches);
        Set<Term> taken = new HashSet<>();
        matches.forEach(m -> taken.add(m.term()));
        for (Match m : matches) {
            String key = m.term().personKey();
            if (!OfficialVerifier.isPersonId(key)) {
                continue;
            }
            for (Term t : m.post().terms()) {
                if (t.hasPersonKey(key) && taken.add(t)) {
                    out.add(new Match(m.post(), t, m.quality()));
                }
            }
        }
        return out.size() == matches.size() ? matches : out;
    }
}
