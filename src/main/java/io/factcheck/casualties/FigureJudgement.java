package io.factcheck.casualties;

import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static io.factcheck.casualties.CasualtyVerifier.DAILY_WINDOW_DAYS;
import static io.factcheck.casualties.CasualtyVerifier.SPARSE_WINDOW_DAYS;

/**
 * Judges a claim against the figures of its chosen series, as {@link CasualtyVerifier} sets out: a figure of the
 * very day, a daily total of the day before, a running total between two figures, a stock's latest figure within
 * the window; final tolls go to {@link FinalTollRule}. Then notes the event's other counters and any later figure.
 */
final class FigureJudgement {
    private FigureJudgement() {
    }

    static Verdict judge(CasualtyCheck check) {
        CasualtyIndex.Entry chosen = check.chosen;
        List<CasualtyIndex.Entry> others = check.others;
        if (chosen.series().finalToll() != CasualtySeries.FinalToll.NONE) {
            return FinalTollRule.judge(check, chosen);
        }
        SeriesFigures figures = chosen.figures();
        LocalDate day = check.asOf.date();
        int window = window(figures);
        int before = figures.floor(day);
        if (before < 0) {
            CasualtyObservation first = figures.figures(0).get(0);
            return check.unverifiable(check.who() + " figures for " + check.subject() + " start on " + figures.first()
                    + ", after " + day + ".", List.of(first.evidence("context")), null);
        }
        LocalDate beforeDate = figures.date(before);
        long age = ChronoUnit.DAYS.between(beforeDate, day);
        List<CasualtyObservation> figs = figures.figures(before);
        if (age > window) {
            CasualtyObservation last = figs.get(0);
            if (before == figures.days() - 1) {
                return check.unverifiable("The series ends on " + beforeDate + ", more than " + window
                        + (window == 1 ? " day" : " days") + " before " + day + ": " + check.who() + " last figure is "
                        + Counts.figure(last) + " " + check.noun() + " in " + check.subject() + ".",
                        List.of(last.evidence("latest figure")), last);
            }
            CasualtyObservation next = figures.figures(before + 1).get(0);
            return check.unverifiable("The data has no " + chosen.series().counter() + " figure for "
                    + check.subject() + " within " + window + " days before " + day + ": the nearest are "
                    + Counts.figure(last) + " as of " + beforeDate + " and " + Counts.figure(next) + " as of "
                    + next.asOf() + ".",
                    List.of(last.evidence("context"), next.evidence("context")), last);
        }
        Outcome outcome;
        if (age == 0) {
            outcome = onTheDay(check, figs, figures.daily() && before > 0 ? figures.figures(before - 1) : null, 0);
        } else if (chosen.series().cumulative()) {
            outcome = between(check, figs, before + 1 < figures.days() ? figures.figures(before + 1) : null);
        } else {
            outcome = onTheDay(check, figs, null, age);
        }
        String whole = outcome.label == VerdictLabel.REFUTED
                ? CountingPhases.wholeFits(chosen, others, check.allowed, day, window) : null;
        if (whole != null) {
            outcome = new Outcome(VerdictLabel.UNVERIFIABLE, 0, outcome.explanation + whole,
                    Evidence.withRole(outcome.evidence, "context"), outcome.deciding, outcome.count);
        }
        StringBuilder explanation = new StringBuilder(outcome.explanation);
        List<Evidence> evidence = new ArrayList<>(outcome.evidence);
        explanation.append(CountingPhases.note(chosen, day))
                .append(CounterNames.assumed(check.claim.source(), chosen, others));
        otherCounters(check, others, explanation, evidence);
        Extrapolations.note(check.estimates, chosen.series(), outcome.deciding, day, window, explanation, evidence);
        laterFigure(check, figures, outcome.deciding, explanation, evidence);
        check.countOnDate = outcome.count;
        return check.verdict(outcome.label, outcome.confidence, explanation.toString(), evidence, outcome.deciding);
    }

    /** The figures of one day decide (or, for a stock, of a day within the window before it). */
    private static Outcome onTheDay(CasualtyCheck check, List<CasualtyObservation> figs, List<CasualtyObservation> dayBefore,
                                    long age) {
        List<CasualtyObservation> fit = fitting(figs, check.allowed);
        StringBuilder text = new StringBuilder();
        CasualtyObservation top = fit.isEmpty() ? figs.get(0) : fit.get(0);
        text.append(check.whoCounted()).append(' ').append(Counts.figure(top)).append(' ').append(check.noun())
                .append(" in ").append(check.subject()).append(" as of ").append(top.asOf());
        if (age > 0) {
            text.append(", ").append(age).append(age == 1 ? " day" : " days").append(" before ")
                    .append(check.asOf.date()).append(" (the latest figure within ").append(SPARSE_WINDOW_DAYS)
                    .append(" days; people held are taken as unchanged that long)");
        }
        text.append('.');
        if (figs.size() > 1) {
            text.append(" Pages give ").append(figs.size()).append(" figures for that day: ")
                    .append(Counts.figures(figs, ", ")).append('.');
        }
        double stale = age > 0 ? 0.1 : 0;
        if (!fit.isEmpty()) {
            CountInterval count = span(fit, null);
            boolean all = fit.size() == figs.size();
            text.append(' ').append(check.claimText()).append(" allows ").append(check.allowedText()).append(", which ")
                    .append(fit.size() == 1 && figs.size() == 1 ? "that figure fits" : all ? "all of them fit"
                            : "only " + Counts.figures(fit, " and ") + " fits").append('.');
            return supported(check, count, (all ? 0.95 : 0.75) - stale, text, evidence(figs, fit, "decides"), top);
        }
        if (dayBefore != null) {
            List<CasualtyObservation> fitBefore = fitting(dayBefore, check.allowed);
            if (!fitBefore.isEmpty()) {
                CasualtyObservation prev = fitBefore.get(0);
                text.append(' ').append(check.claimText()).append(" allows ").append(check.allowedText())
                        .append(": not the day's total, but the total of the day before (")
                        .append(Counts.format(prev.value())).append(" as of ").append(prev.asOf())
                        .append("), which copy dated ").append(check.asOf.date())
                        .append(" may carry: daily totals are published after the day ends.");
                List<Evidence> evidence = new ArrayList<>();
                evidence.add(prev.evidence("decides (the day before)"));
                figs.forEach(o -> evidence.add(o.evidence("the day's total")));
                return supported(check, CountInterval.exactly(prev.value()), 0.85, text, evidence, prev);
            }
        }
        text.append(' ').append(check.claimText()).append(" allows ").append(check.allowedText()).append(", which ")
                .append(figs.size() == 1 ? "excludes it" : "excludes all of them").append('.');
        CountInterval count = span(figs, null);
        if (age > 0) {
            // people held change from day to day: an older figure can support a claim, but not refute it
            text.append(" That figure is ").append(age).append(age == 1 ? " day" : " days").append(" older than ")
                    .append(check.asOf.date()).append(", and the number held may have changed since.");
            return new Outcome(VerdictLabel.UNVERIFIABLE, 0, text.toString(),
                    evidence(figs, List.of(), "context"), top, count);
        }
        return new Outcome(VerdictLabel.REFUTED, 0.95, text.toString(),
                evidence(figs, List.of(), "contradicts"), top, count);
    }

    /**
     * A running total on a day after its latest figure: copy normally carries the latest count known on its date.
     * When that figure fits the claim, it is SUPPORTED, even if a later one would not; when only a count after the
     * day could fit, the writer may have had a figure the data lacks (UNVERIFIABLE); REFUTED only when no count from
     * the latest figure before to the first after fits.
     */
    private static Outcome between(CasualtyCheck check, List<CasualtyObservation> before, List<CasualtyObservation> after) {
        CasualtyObservation last = before.get(0);
        CountInterval range = new CountInterval(span(before, after).min(),
                after == null ? CountInterval.UNBOUNDED : span(before, after).max());
        LocalDate day = check.asOf.date();
        long age = ChronoUnit.DAYS.between(last.asOf(), day);
        StringBuilder text = new StringBuilder("The latest figure on or before ").append(day).append(": ")
                .append(check.whoCounted()).append(' ').append(Counts.figures(before, ", ")).append(' ')
                .append(check.noun()).append(" in ").append(check.subject()).append(" as of ").append(last.asOf())
                .append(", ").append(age).append(age == 1 ? " day" : " days").append(" before (within the ")
                .append(SPARSE_WINDOW_DAYS).append("-day window).");
        CasualtyObservation next = after == null ? null : after.get(0);
        String nextText = next == null ? "" : " The next figure is " + Counts.figure(next) + " as of " + next.asOf() + ".";
        List<CasualtyObservation> fit = fitting(before, check.allowed);
        List<Evidence> evidence = new ArrayList<>();
        if (!fit.isEmpty()) {
            text.append(' ').append(check.claimText()).append(" allows ").append(check.allowedText())
                    .append(", which ").append(fit.size() == 1 && before.size() == 1 ? "that figure fits"
                            : "only " + Counts.figures(fit, " and ") + " fits")
                    .append(": copy carries the latest count known on its date.").append(nextText);
            before.forEach(o -> evidence.add(o.evidence(fit.contains(o) ? "decides (latest figure before)"
                    : "other figure for the day")));
            if (next != null) {
                evidence.add(next.evidence("context (figure after)"));
            }
            return supported(check, span(fit, null), 0.9, text, evidence, fit.get(0));
        }
        text.append(' ').append(check.claimText()).append(" allows ").append(check.allowedText()).append(", which ")
                .append(before.size() == 1 ? "excludes it" : "excludes all of them").append('.');
        if (!check.allowed.disjoint(range)) {
            text.append(next == null ? " The count has grown since, and the series has no later figure"
                    : nextText + " A count between them").append(" could fit: the writer may have had a figure the"
                    + " data lacks, so it can neither be confirmed nor refuted.");
            before.forEach(o -> evidence.add(o.evidence("context (figure before)")));
            if (after != null) {
                after.forEach(o -> evidence.add(o.evidence("context (figure after)")));
            }
            return new Outcome(VerdictLabel.UNVERIFIABLE, 0, text.toString(), evidence, last, range);
        }
        text.append(nextText).append(" No count from ").append(Counts.format(range.min())).append(" to ")
                .append(Counts.format(range.max())).append(" fits it.");
        before.forEach(o -> evidence.add(o.evidence("contradicts (figure before)")));
        if (after != null) {
            after.forEach(o -> evidence.add(o.evidence("contradicts (figure after)")));
        }
        return new Outcome(VerdictLabel.REFUTED, 0.9, text.toString(), evidence, last, range);
    }

    /** SUPPORTED, or MISLEADING when a one-sided bound is far from the count. */
    static Outcome supported(CasualtyCheck check, CountInterval count, double confidence, StringBuilder text,
                             List<Evidence> evidence, CasualtyObservation deciding) {
        if (check.qualifier.misleads(check.claim.count(), count)) {
            text.append(" But ").append(check.claimText()).append(check.qualifier.bound() == Qualifier.Bound.LOWER
                    ? " is less than half the count (" + Counts.format(count.min()) + "): it understates it badly."
                    : " is more than twice the count (" + Counts.format(count.max()) + "): it overstates it badly.");
            return new Outcome(VerdictLabel.MISLEADING, 0.85, text.toString(), evidence, deciding, count);
        }
        return new Outcome(VerdictLabel.SUPPORTED, confidence, text.toString(), evidence, deciding, count);
    }

    private static List<Evidence> evidence(List<CasualtyObservation> figs, List<CasualtyObservation> fit, String role) {
        List<Evidence> out = new ArrayList<>(figs.size());
        for (CasualtyObservation o : figs) {
            out.add(o.evidence(fit.isEmpty() || fit.contains(o) ? role : "other figure for the day"));
        }
        return out;
    }

    /** The event's other counters of the same measure, with a figure within their window before the day. */
    private static void otherCounters(CasualtyCheck check, List<CasualtyIndex.Entry> others, StringBuilder explanation,
                                      List<Evidence> evidence) {
        List<String> notes = new ArrayList<>();
        LocalDate day = check.asOf.date();
        for (CasualtyIndex.Entry other : others) {
            SeriesFigures f = other.figures();
            int i = f.floor(day);
            if (i < 0 || ChronoUnit.DAYS.between(f.date(i), day) > window(f)) {
                continue;
            }
            CasualtyObservation o = f.figures(i).get(0);
            notes.add(other.series().counter() + " " + CounterNames.verb(other.series()) + " " + Counts.figure(o) + " as of "
                    + o.asOf());
            evidence.add(o.evidence("other counter"));
        }
        if (!notes.isEmpty()) {
            explanation.append(" Other counters: ").append(String.join("; ", notes)).append('.');
        }
    }

    /** "AAPP's count has since risen to 5,982 (as of 2024-11-22)." when the series goes on after the day. */
    private static void laterFigure(CasualtyCheck check, SeriesFigures figures, CasualtyObservation deciding,
                                    StringBuilder explanation, List<Evidence> evidence) {
        if (deciding == null || !figures.last().isAfter(check.asOf.date())) {
            return;
        }
        CasualtyObservation latest = figures.figures(figures.days() - 1).get(0);
        String change = !latest.series().cumulative() ? "changed to"
                : latest.value() >= deciding.value() ? "risen to" : "been revised to";
        explanation.append(' ').append(latest.series().counter()).append("'s count has since ").append(change)
                .append(' ').append(Counts.figure(latest)).append(" (as of ").append(latest.asOf()).append(").");
        check.latest = latest;
        evidence.add(latest.evidence("latest figure"));
    }

    static int window(SeriesFigures figures) {
        return figures.daily() ? DAILY_WINDOW_DAYS : SPARSE_WINDOW_DAYS;
    }

    private static List<CasualtyObservation> fitting(List<CasualtyObservation> figs, CountInterval allowed) {
        if (figs.size() == 1) {
            return allowed.contains(figs.get(0).value()) ? figs : List.of();
        }
        List<CasualtyObservation> out = new ArrayList<>(figs.size());
        for (CasualtyObservation o : figs) {
            if (allowed.contains(o.value())) {
                out.add(o);
            }
        }
        return out;
    }

    /** The lowest to the highest figure of one or two days. */
    private static CountInterval span(List<CasualtyObservation> a, List<CasualtyObservation> b) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (CasualtyObservation o : a) {
            min = Math.min(min, o.value());
            max = Math.max(max, o.value());
        }
        if (b != null) {
            for (CasualtyObservation o : b) {
                min = Math.min(min, o.value());
                max = Math.max(max, o.value());
            }
        }
        return new CountInterval(min, max);
    }

    /** The result of judging the figures, before notes on other counters and later figures are added. */
    record Outcome(VerdictLabel label, double confidence, String explanation, List<Evidence> evidence,
            CasualtyObservation deciding, CountInterval count) {
    }
}
