package io.factcheck.casualties;

import io.factcheck.kernel.TextFold;
import io.factcheck.kernel.AsOf;
import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.PlaceMention;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

import io.factcheck.casualties.CasualtySeries.FinalToll;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a {@link CasualtyClaim} against the casualty series. Stateless and thread-safe.
 *
 * <h2>Which series</h2>
 * The place resolves through the gazetteer ("Burma" is Myanmar); the measure word gives the measures it can mean
 * ({@link MeasureWords}); the event, when given, must contain one of a series' event words ("military crackdown
 * since the coup" contains "crackdown"). When the place and measure fit more than one event and the claim names
 * none (Myanmar "deaths": COVID-19 or the crackdown), the answer is UNVERIFIABLE listing the candidates, never a
 * guess. Within the event, a claim that names a source ("AAPP", "UN" for OHCHR, "Johns Hopkins" for JHU CSSE,
 * "junta") is judged against that counter; otherwise against the primary counter. The explanation notes the
 * figures of the event's other counters for the same measure near the date.
 *
 * <h2>Which figure</h2>
 * The date is {@code asOf}, else {@code context.publishedAt}, else today. The latest figure on or before it must
 * lie within the staleness window: {@value #SPARSE_WINDOW_DAYS} days for series of published figures, and
 * {@value #DAILY_WINDOW_DAYS} day for daily series; otherwise the answer is UNVERIFIABLE ("the series ends on ...",
 * or "no figure within 31 days before ...").
 * <ul>
 *   <li><b>A figure for the very day</b> decides. When pages give several figures for the day, a claim fitting
 *       all of them is SUPPORTED, one fitting some of them is SUPPORTED with lower confidence (the others are
 *       named), one fitting none is REFUTED.</li>
 *   <li><b>Daily series</b> (JHU): a claim that misses the day's total but fits the day before's is SUPPORTED
 *       with lower confidence: daily totals are published after the day ends, so copy dated D carries D-1.</li>
 *   <li><b>Between figures, running totals</b> (killed, deaths, injured, arrested, civilian casualties): the count
 *       on the day lies between the last figure before it and the first after it (or is at least the last one,
 *       when there is none after). A claim that fits every count in that range is SUPPORTED, one that fits none
 *       is REFUTED, one that fits only part is UNVERIFIABLE, saying so.</li>
 *   <li><b>Between figures, stocks</b> (detained): the latest figure within the window is taken as the day's,
 *       with lower confidence.</li>
 * </ul>
 * A SUPPORTED claim that is literally true but far off is MISLEADING (see {@link Qualifier}). When the series
 * has a later figure the explanation gives it with its date; every verdict with a deciding figure offers
 * {@code suggestedWording}.
 *
 * <p>Figures are taken at face value: a page's own qualifier ("at least 550") is shown in the evidence, not
 * turned into a bound.
 */
public final class CasualtyVerifier {
    public static final String KIND = "casualties";
    public static final int SPARSE_WINDOW_DAYS = 31;
    public static final int DAILY_WINDOW_DAYS = 1;
    /** A final toll is taken as known this long after the period it counts: UCDP publishes a year by mid-next. */
    public static final int FINAL_TOLL_SETTLES_DAYS = 183;
    /**
     * How far a final toll and a claim may differ without a refutation: counts of one event by different counters
     * differ that much (NOAA has 8,200 dead for Nepal's 2015 earthquake, Nepal's government 8,964; Haiti's 2010
     * toll runs from about 160,000 in studies to 316,000 officially).
     */
    public static final long FINAL_TOLL_SPREAD = 2;
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(1[0-9]{3}|20[0-9]{2})\\b");

    private final Places places;
    private final CasualtyIndex index;
    private final DatasetRef dataset;
    private final Clock clock;

    public CasualtyVerifier(Places places, CasualtyIndex index, DatasetRef dataset, Clock clock) {
        this.places = places;
        this.index = index;
        this.dataset = dataset;
        this.clock = clock;
    }

    /**
     * The words that name the events of a place's series in copy ("crackdown", "COVID-19", "since the coup"), as
     * the dataset writes them, longest first: a story finder takes the first its sentence holds as the claim's event.
     */
    public List<String> eventWordsAt(Place place) {
        return index.atPlace(place.id()).stream().flatMap(e -> e.series().eventWords().stream()).map(String::strip)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Whether a series of the place is kept by the counter a claim names ("AAPP", "Johns Hopkins University"). */
    public boolean counts(Place place, String source) {
        List<String> names = CounterNames.of(source);
        return index.atPlace(place.id()).stream().anyMatch(e -> namedBy(e, names));
    }

    /** The series the claim is judged against and its figures, for a picture; the same choice as {@link #verify}. */
    public SeriesContext context(CasualtyClaim claim) {
        Verdict verdict = verify(claim);
        String series = ((CasualtyReading) verdict.claim()).series();
        return SeriesContext.of(verdict, series == null ? null : index.byId(series));
    }

    /** What the records hold, per place id: each series' span, latest figure and source. Worked out anew each call. */
    public Map<String, List<SeriesCoverage>> coverage() {
        return index.coverage();
    }

    public Verdict verify(CasualtyClaim claim) {
        if (claim.count() == null) {
            throw new ClaimRejected("count", "is required");
        }
        long n = claim.count();
        if (n < 0 || n > CasualtyReader.MAX_VALUE) {
            throw new ClaimRejected("count", "must be a whole number from 0 to " + CasualtyReader.MAX_VALUE);
        }
        MeasureWords.Word word = MeasureWords.read(claim.measure());
        Qualifier qualifier = Qualifier.read(claim.qualifier());
        CountInterval allowed = qualifier.allowed(n);
        if (allowed.isEmpty()) {
            throw new ClaimRejected("count", "'" + claim.qualifier() + " " + n + "' allows no count");
        }
        Check check = new Check(claim, word, qualifier, allowed, AsOf.resolve(claim.asOf(), claim.context(), clock));

        Optional<Place> place = places.resolve(claim.place())
                .or(() -> places.findIn(claim.place()).map(PlaceMention::place));
        if (place.isEmpty()) {
            return check.unverifiable("'" + claim.place() + "' is not a place in the dataset's gazetteer.");
        }
        check.place = place.get();
        List<CasualtyIndex.Entry> atPlace = index.atPlace(check.place.id());
        if (atPlace.isEmpty()) {
            return check.unverifiable("The dataset has no casualty figures for " + check.place.name() + ".");
        }
        // tolls of single events count only near the year named or the claim's date: a place may have hundreds
        Integer year = check.yearNamed();
        LocalDate day = check.asOf.date();
        List<CasualtyIndex.Entry> tolls = !check.eventGiven() ? List.of() : year != null
                ? index.tollsBetween(check.place.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                : index.tollsBetween(check.place.id(), day.minusDays(365), day);
        List<CasualtyIndex.Entry> ofMeasure = new ArrayList<>();
        for (List<CasualtyIndex.Entry> part : List.of(index.countedAt(check.place.id()), tolls)) {
            for (CasualtyIndex.Entry e : part) {
                if (word.matches(e.series().measure())) {
                    ofMeasure.add(e);
                }
            }
        }
        if (ofMeasure.isEmpty() && atPlace.stream().anyMatch(e -> word.matches(e.series().measure()))) {
            return check.unverifiable("No event in " + check.place.name() + " with a toll of '" + claim.measure()
                    + "' on record is dated " + (year != null ? "in " + year
                    : "in the year before " + day + "; name the event and its year") + tollsOfEvents(atPlace) + ".");
        }
        if (ofMeasure.isEmpty()) {
            return check.unverifiable("The dataset has no figures of '" + claim.measure() + "' for "
                    + check.place.name() + "; it has " + (running(atPlace).isEmpty()
                    ? tollsOfEvents(atPlace).replaceFirst("^, and ", "")
                    : describeSeries(running(atPlace)) + tollsOfEvents(atPlace)) + ".");
        }
        List<CasualtyIndex.Entry> fitting = ofMeasure;
        List<CasualtyIndex.Entry> counted = ofMeasure.stream()
                .filter(e -> e.series().finalToll() == CasualtySeries.FinalToll.NONE).toList();
        if (!check.eventGiven() && !counted.isEmpty()) {
            // a final toll belongs to a year or an event the claim must name; without one, counts as of its date
            fitting = counted;
        }
        if (check.eventGiven()) {
            String padded = TextFold.padded(claim.event());
            fitting = new ArrayList<>(ofMeasure.size());
            for (CasualtyIndex.Entry e : ofMeasure) {
                if (e.namesEvent(padded)) {
                    fitting.add(e);
                }
            }
            if (fitting.isEmpty()) {
                return check.unverifiable("No series of '" + claim.measure() + "' in " + check.place.name()
                        + " is about '" + claim.event() + "'; the events on record there are "
                        + eventsOnRecord(ofMeasure) + ".");
            }
            // a yearly toll answers only a claim naming its year: "the conflict" in Lebanon is the running count
            if (year == null && fitting.stream().anyMatch(e -> e.series().finalToll() == FinalToll.NONE)) {
                fitting = fitting.stream().filter(e -> e.series().finalToll() != FinalToll.YEAR).toList();
            }
        }
        check.estimates = Extrapolations.of(fitting);
        fitting = Extrapolations.without(fitting);
        List<CasualtyIndex.Entry> pool = fitting;
        if (claim.source() != null && !claim.source().isBlank()) {
            List<String> names = CounterNames.of(claim.source());
            pool = new ArrayList<>(fitting.size());
            for (CasualtyIndex.Entry e : fitting) {
                if (namedBy(e, names)) {
                    pool.add(e);
                }
            }
            if (pool.isEmpty()) {
                return check.unverifiable("The dataset has no figures from '" + claim.source() + "' for '"
                        + claim.measure() + "' in " + check.place.name() + "; the counters of "
                        + String.join(" and ", events(running(fitting))) + tollsOfEvents(fitting).replace(", and",
                        running(fitting).isEmpty() ? "" : " and") + " there are " + counters(fitting) + ".");
            }
        }
        pool = byDate(check, CountingPhases.narrow(pool, claim.event()));
        if (pool.isEmpty()) {
            return check.unverifiable("No " + (fitting.size() > 3 ? "event" : String.join(" or ", events(fitting)))
                    + " in " + check.place.name()
                    + " with a toll on record is dated " + (check.yearNamed() != null ? "in " + check.yearNamed()
                    : "in the year before " + check.asOf.date()) + (check.yearNamed() != null ? ""
                    : "; name the year") + ".");
        }
        if (events(pool).size() > 1) {
            check.candidates = pool.stream().map(e -> e.series().id()).toList();
            return check.unverifiable("'" + claim.measure() + "' in " + check.place.name() + " fits several series"
                    + (check.eventGiven() ? " for '" + claim.event() + "'" : " and the claim names no event") + ": "
                    + describeSeries(pool) + ". Give the event to check it.");
        }
        CasualtyIndex.Entry chosen = pool.get(0);
        for (CasualtyIndex.Entry e : pool) {
            if (PREFERENCE.compare(e, chosen, word) < 0) {
                chosen = e;
            }
        }
        check.chosen = chosen;
        List<CasualtyIndex.Entry> others = new ArrayList<>(2);
        for (CasualtyIndex.Entry e : fitting) {
            if (e != chosen && e.series().measure() == chosen.series().measure()
                    && e.series().event().equals(chosen.series().event())) {
                others.add(e);
            }
        }
        return judge(check, chosen, others);
    }

    private Verdict judge(Check check, CasualtyIndex.Entry chosen, List<CasualtyIndex.Entry> others) {
        if (chosen.series().finalToll() != CasualtySeries.FinalToll.NONE) {
            return finalToll(check, chosen);
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
                        + figureText(last) + " " + check.noun() + " in " + check.subject() + ".",
                        List.of(last.evidence("latest figure")), last);
            }
            CasualtyObservation next = figures.figures(before + 1).get(0);
            return check.unverifiable("The data has no " + chosen.series().counter() + " figure for "
                    + check.subject() + " within " + window + " days before " + day + ": the nearest are "
                    + figureText(last) + " as of " + beforeDate + " and " + figureText(next) + " as of "
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
                    CountingPhases.asContext(outcome.evidence), outcome.deciding, outcome.count);
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
    private Outcome onTheDay(Check check, List<CasualtyObservation> figs, List<CasualtyObservation> dayBefore,
                             long age) {
        List<CasualtyObservation> fit = fitting(figs, check.allowed);
        StringBuilder text = new StringBuilder();
        CasualtyObservation top = fit.isEmpty() ? figs.get(0) : fit.get(0);
        text.append(check.whoCounted()).append(' ').append(figureText(top)).append(' ').append(check.noun())
                .append(" in ").append(check.subject()).append(" as of ").append(top.asOf());
        if (age > 0) {
            text.append(", ").append(age).append(age == 1 ? " day" : " days").append(" before ")
                    .append(check.asOf.date()).append(" (the latest figure within ").append(SPARSE_WINDOW_DAYS)
                    .append(" days; people held are taken as unchanged that long)");
        }
        text.append('.');
        if (figs.size() > 1) {
            text.append(" Pages give ").append(figs.size()).append(" figures for that day: ")
                    .append(figureTexts(figs, ", ")).append('.');
        }
        double stale = age > 0 ? 0.1 : 0;
        if (!fit.isEmpty()) {
            CountInterval count = span(fit, null);
            boolean all = fit.size() == figs.size();
            text.append(' ').append(check.claimText()).append(" allows ").append(check.allowedText()).append(", which ")
                    .append(fit.size() == 1 && figs.size() == 1 ? "that figure fits" : all ? "all of them fit"
                            : "only " + figureTexts(fit, " and ") + " fits").append('.');
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
    private Outcome between(Check check, List<CasualtyObservation> before, List<CasualtyObservation> after) {
        CasualtyObservation last = before.get(0);
        CountInterval range = new CountInterval(span(before, after).min(),
                after == null ? CountInterval.UNBOUNDED : span(before, after).max());
        LocalDate day = check.asOf.date();
        long age = ChronoUnit.DAYS.between(last.asOf(), day);
        StringBuilder text = new StringBuilder("The latest figure on or before ").append(day).append(": ")
                .append(check.whoCounted()).append(' ').append(figureTexts(before, ", ")).append(' ')
                .append(check.noun()).append(" in ").append(check.subject()).append(" as of ").append(last.asOf())
                .append(", ").append(age).append(age == 1 ? " day" : " days").append(" before (within the ")
                .append(SPARSE_WINDOW_DAYS).append("-day window).");
        CasualtyObservation next = after == null ? null : after.get(0);
        String nextText = next == null ? "" : " The next figure is " + figureText(next) + " as of " + next.asOf() + ".";
        List<CasualtyObservation> fit = fitting(before, check.allowed);
        List<Evidence> evidence = new ArrayList<>();
        if (!fit.isEmpty()) {
            text.append(' ').append(check.claimText()).append(" allows ").append(check.allowedText())
                    .append(", which ").append(fit.size() == 1 && before.size() == 1 ? "that figure fits"
                            : "only " + figureTexts(fit, " and ") + " fits")
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

    /**
     * A final toll compiled after the fact (UCDP's battle deaths of a year, NOAA's deaths of an earthquake), with no
     * date of publication. A claim it fits is SUPPORTED. A claim below it, in copy written before the toll can have
     * been known ({@value #FINAL_TOLL_SETTLES_DAYS} days after the period it counts), may have carried the count of
     * its day: UNVERIFIABLE, and a low bound then is not MISLEADING. Otherwise a claim off by more than a factor of
     * {@value #FINAL_TOLL_SPREAD} is REFUTED, and a nearer one UNVERIFIABLE (counters differ), as is one above a
     * toll that is itself a lower bound. A yearly toll answers only a claim naming the year.
     */
    private Verdict finalToll(Check check, CasualtyIndex.Entry chosen) {
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
        StringBuilder text = new StringBuilder(check.whoCounted()).append(' ').append(figureText(fig)).append(' ')
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
            return check.verdict(outcome.label, outcome.confidence, outcome.explanation, outcome.evidence, fig);
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

    /**
     * Narrows the tolls of dated events (one earthquake each) to the one the claim means: those of the year its
     * event names ("the 2010 earthquake"), else those of the year before its date. Of several, one whose toll is
     * more than ten times any other's is the one copy calls "the" earthquake; otherwise they stay, and the claim is
     * answered as ambiguous. Other series pass through.
     */
    private List<CasualtyIndex.Entry> byDate(Check check, List<CasualtyIndex.Entry> pool) {
        if (pool.stream().noneMatch(e -> e.series().finalToll() == CasualtySeries.FinalToll.EVENT)) {
            return pool;
        }
        Integer year = check.yearNamed();
        LocalDate day = check.asOf.date();
        List<CasualtyIndex.Entry> out = new ArrayList<>();
        List<CasualtyIndex.Entry> named = new ArrayList<>();
        for (CasualtyIndex.Entry e : pool) {
            (e.series().finalToll() == CasualtySeries.FinalToll.EVENT ? named : out).add(e);
        }
        named = mostSpecific(named, TextFold.padded(check.claim.event()));
        List<CasualtyIndex.Entry> events = new ArrayList<>();
        // the event of the year named; else of the month before the claim's date; else of the year before
        for (int window : year != null ? new int[]{0} : new int[]{31, 366}) {
            for (CasualtyIndex.Entry e : named) {
                LocalDate on = e.figures().last();
                if (year != null ? on.getYear() == year : !on.isAfter(day) && on.isAfter(day.minusDays(window))) {
                    events.add(e);
                }
            }
            if (!events.isEmpty()) {
                break;
            }
        }
        events.sort(Comparator.comparingLong((CasualtyIndex.Entry e) -> lastValue(e)).reversed());
        if (events.size() > 1 && lastValue(events.get(0)) > 10 * lastValue(events.get(1))) {
            events = List.of(events.get(0));
        }
        out.addAll(events);
        return out;
    }

    /**
     * The series whose event words the claim matches beyond the words they all share: "the airstrike in Pazi Gyi"
     * is the event at Pazi Gyi, not every airstrike. All of them when none is more specific.
     */
    private static List<CasualtyIndex.Entry> mostSpecific(List<CasualtyIndex.Entry> entries, String paddedEvent) {
        if (entries.size() < 2) {
            return entries;
        }
        java.util.Set<String> shared = null;
        List<java.util.Set<String>> matched = new ArrayList<>(entries.size());
        for (CasualtyIndex.Entry e : entries) {
            java.util.Set<String> m = new java.util.HashSet<>();
            for (String w : e.eventWords()) {
                if (paddedEvent.contains(w)) {
                    m.add(w);
                }
            }
            matched.add(m);
            if (shared == null) {
                shared = new java.util.HashSet<>(m);
            } else {
                shared.retainAll(m);
            }
        }
        List<CasualtyIndex.Entry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!shared.containsAll(matched.get(i))) {
                out.add(entries.get(i));
            }
        }
        return out.isEmpty() ? entries : out;
    }

    private static long lastValue(CasualtyIndex.Entry e) {
        return e.figures().figures(e.figures().days() - 1).get(0).value();
    }

    /** SUPPORTED, or MISLEADING when a one-sided bound is far from the count. */
    private static Outcome supported(Check check, CountInterval count, double confidence, StringBuilder text,
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
    private static void otherCounters(Check check, List<CasualtyIndex.Entry> others, StringBuilder explanation,
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
            notes.add(other.series().counter() + " " + verb(other.series()) + " " + figureText(o) + " as of "
                    + o.asOf());
            evidence.add(o.evidence("other counter"));
        }
        if (!notes.isEmpty()) {
            explanation.append(" Other counters: ").append(String.join("; ", notes)).append('.');
        }
    }

    /** "AAPP's count has since risen to 5,982 (as of 2024-11-22)." when the series goes on after the day. */
    private static void laterFigure(Check check, SeriesFigures figures, CasualtyObservation deciding,
                                    StringBuilder explanation, List<Evidence> evidence) {
        if (deciding == null || !figures.last().isAfter(check.asOf.date())) {
            return;
        }
        CasualtyObservation latest = figures.figures(figures.days() - 1).get(0);
        String change = !latest.series().cumulative() ? "changed to"
                : latest.value() >= deciding.value() ? "risen to" : "been revised to";
        explanation.append(' ').append(latest.series().counter()).append("'s count has since ").append(change)
                .append(' ').append(figureText(latest)).append(" (as of ").append(latest.asOf()).append(").");
        check.latest = latest;
        evidence.add(latest.evidence("latest figure"));
    }

    private static int window(SeriesFigures figures) {
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

    /** "40,689, at least 41,020": each distinct figure once. */
    private static String figureTexts(List<CasualtyObservation> figs, String separator) {
        List<String> texts = new ArrayList<>(figs.size());
        for (CasualtyObservation o : figs) {
            String t = figureText(o);
            if (!texts.contains(t)) {
                texts.add(t);
            }
        }
        return String.join(separator, texts);
    }

    private static String figureText(CasualtyObservation o) {
        return (o.qualifier() == null ? "" : o.qualifier() + " ") + Counts.format(o.value());
    }

    private static String verb(CasualtySeries s) {
        return CounterNames.verb(s);
    }

    private static List<String> events(List<CasualtyIndex.Entry> entries) {
        List<String> out = new ArrayList<>(2);
        for (CasualtyIndex.Entry e : entries) {
            if (!out.contains(e.series().event())) {
                out.add(e.series().event());
            }
        }
        return out;
    }

    /** "'COVID-19', and the final tolls of 118 single events (1169 to 2017, NOAA NCEI)" */
    private static String eventsOnRecord(List<CasualtyIndex.Entry> entries) {
        String listed = events(running(entries)).stream().map(e -> "'" + e + "'").collect(Collectors.joining(", "));
        String tolls = tollsOfEvents(entries);
        return listed.isEmpty() ? tolls.replaceFirst("^, and ", "") : listed + tolls;
    }

    /** The series other than tolls of single events. */
    private static List<CasualtyIndex.Entry> running(List<CasualtyIndex.Entry> entries) {
        return entries.stream().filter(e -> e.series().finalToll() != CasualtySeries.FinalToll.EVENT).toList();
    }

    /** ", and the final tolls of 118 single events (1169 to 2017: NOAA NCEI)", or "" when there are none. */
    private static String tollsOfEvents(List<CasualtyIndex.Entry> entries) {
        List<CasualtyIndex.Entry> single = entries.stream()
                .filter(e -> e.series().finalToll() == CasualtySeries.FinalToll.EVENT).toList();
        if (single.isEmpty()) {
            return "";
        }
        int from = single.stream().mapToInt(e -> e.figures().last().getYear()).min().orElseThrow();
        int to = single.stream().mapToInt(e -> e.figures().last().getYear()).max().orElseThrow();
        return ", and the final tolls of " + single.size() + " single events (" + from + (from == to ? "" : " to " + to)
                + ": " + single.stream().map(e -> e.series().counter()).distinct().collect(Collectors.joining(", "))
                + "); name the event's year";
    }

    /** Which of several fitting series decides: the primary counter, then the measure the word names first. */
    private interface Preference {
        int compare(CasualtyIndex.Entry a, CasualtyIndex.Entry b, MeasureWords.Word word);
    }

    private static final Preference PREFERENCE = (a, b, word) -> {
        int byRole = a.series().role().compareTo(b.series().role());
        return byRole != 0 ? byRole : Integer.compare(word.measures().indexOf(a.series().measure()),
                word.measures().indexOf(b.series().measure()));
    };

    private static String counters(List<CasualtyIndex.Entry> entries) {
        return entries.stream().map(e -> e.series().counter() + " (" + e.series().role().code() + ")").distinct()
                .collect(Collectors.joining(", "));
    }

    /** "COVID-19 (deaths: JHU CSSE, covid19-deaths-myanmar); post-coup crackdown (killed: AAPP, ...)". */
    private static String describeSeries(List<CasualtyIndex.Entry> entries) {
        Map<String, List<CasualtyIndex.Entry>> byEvent = new LinkedHashMap<>();
        entries.forEach(e -> byEvent.computeIfAbsent(e.series().event(), k -> new ArrayList<>()).add(e));
        return byEvent.entrySet().stream().map(ev -> ev.getKey() + " (" + ev.getValue().stream()
                        .map(e -> e.series().measure().noun() + ": " + e.series().counter() + ", " + e.series().id())
                        .collect(Collectors.joining("; ")) + ")")
                .collect(Collectors.joining(", and "));
    }

    private static boolean namedBy(CasualtyIndex.Entry entry, List<String> sourceNames) {
        for (String name : entry.names()) {
            for (String s : sourceNames) {
                if (name.contains(s) || s.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The result of judging the figures, before notes on other counters and later figures are added. */
    private record Outcome(VerdictLabel label, double confidence, String explanation, List<Evidence> evidence,
                           CasualtyObservation deciding, CountInterval count) {
    }

    /** One claim being checked: what was read so far, and how to phrase the answer. */
    private final class Check {
        final CasualtyClaim claim;
        final MeasureWords.Word word;
        final Qualifier qualifier;
        final CountInterval allowed;
        final AsOf asOf;
        Place place;
        CasualtyIndex.Entry chosen;
        List<String> candidates;
        CountInterval countOnDate;
        CasualtyObservation latest;
        List<CasualtyIndex.Entry> estimates = List.of();

        Check(CasualtyClaim claim, MeasureWords.Word word, Qualifier qualifier, CountInterval allowed, AsOf asOf) {
            this.claim = claim;
            this.word = word;
            this.qualifier = qualifier;
            this.allowed = allowed;
            this.asOf = asOf;
        }

        /** A year the claim's event names ("the 2010 earthquake", "fighting in 2022"), or null. */
        Integer yearNamed() {
            if (!eventGiven()) {
                return null;
            }
            java.util.regex.Matcher m = YEAR.matcher(claim.event());
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }

        boolean eventGiven() {
            return claim.event() != null && !claim.event().isBlank();
        }

        /** "AAPP's" */
        String who() {
            return chosen.series().counter() + "'s";
        }

        /** "AAPP counted", "Myanmar junta (State Administration Council) claimed" */
        String whoCounted() {
            return chosen.series().counter() + " " + verb(chosen.series());
        }

        String noun() {
            return chosen.series().measure().noun();
        }

        /** "Myanmar (post-coup crackdown)" */
        String subject() {
            return place.name() + " (" + chosen.series().event() + ")";
        }

        /** "'at least 883'", "'74,159'" */
        String claimText() {
            String q = claim.qualifier() == null || claim.qualifier().isBlank() ? "" : claim.qualifier().strip() + " ";
            return "'" + q + Counts.format(claim.count()) + "'";
        }

        String allowedText() {
            return allowed.describe() + (qualifier.readsAsRound(claim.count())
                    ? " (a bare round figure is read as approximate)" : "");
        }

        Verdict unverifiable(String explanation) {
            return unverifiable(explanation, List.of(), null);
        }

        Verdict unverifiable(String explanation, List<Evidence> evidence, CasualtyObservation figure) {
            return verdict(VerdictLabel.UNVERIFIABLE, 0, explanation, evidence, figure);
        }

        Verdict verdict(VerdictLabel label, double confidence, String explanation, List<Evidence> evidence,
                        CasualtyObservation figure) {
            CasualtySeries s = chosen == null ? null : chosen.series();
            String measureUnderstood = s != null ? s.measure().code()
                    : word.measures().stream().map(Measure::code).collect(Collectors.joining("|"));
            CasualtyReading reading = new CasualtyReading(claim.place(), place == null ? null : place.name(),
                    claim.event(), s == null ? null : s.event(), claim.measure(), measureUnderstood, claim.count(),
                    claim.qualifier(), qualifier.label(),
                    CasualtyReading.Range.of(allowed), qualifier.readsAsRound(claim.count()) ? Boolean.TRUE : null,
                    asOf.date().toString(), asOf.source(), s == null ? null : s.id(),
                    s == null ? null : s.counter(), s == null ? null : s.role().code(), claim.source(),
                    countOnDate == null ? null : CasualtyReading.Range.of(countOnDate),
                    figure == null ? null : figure.value(), figure == null ? null : figure.asOf().toString(),
                    latest == null ? null : latest.value(), latest == null ? null : latest.asOf().toString(),
                    figure == null ? null : suggestedWording(figure), candidates);
            return new Verdict(KIND, label, Math.round(confidence * 100) / 100.0, reading, explanation, evidence,
                    dataset);
        }

        /** "at least 883 people killed, according to AAPP (as of 28 June 2021)" */
        String suggestedWording(CasualtyObservation o) {
            CasualtySeries s = o.series();
            Qualifier published = Qualifier.readOrNull(o.qualifier());
            String prefix = published != null && published.bound() != Qualifier.Bound.POINT ? published.label()
                    : s.cumulative() && s.role() == CasualtySeries.Role.PRIMARY ? "at least" : "";
            String amount = (prefix.isEmpty() ? "" : prefix + " ") + Counts.format(o.value());
            CasualtyIndex.Entry entry = s == chosen.series() ? chosen : index.byId(s.id());
            return word.word(amount) + ", " + entry.attribution() + " (as of " + Counts.longDate(o.asOf()) + ")";
        }
    }
}
