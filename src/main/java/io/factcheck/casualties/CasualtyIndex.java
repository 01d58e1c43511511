package io.factcheck.casualties;

import io.factcheck.kernel.TextFold;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Casualty series by place id, each with its figures in date order and its event words and counter names folded
 * once at load, so a claim costs hash hits, a few substring tests and a binary search.
 */
public final class CasualtyIndex {

    /** A series with its figures and the folded, space-padded text claims are matched against. */
    public record Entry(CasualtySeries series, SeriesFigures figures, List<String> eventWords, List<String> names,
                        String attribution) {

        /** Some event word occurs, as whole words, in the folded and space-padded claim text. */
        boolean namesEvent(String paddedEvent) {
            for (String w : eventWords) {
                if (paddedEvent.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, List<Entry>> byPlace = new HashMap<>();
    /** Per place, the series other than tolls of single events, in file order. */
    private final Map<String, List<Entry>> countedByPlace = new HashMap<>();
    /** Per place, the tolls of single events ordered by their day, and those days (epoch days) for a search. */
    private final Map<String, List<Entry>> tollsByPlace = new HashMap<>();
    private final Map<String, long[]> tollDays = new HashMap<>();
    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final int observationCount;
    private final long dailyValueCount;

    public CasualtyIndex(Collection<CasualtySeries> series, List<CasualtyObservation> observations,
                         List<CasualtyReader.DailyRun> daily) {
        Map<String, List<CasualtyObservation>> bySeries = new HashMap<>();
        for (CasualtyObservation o : observations) {
            bySeries.computeIfAbsent(o.series().id(), k -> new ArrayList<>()).add(o);
        }
        Map<String, CasualtyReader.DailyRun> runs = new HashMap<>();
        long values = 0;
        for (CasualtyReader.DailyRun run : daily) {
            runs.put(run.series().id(), run);
            values += run.values().length;
        }
        for (CasualtySeries s : series) {
            CasualtyReader.DailyRun run = runs.get(s.id());
            SeriesFigures figures = run != null
                    ? new SeriesFigures.Daily(s, run.start(), run.values(), run.file(), run.line())
                    : sparse(bySeries.getOrDefault(s.id(), List.of()));
            if (figures.days() == 0) {
                continue; // a series without figures answers nothing
            }
            Entry entry = new Entry(s, figures, eventWords(s), names(s), attribution(s));
            byId.put(s.id(), entry);
            byPlace.computeIfAbsent(s.place().id(), k -> new ArrayList<>()).add(entry);
            (s.finalToll() == CasualtySeries.FinalToll.EVENT ? tollsByPlace : countedByPlace)
                    .computeIfAbsent(s.place().id(), k -> new ArrayList<>()).add(entry);
        }
        tollsByPlace.forEach((place, tolls) -> {
            tolls.sort(Comparator.comparing((Entry e) -> e.figures().last()));
            tollDays.put(place, tolls.stream().mapToLong(e -> e.figures().last().toEpochDay()).toArray());
        });
        this.observationCount = observations.size();
        this.dailyValueCount = values;
    }

    private static SeriesFigures sparse(List<CasualtyObservation> observations) {
        List<CasualtyObservation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparing(CasualtyObservation::asOf));
        List<Long> days = new ArrayList<>();
        List<List<CasualtyObservation>> groups = new ArrayList<>();
        for (CasualtyObservation o : sorted) {
            long day = o.asOf().toEpochDay();
            if (days.isEmpty() || days.get(days.size() - 1) != day) {
                days.add(day);
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(o);
        }
        List<List<CasualtyObservation>> frozen = new ArrayList<>(groups.size());
        for (List<CasualtyObservation> g : groups) {
            g.sort(CasualtyObservation::preference);
            frozen.add(List.copyOf(g));
        }
        return new SeriesFigures.Sparse(days.stream().mapToLong(Long::longValue).toArray(), List.copyOf(frozen),
                sorted.size());
    }

    private static List<String> eventWords(CasualtySeries s) {
        List<String> out = new ArrayList<>();
        out.add(pad(s.event()));
        s.eventWords().forEach(w -> out.add(pad(w)));
        return out.stream().filter(w -> !w.isBlank()).distinct().toList();
    }

    /** The counter's name, its name without a parenthesis, what is in the parenthesis, and the source id. */
    private static List<String> names(CasualtySeries s) {
        List<String> out = new ArrayList<>();
        String counter = s.counter();
        out.add(counter);
        int open = counter.indexOf('(');
        if (open > 0) {
            out.add(counter.substring(0, open));
            out.add(counter.substring(open));
        }
        out.add(s.source().id());
        return out.stream().map(CasualtyIndex::pad).filter(n -> !n.isBlank()).distinct().toList();
    }

    /** "according to AAPP", "according to the Myanmar junta": the counter without its parenthesis. */
    private static String attribution(CasualtySeries s) {
        String counter = s.counter();
        int paren = counter.indexOf(" (");
        if (paren > 0) {
            counter = counter.substring(0, paren);
        }
        int space = counter.indexOf(' ');
        String firstWord = space < 0 ? counter : counter.substring(0, space);
        boolean acronym = firstWord.equals(firstWord.toUpperCase(java.util.Locale.ROOT));
        return "according to " + (acronym ? "" : "the ") + counter;
    }

    static String pad(String text) {
        return TextFold.padded(text);
    }

    /**
     * What the records hold, per place id: the counts over time in file order, then the tolls of single events,
     * latest first (the ones copy most often cites).
     */
    public Map<String, List<SeriesCoverage>> coverage() {
        Map<String, List<SeriesCoverage>> out = new HashMap<>();
        byPlace.keySet().forEach(place -> {
            List<SeriesCoverage> series = new ArrayList<>();
            countedAt(place).forEach(e -> series.add(SeriesCoverage.of(e.series(), e.figures())));
            List<Entry> tolls = tollsByPlace.getOrDefault(place, List.of());
            for (int i = tolls.size() - 1; i >= 0; i--) {
                series.add(SeriesCoverage.of(tolls.get(i).series(), tolls.get(i).figures()));
            }
            out.put(place, List.copyOf(series));
        });
        return out;
    }

    /** The series of a place, in file order. */
    public List<Entry> atPlace(String placeId) {
        return byPlace.getOrDefault(placeId, List.of());
    }

    /** A place's series other than tolls of single events. */
    public List<Entry> countedAt(String placeId) {
        return countedByPlace.getOrDefault(placeId, List.of());
    }

    /** A place's tolls of single events dated from {@code from} to {@code to}, by date: a binary search. */
    public List<Entry> tollsBetween(String placeId, java.time.LocalDate from, java.time.LocalDate to) {
        long[] days = tollDays.get(placeId);
        if (days == null) {
            return List.of();
        }
        int lo = java.util.Arrays.binarySearch(days, from.toEpochDay());
        lo = lo < 0 ? -lo - 1 : firstOf(days, lo);
        int hi = lo;
        while (hi < days.length && days[hi] <= to.toEpochDay()) {
            hi++;
        }
        return tollsByPlace.get(placeId).subList(lo, hi);
    }

    private static int firstOf(long[] days, int i) {
        while (i > 0 && days[i - 1] == days[i]) {
            i--;
        }
        return i;
    }

    public Entry byId(String seriesId) {
        return byId.get(seriesId);
    }

    /** Series that have figures. */
    public int seriesCount() {
        return byId.size();
    }

    public int observationCount() {
        return observationCount;
    }

    public long dailyValueCount() {
        return dailyValueCount;
    }

    public Collection<Entry> all() {
        return byId.values();
    }
}
