package io.factcheck.dates;

import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.factcheck.dates.EventIndex.allWithin;
import static io.factcheck.dates.EventIndex.nearby;
import static io.factcheck.dates.EventIndex.within;
import static io.factcheck.dates.EventWording.amount;
import static io.factcheck.dates.EventWording.article;
import static io.factcheck.dates.EventWording.describe;
import static io.factcheck.dates.EventWording.evidence;
import static io.factcheck.dates.EventWording.name;
import static io.factcheck.dates.EventWording.weekday;
import static io.factcheck.dates.EventWording.weighed;

/**
 * Judges a date claim's readings against the recorded events of its kind, subtype, round and place: SUPPORTED when
 * every reading holds one, REFUTED only where complete sources show none then, else UNVERIFIABLE saying why.
 */
final class DateJudgement {
    /**
     * Within this many days of an event only one source records, a claim is not refuted by that source's silence:
     * single sources misdate votes (REIGN has Spain's April 2019 election on May 28 and Nigeria's 2019 one on the
     * day it was postponed from), while two sources agreeing on a day are trusted to it.
     */
    private static final long SINGLE_SOURCE_DOUBT_DAYS = 62;

    private final EventIndex index;

    DateJudgement(EventIndex index) {
        this.index = index;
    }

    /** The recorded events of the claim's kind and place against its readings; see {@link DateVerifier}. */
    Verdict judge(DateCheck out) {
        EventQuery query = out.query;
        DateReadings written = out.written;
        List<Occurrence> all = index.find(query.place().id(), query.kind(), null);
        List<Occurrence> candidates = candidates(query, query.subtype());
        if (all.isEmpty() && absenceRefutes(query, written.readings()) == null) {
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0, "No " + query.describe() + " is on record"
                    + coverageNote(query.kind()) + "." + incompleteness(query, written.readings()), List.of());
        }
        return judge(out, all, candidates);
    }

    /** The held events of the subtype and round the claim names. */
    private List<Occurrence> candidates(EventQuery query, String subtype) {
        List<Occurrence> held = index.findHeld(query.place().id(), query.kind(), subtype);
        if (query.round() == null) {
            return held;
        }
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence o : held) {
            if (fitsRound(o, query.round(), held)) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * An event of the round claimed, or one that gives no round, unless another round was held that day: Brazil's
     * legislative election on the day of the presidential first round is no run-off.
     */
    private static boolean fitsRound(Occurrence o, Integer round, List<Occurrence> sameKind) {
        if (round == null || round.equals(o.round())) {
            return true;
        }
        return o.round() == null && sameKind.stream().noneMatch(other -> other.round() != null
                && !other.round().equals(round) && other.start().equals(o.start()));
    }

    private Verdict judge(DateCheck out, List<Occurrence> all, List<Occurrence> candidates) {
        List<DateSpan> readings = out.written.readings();
        EventQuery query = out.query;
        List<List<Occurrence>> matches = new ArrayList<>(readings.size());
        for (DateSpan reading : readings) {
            matches.add(within(candidates, reading));
        }
        String weighed = candidates.isEmpty() ? "" : weighed(candidates, readings.get(0));
        long matching = matches.stream().filter(m -> !m.isEmpty()).count();
        if (matching == readings.size()) {
            return supported(out, matches.stream().flatMap(List::stream).distinct().toList(), 1.0, "", weighed);
        }
        if (matching > 0) {
            List<String> which = new ArrayList<>();
            for (int i = 0; i < readings.size(); i++) {
                which.add(readings.get(i) + (matches.get(i).isEmpty() ? " does not match"
                        : " matches " + matches.get(i).get(0).when()));
            }
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0.5, "'" + out.claim.date() + "' can be read several ways: "
                    + String.join("; ", which) + ". Write the date unambiguously to check it." + weighed,
                    evidence(matches.stream().flatMap(List::stream).distinct().toList(), "context"));
        }
        if (query.defaulted()) {
            // "the July 15 coup" for a failed attempt: copy uses the bare word for both
            for (String other : EventResolver.defaultReadings(query.kind())) {
                List<Occurrence> found = allWithin(candidates(query, other), readings);
                if (!found.isEmpty() && !other.equals(query.subtype())) {
                    return supported(out, found, 0.7, " It is recorded as " + other + ", not " + query.subtype()
                            + ": the claim's bare '" + query.kind() + "' is read as either.", weighed);
                }
            }
        }
        DateSpan best = readings.get(0);
        List<Occurrence> others = new ArrayList<>();
        for (DateSpan reading : readings) {
            for (Occurrence o : within(all, reading)) {
                boolean candidate = o.held() && o.hasSubtype(query.subtype()) && fitsRound(o, query.round(), all);
                if (!candidate && !others.contains(o)) {
                    others.add(o);
                }
            }
        }
        if (!others.isEmpty()) {
            return otherEventThen(out, others, candidates, weighed);
        }
        EventCoverage complete = absenceRefutes(query, readings);
        if (candidates.isEmpty() && complete == null) {
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0, "No " + query.describe() + " is on record"
                    + coverageNote(query.kind()) + "." + incompleteness(query, readings), List.of());
        }
        Occurrence nearest = candidates.isEmpty() ? null : nearby(candidates, best, 1).get(0);
        long days = nearest == null ? Long.MAX_VALUE : nearest.distance(best);
        if (nearest != null && days == 0) {
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0.3, "The " + query.describe() + " of " + nearest.when()
                    + " is recorded only to the " + nearest.primary().date().precision().label() + ", so it cannot be"
                    + " told whether it lies within " + describe(readings) + "." + weighed,
                    evidence(List.of(nearest), "context"));
        }
        String nearestText = nearest == null ? "" : " The nearest is on " + nearest.when() + ", " + amount(days) + " "
                + (nearest.end().isBefore(best.start()) ? "before" : "after") + " it.";
        if (nearest != null && days == 1 && query.kind().equals("election") && best.precision() == DatePrecision.DAY) {
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0.3, "The " + query.describe() + " is recorded on "
                    + nearest.when() + ", one day from " + best + ". Polls are open over two days in some countries"
                    + " and sources differ by a day on when a vote was held, so a one-day difference is not a"
                    + " contradiction." + weighed, evidence(List.of(nearest), "context"));
        }
        Occurrence unheld = complete == null ? null : unconfirmedNear(all, query, best);
        if (unheld != null) {
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0.3, "No " + query.describe() + " is recorded as held within "
                    + describe(readings) + "." + nearestText + " But " + unheld.sources() + " records one "
                    + (unheld.primary().title().contains("Voided") || unheld.primary().title().contains("Anulled")
                    ? "voided or annulled" : "announced or scheduled, and not whether it was held,") + " on "
                    + unheld.when() + ", so its silence is not evidence here." + weighed,
                    evidence(List.of(unheld), "context"));
        }
        if (complete != null && nearest != null && nearest.records().size() < 2 && days <= SINGLE_SOURCE_DOUBT_DAYS) {
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0.3, "No " + query.describe() + " is recorded within "
                    + describe(readings) + "." + nearestText + " Only " + nearest.sources() + " records it, and a"
                    + " single source can misdate a vote that was postponed or held in phases, so a claim this close"
                    + " may be about that event, correctly dated." + weighed, evidence(List.of(nearest), "context"));
        }
        if (complete != null) {
            List<Evidence> evidence = new ArrayList<>();
            if (nearest != null) {
                evidence.addAll(evidence(List.of(nearest), "contradicts"));
            }
            evidence.add(complete.evidence("decides")); // with no event of the kind there at all, the only one
            return out.verdict(VerdictLabel.REFUTED, 0.9, "No " + query.describe() + " is recorded within "
                    + describe(readings) + ", and " + complete.describe() + " (" + complete.location()
                    + "), so none took place then." + nearestText + weighed, evidence);
        }
        EventIndex.Coverage coverage = index.coverage(query.kind());
        if (coverage == null || !coverage.contains(best.start()) || !coverage.contains(best.end())) {
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0, "No " + query.describe() + " is on record within "
                    + best + ", which lies outside the records of this kind" + coverageNote(query.kind()) + "."
                    + weighed, List.of());
        }
        return out.verdict(VerdictLabel.UNVERIFIABLE, 0, "No " + query.describe() + " is recorded within "
                + describe(readings) + "." + nearestText + incompleteness(query, readings) + weighed,
                nearest == null ? List.of() : evidence(List.of(nearest), "context"));
    }

    private Verdict supported(DateCheck out, List<Occurrence> found, double confidence, String note, String weighed) {
        List<DateSpan> readings = out.written.readings();
        String recorded = found.stream().map(Occurrence::when).collect(Collectors.joining(" and "));
        String sources = " (" + found.stream().map(Occurrence::sources).distinct().collect(Collectors.joining("; "))
                + ")" + found.stream().map(Occurrence::subtypeDisagreement).collect(Collectors.joining());
        if (out.written.weekdayContradicted() && found.stream().noneMatch(o -> o.days().size() > 1)) {
            return out.verdict(VerdictLabel.MISLEADING, 0.8, "The " + out.query.describe() + " is recorded on "
                    + recorded + sources + ", as written, but that day was a " + weekday(found.get(0).start())
                    + ", not a " + name(out.written.statedWeekday()) + "." + note + weighed,
                    evidence(found, "decides"));
        }
        DatePrecision precision = readings.get(0).precision();
        String precisionNote = precision == DatePrecision.DAY ? ""
                : precision == DatePrecision.FUZZY ? " (the claim's date is approximate)"
                : " (the claim is precise to the " + precision.label() + ")";
        double c = Math.min(confidence, readings.size() > 1 ? 0.9 : 1.0);
        return out.verdict(VerdictLabel.SUPPORTED, c, "The " + out.query.describe() + " is recorded on " + recorded
                + sources + ", within '" + out.claim.date() + "' read as " + describe(readings) + precisionNote + "."
                + note + weighed, evidence(found, "decides"));
    }

    /**
     * No event of the claimed subtype or round then, but one of another: "the run-off" on the day of the first round.
     * A run-off misdated onto its own first round is refuted when the run-off itself is recorded nearby; otherwise
     * the claim may be using another word for the event that was held, and is left unverifiable.
     */
    private Verdict otherEventThen(DateCheck out, List<Occurrence> others, List<Occurrence> candidates, String weighed) {
        EventQuery query = out.query;
        Occurrence then = others.get(0);
        String what = then.kind() + (then.subtypes().isEmpty() ? "" : " (" + String.join(", ",
                then.subtypes().stream().sorted().toList()) + ")") + (then.round() == null ? ""
                : then.round() == 2 ? " run-off" : " first round") + (then.held() ? "" : ", not recorded as held,");
        String recorded = article(what) + " in " + query.place().name() + " is recorded on " + then.when() + " ("
                + then.sources() + "), not " + article(query.describe()).toLowerCase(Locale.ROOT).charAt(0)
                + article(query.describe()).substring(1) + ".";
        if (query.round() != null && then.held() && then.hasSubtype(query.subtype())) {
            Occurrence right = candidates.isEmpty() ? null : nearby(candidates, out.written.readings().get(0), 1).get(0);
            long apart = right == null ? Long.MAX_VALUE : right.distance(out.written.readings().get(0));
            if (apart <= 60) {
                List<Evidence> evidence = new ArrayList<>(evidence(List.of(right), "contradicts"));
                evidence.addAll(evidence(List.of(then), "context"));
                return out.verdict(VerdictLabel.REFUTED, 0.85, recorded + " The " + query.describe() + " was on "
                        + right.when() + "." + weighed, evidence);
            }
        }
        return out.verdict(VerdictLabel.UNVERIFIABLE, 0.3, recorded + " The claim may be naming it another way."
                + weighed, evidence(others, "context"));
    }

    /** An event of the claimed subtype the sources do not record as held, within the doubt window of the reading. */
    private static Occurrence unconfirmedNear(List<Occurrence> all, EventQuery query, DateSpan reading) {
        for (Occurrence o : all) {
            if (!o.held() && o.hasSubtype(query.subtype()) && o.distance(reading) <= SINGLE_SOURCE_DOUBT_DAYS) {
                return o;
            }
        }
        return null;
    }

    /** The coverage that makes absence a refutation, or null: a definite claim, complete sources over every reading. */
    private EventCoverage absenceRefutes(EventQuery query, List<DateSpan> readings) {
        if (query.scope() != null) {
            return null;
        }
        EventCoverage found = null;
        for (DateSpan reading : readings) {
            Optional<EventCoverage> c = index.completeFor(query.place().id(), query.kind(), query.meant(),
                    reading);
            if (c.isEmpty()) {
                return null;
            }
            found = c.get();
        }
        return found;
    }

    /** Why absence does not refute here: a word that puts the claim outside the sources, or their coverage. */
    private String incompleteness(EventQuery query, List<DateSpan> readings) {
        if (query.scope() != null) {
            return " '" + query.scope() + "' puts it outside what the sources record completely, so their silence"
                    + " is not evidence.";
        }
        return " No source of the dataset records every " + query.kind() + (query.meant().isEmpty() ? ""
                : " (" + String.join(", ", query.meant().stream().sorted().toList()) + ")") + " in "
                + query.place().name() + " at that date, so the records may miss it.";
    }

    String coverageNote(String kind) {
        EventIndex.Coverage coverage = index.coverage(kind);
        return coverage == null ? " (the dataset records no events of this kind)"
                : " (records of " + kind + "s cover " + coverage.from() + " to " + coverage.to() + ")";
    }
}
