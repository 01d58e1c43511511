package io.factcheck.casualties;

import io.factcheck.kernel.AsOf;
import io.factcheck.kernel.ClaimCheck;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One casualty claim being checked: what was read of it so far, and how to phrase the answer. */
final class CasualtyCheck extends ClaimCheck {
    private static final Pattern YEAR = Pattern.compile("\\b(1[0-9]{3}|20[0-9]{2})\\b");

    final CasualtyClaim claim;
    final MeasureWords.Word word;
    final Qualifier qualifier;
    final CountInterval allowed;
    final AsOf asOf;
    private final CasualtyIndex index;
    Place place;
    /** The series the claim is judged against, and the event's other counters of its measure. */
    CasualtyIndex.Entry chosen;
    List<CasualtyIndex.Entry> others = List.of();
    List<String> candidates;
    CountInterval countOnDate;
    CasualtyObservation latest;
    List<CasualtyIndex.Entry> estimates = List.of();
    /** The figure the answer rests on, set as the verdict is built. */
    private CasualtyObservation deciding;

    CasualtyCheck(CasualtyClaim claim, MeasureWords.Word word, Qualifier qualifier, CountInterval allowed, AsOf asOf,
                  CasualtyIndex index, DatasetRef dataset) {
        super(CasualtyVerifier.KIND, dataset);
        this.claim = claim;
        this.word = word;
        this.qualifier = qualifier;
        this.allowed = allowed;
        this.asOf = asOf;
        this.index = index;
    }

    /** A year the claim's event names ("the 2010 earthquake", "fighting in 2022"), or null. */
    Integer yearNamed() {
        if (!eventGiven()) {
            return null;
        }
        Matcher m = YEAR.matcher(claim.event());
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
        return chosen.series().counter() + " " + CounterNames.verb(chosen.series());
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
        deciding = figure;
        return verdict(label, confidence, explanation, evidence);
    }

    /** Confidence to two places: it is worked out from figures' fits, and 0.85000000001 says nothing more. */
    @Override
    public Verdict verdict(VerdictLabel label, double confidence, String explanation, List<Evidence> evidence) {
        return super.verdict(label, Math.round(confidence * 100) / 100.0, explanation, evidence);
    }

    @Override
    protected CasualtyReading reading() {
        CasualtySeries s = chosen == null ? null : chosen.series();
        CasualtyObservation figure = deciding;
        String measureUnderstood = s != null ? s.measure().code()
                : word.measures().stream().map(Measure::code).collect(Collectors.joining("|"));
        return new CasualtyReading(claim.place(), place == null ? null : place.name(),
                claim.event(), s == null ? null : s.event(), claim.measure(), measureUnderstood, claim.count(),
                claim.qualifier(), qualifier.label(),
                CasualtyReading.Range.of(allowed), qualifier.readsAsRound(claim.count()) ? Boolean.TRUE : null,
                asOf.date().toString(), asOf.source(), s == null ? null : s.id(),
                s == null ? null : s.counter(), s == null ? null : s.role().code(), claim.source(),
                countOnDate == null ? null : CasualtyReading.Range.of(countOnDate),
                figure == null ? null : figure.value(), figure == null ? null : figure.asOf().toString(),
                latest == null ? null : latest.value(), latest == null ? null : latest.asOf().toString(),
                figure == null ? null : suggestedWording(figure), candidates);
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
