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
    private final Map<String, Map<String, List<EventRecord>>> byPlaceAndKind = new HashMap<>();
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
            byPlaceAndKind.computeIfAbsent(e.place().id(), k -> new HashMap<>())
                    .computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
            LocalDate to = e.source().snapshot() != null && e.source().snapshot().isAfter(e.date().end())
                    ? e.source().snapshot() : e.date().end();
            coverage.merge(e.kind(), new Coverage(e.date().start(), to), (a, b) -> new Coverage(
                    a.from.isBefore(b.from) ? a.from : b.from, a.to.isAfter(b.to) ? a.to : b.to));
        }
        byPlaceAndKind.values().forEach(kinds -> kinds.values()
                .forEach(list -> list.sort(Comparator.comparing(e -> e.date().start()))));
    }

    /** Events of a kind in a place, narrowed to a subtype when one is given. */
    public List<EventRecord> find(String placeId, String kind, String subtype) {
        List<EventRecord> all = byPlaceAndKind.getOrDefault(placeId, Map.of()).getOrDefault(kind, List.of());
        return subtype == null ? all : all.stream().filter(e -> subtype.equals(e.subtype())).toList();
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
