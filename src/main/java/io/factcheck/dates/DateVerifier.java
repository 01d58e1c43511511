package io.factcheck.dates;

import io.factcheck.kernel.AsOf;
import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.DatePrecision;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.validation.IsoDateValidator;
import io.factcheck.kernel.VerdictLabel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a {@link DateClaim}: reads the written date into its readings, resolves the event to a kind and place,
 * and compares with the recorded events of that kind and place. Stateless and thread-safe.
 */
public final class DateVerifier {
    public static final String KIND = "date";
    /** Candidates named in an explanation: all of them up to this many, else the nearest this many. */
    private static final int MAX_LISTED = 8;

    /**
     * Within this many days of an event only one source records, a claim is not refuted by that source's silence:
     * single sources misdate votes (REIGN has Spain's April 2019 election on May 28 and Nigeria's 2019 one on the
     * day it was postponed from), while two sources agreeing on a day are trusted to it.
     */
    private static final long SINGLE_SOURCE_DOUBT_DAYS = 62;

    private final DateExpressionReader reader;
    private final EventResolver resolver;
    private final EventIndex index;
    private final DatasetRef dataset;

    public DateVerifier(DateExpressionReader reader, EventResolver resolver, EventIndex index, DatasetRef dataset) {
        this.reader = reader;
        this.resolver = resolver;
        this.index = index;
        this.dataset = dataset;
    }

    /** The kind of event a single folded word names in copy ("coup", "polls"), or null: what a story finder looks for. */
    public String eventKindOf(String word) {
        return resolver.kindOf(word);
    }

    /** The kinds of event the records hold ("coup", "election"), for saying what a claim of another kind lacks. */
    public java.util.SortedSet<String> eventKinds() {
        return resolver.kinds();
    }

    /** The date reader this verifier reads claims with, for finders that look for dates in copy. */
    public DateExpressionReader reader() {
        return reader;
    }

    /** What the records cover, per place id: each event kind's events, span and sources. Worked out anew each call. */
    public Map<String, List<EventKindCoverage>> coverage() {
        return index.coverage();
    }

    public Verdict verify(DateClaim claim) {
        DateReadings written = read(claim);
        EventResolver.Resolution resolution = resolver.resolve(claim.event(), claim.place());
        Outcome out = new Outcome(claim, written, resolution.query());
        if (resolution.query() == null) {
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0, "Cannot tell which event is meant: "
                    + resolution.problem() + ".", List.of());
        }
        EventQuery query = resolution.query();
        List<Occurrence> all = index.find(query.place().id(), query.kind(), null);
        List<Occurrence> candidates = candidates(query, query.subtype());
        if (all.isEmpty() && absenceRefutes(query, written.readings()) == null) {
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0, "No " + query.describe() + " is on record"
                    + coverageNote(query.kind()) + "." + incompleteness(query, written.readings()), List.of());
        }
        return judge(out, all, candidates);
    }

    /**
     * The claim's readings and every recorded event of the kind, subtype and place it names, for a picture: the same
     * reading and resolution as {@link #verify}, so a date the reader refuses is the same {@link ClaimRejected}.
     */
    public EventContext context(DateClaim claim) {
        List<DateClaimReading.Span> readings = spans(read(claim));
        EventResolver.Resolution resolution = resolver.resolve(claim.event(), claim.place());
        EventQuery query = resolution.query();
        if (query == null) {
            return new EventContext(null, null, null, readings, List.of(),
                    "Cannot tell which event is meant: " + resolution.problem() + ".", dataset);
        }
        List<EventContext.Event> events = index.find(query.place().id(), query.kind(), query.subtype()).stream()
                .map(o -> EventContext.Event.of(o.primary())).toList();
        return new EventContext(query.kind(), query.subtype(), query.place().name(), readings, events,
                events.isEmpty() ? "No " + query.describe() + " is on record" + coverageNote(query.kind()) + "." : null,
                dataset);
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

    private Verdict judge(Outcome out, List<Occurrence> all, List<Occurrence> candidates) {
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

    private Verdict supported(Outcome out, List<Occurrence> found, double confidence, String note, String weighed) {
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
    private Verdict otherEventThen(Outcome out, List<Occurrence> others, List<Occurrence> candidates, String weighed) {
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
            java.util.Optional<EventCoverage> c = index.completeFor(query.place().id(), query.kind(), query.meant(),
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

    private static List<Occurrence> allWithin(List<Occurrence> ordered, List<DateSpan> readings) {
        List<Occurrence> out = new ArrayList<>();
        for (DateSpan reading : readings) {
            List<Occurrence> found = within(ordered, reading);
            if (found.isEmpty()) {
                return List.of();
            }
            found.stream().filter(o -> !out.contains(o)).forEach(out::add);
        }
        return out;
    }

    private DateReadings read(DateClaim claim) {
        LocalDate published = claim.context() == null || claim.context().publishedAt() == null ? null
                : AsOf.isoDay(claim.context().publishedAt());
        return read(claim.date(), published);
    }

    private static List<DateClaimReading.Span> spans(DateReadings written) {
        return written.readings().stream().map(r -> new DateClaimReading.Span(r.start().toString(),
                r.end().toString(), r.precision().label())).toList();
    }

    private DateReadings read(String date, LocalDate published) {
        try {
            DateReadings readings = reader.read(date, published);
            DateSpan best = readings.best();
            if (best.start().getYear() < IsoDateValidator.MIN_YEAR || best.end().getYear() > IsoDateValidator.MAX_YEAR) {
                // the bounds of every claim date (asOf, publishedAt); a story's list of dates still shows "1776"
                throw new ClaimRejected("date", "'" + date + "' lies outside the years this service checks ("
                        + IsoDateValidator.MIN_YEAR + "-" + IsoDateValidator.MAX_YEAR + ")");
            }
            return readings;
        } catch (DateExpressionException e) {
            String field = e.needsPublicationDate() ? "context.publishedAt" : "date";
            String reason = e.needsPublicationDate()
                    ? "is required to read the relative or partial date '" + date + "'"
                    : "'" + date + "' is not a date this service can read: " + e.detail();
            throw new ClaimRejected(field, reason);
        }
    }

    /** The events with a recorded day wholly within a reading. */
    private static List<Occurrence> within(List<Occurrence> ordered, DateSpan reading) {
        List<Occurrence> out = new ArrayList<>(2);
        int from = EventIndex.firstFrom(ordered, reading.start().minusDays(EventIndex.LONGEST_SPAN_DAYS));
        for (int i = from; i < ordered.size(); i++) {
            Occurrence o = ordered.get(i);
            if (o.start().isAfter(reading.end())) {
                break;
            }
            if (o.within(reading)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Up to {@code count} events nearest to a reading, nearest first (a binary search, then outward). */
    private static List<Occurrence> nearby(List<Occurrence> ordered, DateSpan reading, int count) {
        List<Occurrence> out = new ArrayList<>(count);
        int after = EventIndex.firstFrom(ordered, reading.start());
        int before = after - 1;
        while (out.size() < count && (before >= 0 || after < ordered.size())) {
            boolean takeBefore = after >= ordered.size() || before >= 0
                    && ordered.get(before).distance(reading) <= ordered.get(after).distance(reading);
            out.add(ordered.get(takeBefore ? before-- : after++));
        }
        return out;
    }

    /** " Candidates weighed: ..." naming the recorded events nearest the claimed date, and how many there are. */
    private static String weighed(List<Occurrence> candidates, DateSpan reading) {
        List<Occurrence> near = new ArrayList<>(nearby(candidates, reading, MAX_LISTED));
        near.sort(Comparator.comparing(Occurrence::start));
        String listed = near.stream().map(Occurrence::when).collect(Collectors.joining(", "));
        return candidates.size() <= MAX_LISTED ? " Candidates weighed: " + listed + "."
                : " Candidates weighed: " + candidates.size() + " on record, the nearest " + listed + ".";
    }

    private static String amount(long days) {
        if (days == 1) {
            return "one day";
        }
        if (days < 60) {
            return days + " days";
        }
        if (days < 730) {
            return days + " days (about " + Math.round(days / 30.44) + " months)";
        }
        return days + " days (about " + Math.round(days / 365.25) + " years)";
    }

    private static String describe(List<DateSpan> readings) {
        return readings.stream().map(r -> r.precision() == DatePrecision.DAY ? r.start().toString()
                : r.start() + " to " + r.end()).collect(Collectors.joining(" or "));
    }

    private String coverageNote(String kind) {
        EventIndex.Coverage coverage = index.coverage(kind);
        return coverage == null ? " (the dataset records no events of this kind)"
                : " (records of " + kind + "s cover " + coverage.from() + " to " + coverage.to() + ")";
    }

    /** "An election (executive) first round", "A coup (attempted)" */
    private static String article(String phrase) {
        return ("aeiou".indexOf(Character.toLowerCase(phrase.charAt(0))) >= 0 ? "An " : "A ") + phrase;
    }

    private static String weekday(LocalDate day) {
        return name(day.getDayOfWeek());
    }

    private static String name(java.time.DayOfWeek day) {
        String n = day.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** Every source's record of each event. */
    private static List<Evidence> evidence(List<Occurrence> events, String role) {
        return events.stream().flatMap(o -> o.records().stream()).map(e -> e.evidence(role)).toList();
    }

    /** The claim being answered and what was understood of it. */
    private final class Outcome {
        final DateClaim claim;
        final DateReadings written;
        final EventQuery query;

        Outcome(DateClaim claim, DateReadings written, EventQuery query) {
            this.claim = claim;
            this.written = written;
            this.query = query;
        }

        Verdict verdict(VerdictLabel label, double confidence, String explanation, List<Evidence> evidence) {
            DateClaimReading reading = new DateClaimReading(claim.event(), claim.date(), claim.place(),
                    claim.context() == null ? null : claim.context().publishedAt(),
                    spans(written), written.understood(),
                    written.statedWeekday() == null ? null : name(written.statedWeekday()),
                    query == null ? null : query.kind(), query == null ? null : query.subtype(),
                    query == null ? null : query.place().name());
            return new Verdict(KIND, label, confidence, reading, explanation, evidence, dataset);
        }
    }
}
