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
     * How far a recorded event may lie from the claimed date and still be taken as the event the claim means, so
     * that the claim is REFUTED as misdated. Beyond it the claim may be about an event the records lack.
     */
    private static final long SAME_EVENT_DAYS = 120;

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

    /** The date reader this verifier reads claims with, for finders that look for dates in copy. */
    public DateExpressionReader reader() {
        return reader;
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
        List<EventRecord> candidates = index.find(query.place().id(), query.kind(), query.subtype());
        if (candidates.isEmpty()) {
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0, "No " + query.describe() + " is on record"
                    + coverageNote(query.kind()) + ".", List.of());
        }
        return judge(out, candidates);
    }

    /**
     * The claim's readings and every recorded event of the kind and place it names, for a picture: the same reading
     * and resolution as {@link #verify}, so a date the reader refuses is the same {@link ClaimRejected}.
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
                .map(EventContext.Event::of).toList();
        return new EventContext(query.kind(), query.subtype(), query.place().name(), readings, events,
                events.isEmpty() ? "No " + query.describe() + " is on record" + coverageNote(query.kind()) + "." : null,
                dataset);
    }

    private Verdict judge(Outcome out, List<EventRecord> candidates) {
        List<DateSpan> readings = out.written.readings();
        List<List<EventRecord>> matches = new ArrayList<>(readings.size());
        for (DateSpan reading : readings) {
            matches.add(within(candidates, reading));
        }
        String weighed = weighed(candidates, readings.get(0));
        long matching = matches.stream().filter(m -> !m.isEmpty()).count();
        if (matching == readings.size()) {
            List<EventRecord> found = matches.stream().flatMap(List::stream).distinct().toList();
            String recorded = found.stream().map(e -> e.date().toString()).collect(Collectors.joining(" and "));
            if (out.written.weekdayContradicted()) {
                return out.verdict(VerdictLabel.MISLEADING, 0.8, "The " + out.query.describe() + " is recorded on "
                        + recorded + ", as written, but that day was a " + weekday(found.get(0).date().start())
                        + ", not a " + name(out.written.statedWeekday()) + "." + weighed,
                        evidence(found, "decides"));
            }
            DatePrecision precision = readings.get(0).precision();
            String precisionNote = precision == DatePrecision.DAY ? ""
                    : precision == DatePrecision.FUZZY ? " (the claim's date is approximate)"
                    : " (the claim is precise to the " + precision.label() + ")";
            return out.verdict(VerdictLabel.SUPPORTED, readings.size() > 1 ? 0.9 : 1.0, "The " + out.query.describe()
                    + " is recorded on " + recorded + ", within '" + out.claim.date() + "' read as "
                    + describe(readings) + precisionNote + "." + weighed, evidence(found, "decides"));
        }
        if (matching > 0) {
            List<String> which = new ArrayList<>();
            for (int i = 0; i < readings.size(); i++) {
                which.add(readings.get(i) + (matches.get(i).isEmpty() ? " does not match"
                        : " matches " + matches.get(i).get(0).date()));
            }
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0.5, "'" + out.claim.date() + "' can be read several ways: "
                    + String.join("; ", which) + ". Write the date unambiguously to check it." + weighed,
                    evidence(matches.stream().flatMap(List::stream).distinct().toList(), "context"));
        }
        DateSpan best = readings.get(0);
        EventIndex.Coverage coverage = index.coverage(out.query.kind());
        if (coverage == null || !coverage.contains(best.start()) || !coverage.contains(best.end())) {
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0, "No " + out.query.describe() + " is on record within "
                    + best + ", which lies outside the records of this kind" + coverageNote(out.query.kind()) + "."
                    + weighed, List.of());
        }
        EventRecord nearest = nearby(candidates, best, 1).get(0);
        long days = distanceInDays(nearest.date(), best);
        if (days == 0) {
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0.3, "The " + out.query.describe() + " of " + nearest.date()
                    + " is recorded only to the " + nearest.date().precision().label() + ", so it cannot be told whether"
                    + " it lies within " + describe(readings) + "." + weighed, evidence(List.of(nearest), "context"));
        }
        String direction = nearest.date().end().isBefore(best.start()) ? "before" : "after";
        String nearestText = "The nearest is on " + nearest.date() + ", " + amount(days) + " " + direction + " it.";
        if (days > SAME_EVENT_DAYS) {
            // Too far to be the same event misdated: the claim may be about one the records do not hold.
            return out.verdict(VerdictLabel.UNVERIFIABLE, 0, "No " + out.query.describe() + " is recorded within "
                    + describe(readings) + ". " + nearestText + " That is too far off to be the event meant, and the"
                    + " records of this kind may miss some events." + weighed, evidence(List.of(nearest), "context"));
        }
        return out.verdict(VerdictLabel.REFUTED, 0.95, "No " + out.query.describe() + " is recorded within "
                + describe(readings) + ". " + nearestText + weighed, evidence(List.of(nearest), "contradicts"));
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

    /** The events that lie within a reading: all the days each may be on are in it. */
    private static List<EventRecord> within(List<EventRecord> ordered, DateSpan reading) {
        List<EventRecord> out = new ArrayList<>(2);
        for (int i = EventIndex.firstFrom(ordered, reading.start()); i < ordered.size(); i++) {
            EventRecord e = ordered.get(i);
            if (e.date().start().isAfter(reading.end())) {
                break;
            }
            if (!e.date().end().isAfter(reading.end())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Up to {@code count} events nearest to a reading, nearest first (a binary search, then outward). */
    private static List<EventRecord> nearby(List<EventRecord> ordered, DateSpan reading, int count) {
        List<EventRecord> out = new ArrayList<>(count);
        int after = EventIndex.firstFrom(ordered, reading.start());
        int before = after - 1;
        while (out.size() < count && (before >= 0 || after < ordered.size())) {
            boolean takeBefore = after >= ordered.size() || before >= 0
                    && distanceInDays(ordered.get(before).date(), reading)
                    <= distanceInDays(ordered.get(after).date(), reading);
            out.add(ordered.get(takeBefore ? before-- : after++));
        }
        return out;
    }

    /** " Candidates weighed: ..." naming the recorded events nearest the claimed date, and how many there are. */
    private static String weighed(List<EventRecord> candidates, DateSpan reading) {
        List<EventRecord> near = new ArrayList<>(nearby(candidates, reading, MAX_LISTED));
        near.sort(Comparator.comparing(e -> e.date().start()));
        String listed = near.stream().map(e -> e.date().toString()).collect(Collectors.joining(", "));
        return candidates.size() <= MAX_LISTED ? " Candidates weighed: " + listed + "."
                : " Candidates weighed: " + candidates.size() + " on record, the nearest " + listed + ".";
    }

    private static long distanceInDays(DateSpan event, DateSpan reading) {
        if (event.end().isBefore(reading.start())) {
            return ChronoUnit.DAYS.between(event.end(), reading.start());
        }
        if (event.start().isAfter(reading.end())) {
            return ChronoUnit.DAYS.between(reading.end(), event.start());
        }
        return 0;
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

    private static String weekday(LocalDate day) {
        return name(day.getDayOfWeek());
    }

    private static String name(java.time.DayOfWeek day) {
        String n = day.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static List<Evidence> evidence(List<EventRecord> events, String role) {
        return events.stream().map(e -> e.evidence(role)).toList();
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
