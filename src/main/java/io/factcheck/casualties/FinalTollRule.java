package io.factcheck.casualties;

import io.factcheck.casualties.FigureJudgement.Outcome;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.factcheck.casualties.FigureJudgement.supported;

/** A claim against a final toll, compiled after the fact, rather than against figures published as they came. */
final class FinalTollRule {
    /** A final toll is taken as known this long after the period it counts: UCDP publishes a year by mid-next. */
    static final int FINAL_TOLL_SETTLES_DAYS = 183;
    /**
     * How far a final toll and a claim may differ without a refutation: counts of one event by different counters
     * differ that much (NOAA has 8,200 dead for Nepal's 2015 earthquake, Nepal's government 8,964; Haiti's 2010
     * toll runs from about 160,000 in studies to 316,000 officially).
     */
    static final long FINAL_TOLL_SPREAD = 2;

    private FinalTollRule() {
    }

    /**
     * A final toll compiled after the fact (UCDP's battle deaths of a year, NOAA's deaths of an earthquake), with no
     * date of publication. A claim it fits is SUPPORTED. A claim below it, in copy written before the toll can have
     * been known ({@value #FINAL_TOLL_SETTLES_DAYS} days after the period it counts), may have carried the count of
     * its day: UNVERIFIABLE, and a low bound then is not MISLEADING. Otherwise a claim off by more than a factor of
     * {@value #FINAL_TOLL_SPREAD} is REFUTED, and a nearer one UNVERIFIABLE (counters differ), as is one above a
     * toll that is itself a lower bound. A yearly toll answers only a claim naming the year.
     */
    static Verdict judge(CasualtyCheck check, CasualtyIndex.Entry chosen) {
        SeriesFigures figures = chosen.figures();
        CasualtySeries s = chosen.series();
        CasualtyObservation fig;
        LocalDate start;
        if (s.finalToll() == CasualtySeries.FinalToll.YEAR) {
            Integer year = check.yearNamed();
            if (year == null) {
                return check.unverifiable(s.counter() + " counts " + s.measure().noun() + " in " + check.subject()
                        + " per calendar year (" + figures.first().getYear() + " to " + figures.last().getYear()
                        + "): its figures answer a claim about a year, not about a day. Name the year.");
            }
            LocalDate end = LocalDate.of(year, 12, 31);
            int i = figures.floor(end);
            if (i < 0 || !figures.date(i).equals(end)) {
                return check.unverifiable(s.counter() + " has no figure of " + s.measure().noun() + " in "
                        + check.subject() + " for " + year + "; its figures cover years from "
                        + figures.first().getYear() + " to " + figures.last().getYear()
                        + " in which it recorded any (a year without is not a year without deaths).");
            }
            fig = figures.figures(i).get(0);
            start = LocalDate.of(year, 1, 1);
        } else {
            fig = figures.figures(figures.days() - 1).get(0);
            start = fig.asOf();
        }
        LocalDate written = check.asOf.date();
        String period = s.finalToll() == CasualtySeries.FinalToll.YEAR ? " in " + start.getYear()
                : " on " + fig.asOf();
        StringBuilder text = new StringBuilder(check.whoCounted()).append(' ').append(Counts.figure(fig)).append(' ')
                .append(check.noun()).append(" in ").append(check.subject()).append(period)
                .append(": a final toll, compiled after the fact.");
        List<Evidence> evidence = new ArrayList<>();
        if (written.isBefore(start)) {
            return check.unverifiable(text + " The claim is dated " + written + ", before that.",
                    List.of(fig.evidence("context")), fig);
        }
        boolean known = !written.isBefore(fig.asOf().plusDays(FINAL_TOLL_SETTLES_DAYS));
        long f = fig.value();
        text.append(' ').append(check.claimText()).append(" allows ").append(check.allowedText());
        check.countOnDate = CountInterval.exactly(f);
        if (check.allowed.contains(f)) {
            text.append(", which the toll fits.");
            evidence.add(fig.evidence("decides"));
            boolean lowBound = check.qualifier.misleads(check.claim.count(), CountInterval.exactly(f));
            Outcome outcome = known || !lowBound ? supported(check, CountInterval.exactly(f), 0.9, text, evidence, fig)
                    : new Outcome(VerdictLabel.SUPPORTED, 0.9, text.append(" Written before the toll can have been"
                    + " known, a lower bound well under it is not misleading.").toString(), evidence, fig,
                    CountInterval.exactly(f));
            return check.verdict(outcome.label(), outcome.confidence(), outcome.explanation(), outcome.evidence(), fig);
        }
        boolean above = check.allowed.min() > f;
        boolean far = above ? check.allowed.min() > FINAL_TOLL_SPREAD * f : check.allowed.max() * FINAL_TOLL_SPREAD < f;
        if (above && "at least".equals(fig.qualifier())) {
            return check.unverifiable(text + ", more than the toll; but the toll is a lower bound ("
                    + fig.quote() + "), so it can neither be confirmed nor refuted.", List.of(fig.evidence("context")),
                    fig);
        }
        if (!above && !known) {
            return check.unverifiable(text + ", less than the final toll. Written on " + written + ", before the"
                    + " toll can have been known (" + FINAL_TOLL_SETTLES_DAYS + " days after " + fig.asOf() + "), it"
                    + " may carry the count of its day, which later rose.", List.of(fig.evidence("context")), fig);
        }
        if (!far) {
            return check.unverifiable(text + ", " + (above ? "more" : "less") + " than this toll, but by less than"
                    + " a factor of " + FINAL_TOLL_SPREAD + ": final tolls of the same event by different counters"
                    + " differ that much (official and independent counts), so it is not refuted.",
                    List.of(fig.evidence("context")), fig);
        }
        return check.verdict(VerdictLabel.REFUTED, 0.85, text + ", " + (above ? "more than " + FINAL_TOLL_SPREAD
                + " times the final toll" : "less than 1/" + FINAL_TOLL_SPREAD + " of the final toll, which was known"
                + " when this was written") + ": further off than counts of the same event differ.",
                List.of(fig.evidence("contradicts")), fig);
    }
}
