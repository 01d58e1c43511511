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

    /** Names copy uses for a counter, mapped to a word of the counter's own name. Keys and values are folded. */
    private static final Map<String, String> COUNTER_ALIASES = Map.ofEntries(
            Map.entry("un", "ohchr"), Map.entry("united nations", "ohchr"), Map.entry("hrmmu", "ohchr"),
            Map.entry("un human rights", "ohchr"), Map.entry("un rights office", "ohchr"),
            Map.entry("johns hopkins", "jhu"), Map.entry("jhu", "jhu"), Map.entry("csse", "jhu"),
            Map.entry("military", "junta"), Map.entry("regime", "junta"), Map.entry("tatmadaw", "junta"),
            Map.entry("sac", "junta"), Map.entry("state administration council", "junta"),
            Map.entry("assistance association for political prisoners", "aapp"),
            Map.entry("disaster and emergency management authority", "afad"),
            Map.entry("turkish government", "afad"), Map.entry("turkish authorities", "afad"));
    private static final List<Map.Entry<String, String>> PADDED_ALIASES = COUNTER_ALIASES.entrySet().stream()
            .map(e -> Map.entry(" " + e.getKey() + " ", " " + e.getValue() + " ")).toList();

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

    /** The series the claim is judged against and its figures, for a picture; the same choice as {@link #verify}. */
    public SeriesContext context(CasualtyClaim claim) {
        Verdict verdict = verify(claim);
        String series = ((CasualtyReading) verdict.claim()).series();
        return SeriesContext.of(verdict, series == null ? null : index.byId(series));
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
        List<CasualtyIndex.Entry> ofMeasure = new ArrayList<>(atPlace.size());
        for (CasualtyIndex.Entry e : atPlace) {
            if (word.matches(e.series().measure())) {
                ofMeasure.add(e);
            }
        }
        if (ofMeasure.isEmpty()) {
            return check.unverifiable("The dataset has no figures of '" + claim.measure() + "' for "
                    + check.place.name() + "; it has " + describeSeries(atPlace) + ".");
        }
        List<CasualtyIndex.Entry> fitting = ofMeasure;
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
                        + events(ofMeasure).stream().map(e -> "'" + e + "'").collect(Collectors.joining(", ")) + ".");
            }
        }
        List<CasualtyIndex.Entry> pool = fitting;
        if (claim.source() != null && !claim.source().isBlank()) {
            List<String> names = sourceNames(claim.source());
            pool = new ArrayList<>(fitting.size());
            for (CasualtyIndex.Entry e : fitting) {
                if (namedBy(e, names)) {
                    pool.add(e);
                }
            }
            if (pool.isEmpty()) {
                return check.unverifiable("The dataset has no figures from '" + claim.source() + "' for '"
                        + claim.measure() + "' in " + check.place.name() + "; the counters of "
                        + String.join(" and ", events(fitting)) + " there are " + counters(fitting) + ".");
            }
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
        StringBuilder explanation = new StringBuilder(outcome.explanation);
        List<Evidence> evidence = new ArrayList<>(outcome.evidence);
        otherCounters(check, others, explanation, evidence);
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

    /** A running total on a day between two figures (or after the last): the count lies between them. */
    private Outcome between(Check check, List<CasualtyObservation> before, List<CasualtyObservation> after) {
        CasualtyObservation last = before.get(0);
        CountInterval span = span(before, after);
        long min = span.min();
        long max = span.max();
        CountInterval range = new CountInterval(min, after == null ? CountInterval.UNBOUNDED : max);
        LocalDate day = check.asOf.date();
        StringBuilder text = new StringBuilder("The data has no figure for ").append(day).append(": ")
                .append(check.whoCounted()).append(' ').append(figureText(last)).append(' ').append(check.noun())
                .append(" in ").append(check.subject()).append(" as of ").append(last.asOf());
        List<Evidence> evidence = new ArrayList<>();
        if (after != null) {
            CasualtyObservation next = after.get(0);
            text.append(" and ").append(figureText(next)).append(" as of ").append(next.asOf())
                    .append(", so the count on ").append(day).append(" lay between ").append(Counts.format(min))
                    .append(" and ").append(Counts.format(max)).append('.');
        } else {
            text.append(", its latest figure, so the count on ").append(day).append(" was at least ")
                    .append(Counts.format(min)).append('.');
        }
        text.append(' ').append(check.claimText()).append(" allows ").append(check.allowedText());
        if (check.allowed.containsAll(range)) {
            text.append(", which covers every count in that range.");
            before.forEach(o -> evidence.add(o.evidence("decides (figure before)")));
            if (after != null) {
                after.forEach(o -> evidence.add(o.evidence("decides (figure after)")));
            }
            return supported(check, range, 0.9, text, evidence, last);
        }
        if (check.allowed.disjoint(range)) {
            text.append(", which excludes every count in that range.");
            before.forEach(o -> evidence.add(o.evidence("contradicts (figure before)")));
            if (after != null) {
                after.forEach(o -> evidence.add(o.evidence("contradicts (figure after)")));
            }
            return new Outcome(VerdictLabel.REFUTED, 0.9, text.toString(), evidence, last, range);
        }
        text.append(", which fits only part of that range, so the data can neither confirm nor refute it.");
        before.forEach(o -> evidence.add(o.evidence("context (figure before)")));
        if (after != null) {
            after.forEach(o -> evidence.add(o.evidence("context (figure after)")));
        }
        return new Outcome(VerdictLabel.UNVERIFIABLE, 0, text.toString(), evidence, last, range);
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
        return s.role() == CasualtySeries.Role.PRIMARY ? "counted" : "claimed";
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

    /** The attribution folded and padded, plus the counter words its aliases stand for. */
    private static List<String> sourceNames(String source) {
        String padded = TextFold.padded(source);
        List<String> out = new ArrayList<>(2);
        out.add(padded);
        for (Map.Entry<String, String> alias : PADDED_ALIASES) {
            if (padded.contains(alias.getKey())) {
                out.add(alias.getValue());
            }
        }
        return out;
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

        Check(CasualtyClaim claim, MeasureWords.Word word, Qualifier qualifier, CountInterval allowed, AsOf asOf) {
            this.claim = claim;
            this.word = word;
            this.qualifier = qualifier;
            this.allowed = allowed;
            this.asOf = asOf;
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
