package io.factcheck.importer;

import io.factcheck.kernel.Csv;

/**
 * One row of the canonical events.csv as an importer writes it.
 *
 * @param round   "1" or "2" for the rounds of a two-round election, else null
 * @param lastDay the last day of an event held over several days (polls open on a Friday and a Saturday), else null
 * @param status  null for an event that took place; "voided" when the source records it as voided or cancelled
 */
record EventRow(String id, String kind, String subtype, String place, String date, String title, String source,
                String url, String recordId, String note, String round, String lastDay, String status) {

    EventRow(String id, String kind, String subtype, String place, String date, String title, String source,
             String url, String recordId, String note) {
        this(id, kind, subtype, place, date, title, source, url, recordId, note, null, null, null);
    }

    EventRow withPollingDays(String firstDay, String last, String why) {
        return new EventRow(id, kind, subtype, place, firstDay, title, source, url, recordId,
                note + "; " + why, round, last, status);
    }

    String csv() {
        return Csv.line(id, kind, subtype, place, date, title, source, url, recordId, note, round, lastDay, status);
    }
}
