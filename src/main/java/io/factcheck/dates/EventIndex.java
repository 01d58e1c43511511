package io.factcheck.dates;

import io.factcheck.kernel.DateSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Events by place and kind, ordered by date; what each kind's records reach; and where sources are complete.
 *
 * <p>Records are merged into {@link Occurrence}s here, when the dataset is loaded, over everything loaded, so that
 * a newsroom's own list merges with the bundled sources the same way: two records of different sources are one
 * event when they are of the same kind and place, of compatible subtypes (a coup one source calls realized and
 * the other attempted is still one coup) and rounds, and no more than {@value #MERGE_DAYS} days apart. Nearest
 * pairs merge first, and an event holds at most one record of each source.
 */
public final class EventIndex {
    /** Coup lists differ by a day or two on when a coup happened (the night it began, the day it succeeded). */
    static final int MERGE_DAYS = 3;
    private static final Set<String> OUTCOMES = Set.of("realized", "attempted");
    /** The most precise record of an event first, then file order. */
    private static final Comparator<EventRecord> BY_PRECISION = Comparator
            .comparing((EventRecord e) -> e.date().precision().ordinal()).thenComparing(EventRecord::location);

    /** Sorted by date, under "place|kind" and "place|kind|subtype". */
    private final Map<String, List<Occurrence>> byKey = new HashMap<>();
    /** The same, of the events some source records as held. */
    private final Map<String, List<Occurrence>> heldByKey = new HashMap<>();
    private final Map<String, List<EventCoverage>> complete = new HashMap<>();
    private final Map<String, Coverage> coverage = new HashMap<>();
    private final int size;
    private final int occurrences;

    /** The span a kind's records cover: from the earliest event to the last snapshot of the sources that record it. */
    public record Coverage(LocalDate from, LocalDate to) {
        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public EventIndex(List<EventRecord> events) {
        this(events, List.of());
    }

    public EventIndex(List<EventRecord> events, List<EventCoverage> completeness) {
        this.size = events.size();
        Map<String, List<EventRecord>> groups = new HashMap<>();
        for (EventRecord e : events) {
            groups.computeIfAbsent(e.place().id() + "|" + e.kind(), k -> new ArrayList<>()).add(e);
            LocalDate to = e.source().snapshot() != null && e.source().snapshot().isAfter(e.date().end())
                    ? e.source().snapshot() : e.date().end();
            coverage.merge(e.kind(), new Coverage(e.date().start(), to), (a, b) -> new Coverage(
                    a.from.isBefore(b.from) ? a.from : b.from, a.to.isAfter(b.to) ? a.to : b.to));
        }
        int count = 0;
        for (Map.Entry<String, List<EventRecord>> group : groups.entrySet()) {
            List<Occurrence> merged = merge(group.getValue());
            count += merged.size();
            byKey.put(group.getKey(), merged);
            for (Occurrence o : merged) {
                if (o.held()) {
                    heldByKey.computeIfAbsent(group.getKey(), k -> new ArrayList<>()).add(o);
                }
                for (String subtype : o.subtypes()) {
                    byKey.computeIfAbsent(group.getKey() + "|" + subtype, k -> new ArrayList<>()).add(o);
                    if (o.held()) {
                        heldByKey.computeIfAbsent(group.getKey() + "|" + subtype, k -> new ArrayList<>()).add(o);
                    }
                }
            }
        }
        this.occurrences = count;
        for (EventCoverage c : completeness) {
            complete.computeIfAbsent(c.place().id() + "|" + c.kind(), k -> new ArrayList<>()).add(c);
        }
    }

    /** Merges a place and kind's records into occurrences, ordered by date. */
    private static List<Occurrence> merge(List<EventRecord> records) {
        String firstSource = records.get(0).source().id();
        if (records.stream().allMatch(e -> e.source().id().equals(firstSource))) {
            List<Occurrence> out = new ArrayList<>(records.size()); // one source: nothing to merge
            for (EventRecord e : records) {
                out.add(new Occurrence(List.of(e)));
            }
            out.sort(Comparator.comparing(Occurrence::start));
            return out;
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                EventRecord a = records.get(i);
                EventRecord b = records.get(j);
                if (a.source().id().equals(b.source().id()) || !compatible(a, b)) {
                    continue;
                }
                long apart = new Occurrence(List.of(a)).distance(b.date());
                if (apart <= MERGE_DAYS) {
                    pairs.add(new int[]{i, j, (int) apart});
                }
            }
        }
        pairs.sort(Comparator.comparingInt(p -> p[2]));
        int[] group = new int[records.size()];
        List<List<EventRecord>> members = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            group[i] = i;
            members.add(new ArrayList<>(List.of(records.get(i))));
        }
        for (int[] p : pairs) {
            int ga = group[p[0]];
            int gb = group[p[1]];
            if (ga == gb || !disjointSources(members.get(ga), members.get(gb))) {
                continue;
            }
            members.get(ga).addAll(members.get(gb));
            for (EventRecord e : members.get(gb)) {
                group[records.indexOf(e)] = ga;
            }
            members.set(gb, List.of());
        }
        List<Occurrence> out = new ArrayList<>();
        for (List<EventRecord> m : members) {
            if (m.size() > 1) {
                m.sort(BY_PRECISION);
            }
            if (!m.isEmpty()) {
                out.add(new Occurrence(m));
            }
        }
        out.sort(Comparator.comparing(Occurrence::start));
        return out;
    }

    private static boolean compatible(EventRecord a, EventRecord b) {
        boolean subtypes = a.subtype() == null || b.subtype() == null || a.subtype().equals(b.subtype())
                || OUTCOMES.contains(a.subtype()) && OUTCOMES.contains(b.subtype());
        boolean rounds = a.round() == null || b.round() == null || a.round().equals(b.round());
        return subtypes && rounds;
    }

    private static boolean disjointSources(List<EventRecord> a, List<EventRecord> b) {
        Set<String> sources = new HashSet<>();
        a.forEach(e -> sources.add(e.source().id()));
        return b.stream().noneMatch(e -> sources.contains(e.source().id()));
    }

    /**
     * What the records cover, per place id: each event kind's events, span and sources, and where a source is
     * complete for it (a kind with no event on record may still be covered that way: no coup in the place).
     */
    public Map<String, List<EventKindCoverage>> coverage() {
        Map<String, Set<String>> kindsByPlace = new HashMap<>();
        for (String key : byKey.keySet()) {
            String[] parts = key.split("\\|");
            if (parts.length == 2) {
                kindsByPlace.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[1]);
            }
        }
        complete.values().forEach(list -> list.forEach(c -> kindsByPlace
                .computeIfAbsent(c.place().id(), k -> new TreeSet<>()).add(c.kind())));
        Map<String, List<EventKindCoverage>> out = new HashMap<>();
        kindsByPlace.forEach((place, kinds) -> out.put(place, kinds.stream()
                .map(kind -> EventKindCoverage.of(kind, find(place, kind, null),
                        complete.getOrDefault(place + "|" + kind, List.of())))
                .toList()));
        return out;
    }

    /** Events of a kind in a place, narrowed to a subtype when one is given, ordered by date. */
    public List<Occurrence> find(String placeId, String kind, String subtype) {
        String key = placeId + "|" + kind + (subtype == null ? "" : "|" + subtype);
        return byKey.getOrDefault(key, List.of());
    }

    /** Events of a kind in a place that some source records as held, narrowed to a subtype when one is given. */
    public List<Occurrence> findHeld(String placeId, String kind, String subtype) {
        String key = placeId + "|" + kind + (subtype == null ? "" : "|" + subtype);
        return heldByKey.getOrDefault(key, List.of());
    }

    /**
     * A source complete for events of the kind, of every subtype the claim may mean, in the place, over the whole
     * span: then no event within the span is evidence that none happened.
     */
    public Optional<EventCoverage> completeFor(String placeId, String kind, Set<String> meant, DateSpan span) {
        for (EventCoverage c : complete.getOrDefault(placeId + "|" + kind, List.of())) {
            if (c.covers(meant, span)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The most days an event's records span (India's phased polls, sources a few days apart): how far to look back. */
    static final int LONGEST_SPAN_DAYS = 60;

    /** The index of the first event (of a date-ordered list) starting on or after the day: a binary search. */
    public static int firstFrom(List<Occurrence> ordered, LocalDate day) {
        int low = 0;
        int high = ordered.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ordered.get(mid).start().isBefore(day)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The events with a recorded day wholly within a reading. */
    static List<Occurrence> within(List<Occurrence> ordered, DateSpan reading) {
        List<Occurrence> out = new ArrayList<>(2);
        int from = firstFrom(ordered, reading.start().minusDays(LONGEST_SPAN_DAYS));
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
    static List<Occurrence> nearby(List<Occurrence> ordered, DateSpan reading, int count) {
        List<Occurrence> out = new ArrayList<>(count);
        int after = firstFrom(ordered, reading.start());
        int before = after - 1;
        while (out.size() < count && (before >= 0 || after < ordered.size())) {
            boolean takeBefore = after >= ordered.size() || before >= 0
                    && ordered.get(before).distance(reading) <= ordered.get(after).distance(reading);
            out.add(ordered.get(takeBefore ? before-- : after++));
        }
        return out;
    }

    static List<Occurrence> allWithin(List<Occurrence> ordered, List<DateSpan> readings) {
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

    public Coverage coverage(String kind) {
        return coverage.get(kind);
    }

    public Set<String> kinds() {
        return new TreeSet<>(coverage.keySet());
    }

    /** Records read. */
    public int size() {
        return size;
    }

    /** Events once the records of the same event are merged. */
    public int occurrences() {
        return occurrences;
    }
}
