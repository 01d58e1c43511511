package io.factcheck.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Events by place and kind, ordered by date, and how far each kind's records reach. */
public final class EventIndex {
    /** Sorted by date, under "place|kind" and "place|kind|subtype". */
    private final Map<String, List<EventRecord>> byKey = new HashMap<>();
    private final Map<String, Coverage> coverage = new HashMap<>();
    private final int size;

    /** The span a kind's records cover: from the earliest event to the last snapshot of the sources that record it. */
    public record Coverage(LocalDate from, LocalDate to) {
        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public EventIndex(List<EventRecord> events) {
        this.size = events.size();
        for (EventRecord e : events) {
            String key = e.place().id() + "|" + e.kind();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            if (e.subtype() != null) {
                byKey.computeIfAbsent(key + "|" + e.subtype(), k -> new ArrayList<>()).add(e);
            }
            LocalDate to = e.source().snapshot() != null && e.source().snapshot().isAfter(e.date().end())
                    ? e.source().snapshot() : e.date().end();
            coverage.merge(e.kind(), new Coverage(e.date().start(), to), (a, b) -> new Coverage(
                    a.from.isBefore(b.from) ? a.from : b.from, a.to.isAfter(b.to) ? a.to : b.to));
        }
        byKey.values().forEach(list -> list.sort(Comparator.comparing(e -> e.date().start())));
    }

    /** Events of a kind in a place, narrowed to a subtype when one is given, ordered by date. */
    public List<EventRecord> find(String placeId, String kind, String subtype) {
        String key = placeId + "|" + kind + (subtype == null ? "" : "|" + subtype);
        return byKey.getOrDefault(key, List.of());
    }

    /** The index of the first event (of a date-ordered list) starting on or after the day: a binary search. */
    public static int firstFrom(List<EventRecord> ordered, LocalDate day) {
        int low = 0;
        int high = ordered.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ordered.get(mid).date().start().isBefore(day)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    public Coverage coverage(String kind) {
        return coverage.get(kind);
    }

    public Set<String> kinds() {
        return new TreeSet<>(coverage.keySet());
    }

    public int size() {
        return size;
    }
}
