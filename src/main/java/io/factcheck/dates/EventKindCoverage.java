package io.factcheck.dates;

import java.util.List;

/**
 * What the records say about one kind of event in a place, for an editor asking what can be checked. Dates are
 * written at their precision ("1958", "2021-02-01").
 *
 * @param events         events on record, once each source's records of the same event are merged
 * @param from           the first event's date
 * @param to             the last event's date
 * @param subtypes       the events of each subtype ("realized", "attempted"; "legislative", "executive")
 * @param sources        the ids of the sources that record them
 * @param absenceRefutes where a source records every event of the kind (event_coverage.csv): a date claim there and
 *                       then that no record bears out can be refuted, not just left unverifiable
 */
public record EventKindCoverage(String kind, int events, String from, String to, List<Subtype> subtypes,
                                List<String> sources, List<Complete> absenceRefutes) {

    public record Subtype(String subtype, int events, String from, String to) {
    }

    /** A source complete for these subtypes of the kind, in the place, from {@code from} to {@code to}. */
    public record Complete(String source, List<String> subtypes, String from, String to) {
        static Complete of(EventCoverage c) {
            return new Complete(c.source().id(), c.subtypes().stream().sorted().toList(), c.from().toString(),
                    c.to().toString());
        }
    }

    static EventKindCoverage of(String kind, List<Occurrence> events, List<EventCoverage> complete) {
        List<Complete> refutes = complete.stream().map(Complete::of).toList();
        if (events.isEmpty()) {
            return new EventKindCoverage(kind, 0, null, null, List.of(), List.of(), refutes);
        }
        List<String> subtypes = events.stream().flatMap(o -> o.subtypes().stream()).distinct().sorted().toList();
        List<Subtype> bySubtype = subtypes.stream().map(s -> {
            List<Occurrence> of = events.stream().filter(o -> o.subtypes().contains(s)).toList();
            return new Subtype(s, of.size(), dated(of.get(0)), dated(of.get(of.size() - 1)));
        }).toList();
        List<String> sources = events.stream().flatMap(o -> o.records().stream()).map(r -> r.source().id())
                .distinct().sorted().toList();
        return new EventKindCoverage(kind, events.size(), dated(events.get(0)), dated(events.get(events.size() - 1)),
                bySubtype, sources, refutes);
    }

    /** An event's date as its most precise record gives it. */
    private static String dated(Occurrence event) {
        return event.primary().date().toString();
    }
}
