package io.factcheck.official;

import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.SourceInfo;
import io.factcheck.kernel.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The data behind an official claim's picture: the post the claim resolves to and its holders on a time axis
 * around the claim's date. When no post is found, {@code post} is null, {@code holders} empty and {@code reason}
 * the verifier's explanation.
 *
 * @param window  the span drawn: {@link #YEARS} years either side of {@code asOf}, clipped to the post's records
 * @param holders the terms overlapping the window, by start: one per term, however many sources record it
 */
public record PostContext(String post, String jurisdiction, String asOf, Window window, List<Holder> holders,
                          String reason, DatasetRef dataset) {
    static final int YEARS = 10;

    public record Window(String from, String to) {
    }

    /**
     * One term. Bounds are written at their precision ("2012", "2021-02", "2012-11-06"): a year or month bound
     * may be any day of it.
     *
     * @param end              the effective end (recorded, or implied by a successor or a government's end);
     *                         null when open
     * @param endUncertainFrom for an open term: the day its government ended, after which the records cannot say
     *                         whether it lasted
     * @param open             no end on record
     * @param matched          a term of the person the claim names (the verifier's name matching)
     * @param snapshot         the day the term's source is current to: an open term is known only to then
     */
    public record Holder(String person, String start, String startPrecision, String end, String endPrecision,
                         String endUncertainFrom, boolean open, boolean matched, String source, String url,
                         String snapshot) {
        /**
         * One bar for the records of one term, however many sources hold it: the fullest name, and the bounds and
         * source of the record with the most precise start (then end).
         */
        static Holder of(List<Term> same, boolean matched) {
            Term term = same.stream().min(Comparator.comparing((Term x) -> x.start().precision())
                    .thenComparing(x -> x.end() == null ? DatePrecision.FUZZY : x.end().precision())).orElseThrow();
            String person = same.stream().map(Term::fullName).max(Comparator.comparingInt(String::length)).orElseThrow();
            SourceInfo source = term.source();
            DateSpan end = term.end();
            LocalDate uncertain = term.endBasis().uncertainFrom();
            LocalDate snapshot = source.snapshot();
            return new Holder(person, term.start().toString(), term.start().precision().label(),
                    end == null ? null : end.toString(), end == null ? null : end.precision().label(),
                    uncertain == null ? null : uncertain.toString(), end == null, matched, source.name(),
                    term.url() != null ? term.url() : source.url(), snapshot == null ? null : snapshot.toString());
        }
    }

    static PostContext notFound(Check check, Verdict verdict) {
        return new PostContext(null, check.claim.jurisdiction(), check.day().toString(), null, List.of(),
                verdict.explanation(), verdict.dataset());
    }

    static PostContext of(Check check, List<Match> matched, DatasetRef dataset) {
        Post post = check.post;
        List<Term> terms = post.terms();
        LocalDate day = check.day();
        LocalDate first = terms.stream().map(t -> t.start().start()).min(LocalDate::compareTo).orElse(day);
        LocalDate last = terms.stream().map(PostContext::lastKnown).max(LocalDate::compareTo).orElse(day);
        LocalDate from = latest(day.minusYears(YEARS), earliest(first, day));
        LocalDate to = earliest(day.plusYears(YEARS), latest(last, day));
        Set<Term> theirs = matched.stream().map(Match::term).collect(Collectors.toSet());
        List<Term> shown = terms.stream()
                .filter(t -> !t.start().start().isAfter(to) && (t.end() == null || !t.end().end().isBefore(from)))
                .toList();
        List<Holder> holders = sameTerms(shown).stream()
                .map(same -> Holder.of(same, same.stream().anyMatch(theirs::contains))).toList();
        return new PostContext(post.label(), post.jurisdiction().name(), day.toString(),
                new Window(from.toString(), to.toString()), holders, null, dataset);
    }

    /** Groups, in order, the records of the same person whose spans overlap: one term in several sources. */
    private static List<List<Term>> sameTerms(List<Term> terms) {
        List<List<Term>> groups = new ArrayList<>();
        for (Term term : terms) {
            List<Term> group = groups.stream()
                    .filter(g -> g.get(0).personKey().equals(term.personKey())
                            && g.stream().anyMatch(other -> overlap(other, term)))
                    .findFirst().orElse(null);
            if (group == null) {
                group = new ArrayList<>();
                groups.add(group);
            }
            group.add(term);
        }
        return groups;
    }

    private static boolean overlap(Term a, Term b) {
        return !a.start().start().isAfter(lastKnown(b)) && !b.start().start().isAfter(lastKnown(a));
    }

    /** The last day a term's record speaks for: its end, else its source's snapshot, else its start. */
    private static LocalDate lastKnown(Term t) {
        if (t.end() != null) {
            return t.end().end();
        }
        LocalDate snapshot = t.source().snapshot();
        return snapshot != null ? snapshot : t.start().end();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
