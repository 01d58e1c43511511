package io.factcheck.official;

import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The data behind an official claim's picture: the post the claim resolves to and its holders on a time axis
 * around the claim's date. When no post is found, {@code post} is null, {@code holders} empty and {@code reason}
 * the verifier's explanation.
 *
 * @param window  the span drawn: {@link #YEARS} years either side of {@code asOf}, clipped to the post's records
 * @param holders the terms overlapping the window, by start
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
        static Holder of(Term term, boolean matched) {
            Tenure t = term.tenure();
            DateSpan end = term.end();
            LocalDate uncertain = term.endBasis().uncertainFrom();
            LocalDate snapshot = t.source().snapshot();
            return new Holder(term.person(), term.start().toString(), term.start().precision().label(),
                    end == null ? null : end.toString(), end == null ? null : end.precision().label(),
                    uncertain == null ? null : uncertain.toString(), end == null, matched, t.source().name(),
                    t.url() != null ? t.url() : t.source().url(), snapshot == null ? null : snapshot.toString());
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
        List<Holder> holders = terms.stream()
                .filter(t -> !t.start().start().isAfter(to) && (t.end() == null || !t.end().end().isBefore(from)))
                .map(t -> Holder.of(t, theirs.contains(t))).toList();
        return new PostContext(post.label(), post.jurisdiction().name(), day.toString(),
                new Window(from.toString(), to.toString()), holders, null, dataset);
    }

    /** The last day a term's record speaks for: its end, else its source's snapshot, else its start. */
    private static LocalDate lastKnown(Term t) {
        if (t.end() != null) {
            return t.end().end();
        }
        LocalDate snapshot = t.tenure().source().snapshot();
        return snapshot != null ? snapshot : t.start().end();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
