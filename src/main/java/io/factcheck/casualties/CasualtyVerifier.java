package io.factcheck.casualties;

import io.factcheck.kernel.AsOf;
import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.Verdict;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
 *
 * <p>The parts: {@link SeriesChoice} picks the series, {@link FigureJudgement} and {@link FinalTollRule} judge its
 * figures, {@link CasualtyCheck} holds the claim under way and words the answer.
 */
public final class CasualtyVerifier {
    public static final String KIND = "casualties";
    public static final int SPARSE_WINDOW_DAYS = 31;
    public static final int DAILY_WINDOW_DAYS = 1;

    private final CasualtyIndex index;
    private final DatasetRef dataset;
    private final Clock clock;
    private final SeriesChoice choice;

    public CasualtyVerifier(Places places, CasualtyIndex index, DatasetRef dataset, Clock clock) {
        this.index = index;
        this.dataset = dataset;
        this.clock = clock;
        this.choice = new SeriesChoice(places, index);
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
        return index.atPlace(place.id()).stream().anyMatch(e -> SeriesChoice.namedBy(e, names));
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
        CasualtyCheck check = new CasualtyCheck(claim, word, qualifier, allowed,
                AsOf.resolve(claim.asOf(), claim.context(), clock), index, dataset);
        Verdict open = choice.choose(check);
        return open != null ? open : FigureJudgement.judge(check);
    }
}
