package io.factcheck.dates;

import io.factcheck.kernel.DatasetRef;

import java.util.List;

/**
 * The data behind a date claim's picture: the claim's readings (as the verifier reads them) beside every recorded
 * event of the kind, subtype and place it names, by date. {@code kind}, {@code subtype} and {@code place} are null,
 * and {@code reason} says why, when the event text names no kind or place on record.
 */
public record EventContext(String kind, String subtype, String place, List<DateClaimReading.Span> readings,
                           List<Event> events, String reason, DatasetRef dataset) {

    /** A recorded event: its date at its own precision ("2021-02-01", "2020-11"), and where it is recorded. */
    public record Event(String date, String precision, String title, String source, String url, String recordId) {
        static Event of(EventRecord e) {
            return new Event(e.date().toString(), e.date().precision().label(), e.title(), e.source().name(),
                    e.url() != null ? e.url() : e.source().url(), e.recordId());
        }
    }
}
