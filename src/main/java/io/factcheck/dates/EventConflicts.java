package io.factcheck.dates;

import io.factcheck.kernel.Layered;
import io.factcheck.kernel.LayerConflict;
import io.factcheck.kernel.LoadReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A layer's event that a lower one contradicts without being replaced: of the same kind, subtype, round and place,
 * in the same year, on days that do not meet. Two such records are two events to the index, and copy naming "the
 * election" that year would find the one or the other.
 */
final class EventConflicts {
    private EventConflicts() {
    }

    static void report(List<Layered.Entry<EventRecord>> events, LoadReport report) {
        Map<String, List<Layered.Entry<EventRecord>>> byKind = new HashMap<>();
        for (Layered.Entry<EventRecord> e : events) {
            byKind.computeIfAbsent(group(e.record()), k -> new ArrayList<>()).add(e);
        }
        for (Layered.Entry<EventRecord> e : events) {
            if (e.level() == 0) {
                continue;
            }
            for (Layered.Entry<EventRecord> lower : byKind.get(group(e.record()))) {
                if (lower.level() < e.level() && contradicts(e.record(), lower.record())) {
                    report.conflict(new LayerConflict("event date", e.location(), e.key(), lower.location(),
                            lower.key(), "dates the " + e.record().describe() + ", the lower record the "
                            + lower.record().describe()));
                }
            }
        }
    }

    private static String group(EventRecord e) {
        return e.place().id() + "|" + e.kind() + "|" + e.subtype() + "|" + e.round() + "|" + e.date().start().getYear();
    }

    /** Days that do not meet: a record to the year is not contradicted by one to the day within it. */
    private static boolean contradicts(EventRecord a, EventRecord b) {
        return a.date().end().isBefore(b.date().start()) || b.date().end().isBefore(a.date().start());
    }
}
