package io.factcheck.dates;

import java.util.List;

/**
 * The date claim as understood, returned in the verdict's {@code claim} field.
 *
 * @param readings    every reading of the written date, most plausible first
 * @param understood  the written date restated ("February 1 (no year)", "almost 5 months ago")
 * @param eventKind   the kind of event resolved ("coup"), with its subtype and place
 */
public record DateClaimReading(String event, String date, String place, String publishedAt,
                               List<Span> readings, String understood, String statedWeekday,
                               String eventKind, String eventSubtype, String eventPlace) {

    /** One reading as the contract writes it: inclusive bounds and a precision. */
    public record Span(String start, String end, String precision) {
    }
}
