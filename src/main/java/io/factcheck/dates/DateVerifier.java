package io.factcheck.dates;

import io.factcheck.kernel.AsOf;
import io.factcheck.kernel.ClaimRejected;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.validation.IsoDateValidator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Checks a {@link DateClaim}: reads the written date into its readings, resolves the event to a kind and place,
 * and compares with the recorded events of that kind and place ({@link DateJudgement}). Stateless and thread-safe.
 */
public final class DateVerifier {
    public static final String KIND = "date";

    private final DateExpressionReader reader;
    private final EventResolver resolver;
    private final EventIndex index;
    private final DatasetRef dataset;
    private final DateJudgement judgement;

    public DateVerifier(DateExpressionReader reader, EventResolver resolver, EventIndex index, DatasetRef dataset) {
        this.reader = reader;
        this.resolver = resolver;
        this.index = index;
        this.dataset = dataset;
        this.judgement = new DateJudgement(index);
    }

    /** The kind of event a single folded word names in copy ("coup", "polls"), or null: what a story finder looks for. */
    public String eventKindOf(String word) {
        return resolver.kindOf(word);
    }

    /** The kinds of event the records hold ("coup", "election"), for saying what a claim of another kind lacks. */
    public SortedSet<String> eventKinds() {
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
        DateCheck out = new DateCheck(claim, written, resolution.query(), dataset);
        if (resolution.query() == null) {
            return out.unverifiable("Cannot tell which event is meant: " + resolution.problem() + ".", List.of());
        }
        return judgement.judge(out);
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
                events.isEmpty() ? "No " + query.describe() + " is on record" + judgement.coverageNote(query.kind())
                        + "." : null, dataset);
    }

    private DateReadings read(DateClaim claim) {
        LocalDate published = claim.context() == null || claim.context().publishedAt() == null ? null
                : AsOf.isoDay(claim.context().publishedAt());
        return read(claim.date(), published);
    }

    static List<DateClaimReading.Span> spans(DateReadings written) {
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
}
