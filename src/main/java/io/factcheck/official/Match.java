package io.factcheck.official;

import io.factcheck.kernel.Evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A term whose holder's name matched the written one, and how well. Lists of them are in the post's start order. */
record Match(Post post, Term term, NameMatch quality) {

    private static List<Match> withStatus(List<Match> matches, LocalDate day, Term.Status status) {
        return matches.stream().filter(m -> m.term.statusOn(day) == status).toList();
    }

    /** The terms held on a day, the most precisely dated record first. */
    static List<Match> heldOn(List<Match> matches, LocalDate day) {
        return withStatus(matches, day, Term.Status.HELD).stream()
                .sorted(Comparator.comparing((Match m) -> m.term.start().precision())).toList();
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
        return some.stream().filter(m -> !refinedByAnother(m.term, all)).toList();
    }

    private static boolean refinedByAnother(Term vague, List<Match> terms) {
        return terms.stream().map(Match::term).anyMatch(t -> !t.equals(vague)
                && t.start().precision().compareTo(vague.start().precision()) < 0
                && vague.start().contains(t.start().start()));
    }

    /** "from 2012-11-06 to open; from 1994-01-10 to 2012-05-11" */
    static String spans(List<Match> matches) {
        return matches.stream().map(m -> m.term.span()).distinct().collect(Collectors.joining("; "));
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
}
