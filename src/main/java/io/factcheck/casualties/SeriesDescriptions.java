package io.factcheck.casualties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How a list of series is named in an explanation: their events, counters, and the tolls of single events. */
final class SeriesDescriptions {
    private SeriesDescriptions() {
    }

    static List<String> events(List<CasualtyIndex.Entry> entries) {
        List<String> out = new ArrayList<>(2);
        for (CasualtyIndex.Entry e : entries) {
            if (!out.contains(e.series().event())) {
                out.add(e.series().event());
            }
        }
        return out;
    }

    /** "'COVID-19', and the final tolls of 118 single events (1169 to 2017, NOAA NCEI)" */
    static String eventsOnRecord(List<CasualtyIndex.Entry> entries) {
        String listed = events(running(entries)).stream().map(e -> "'" + e + "'").collect(Collectors.joining(", "));
        String tolls = tollsOfEvents(entries);
        return listed.isEmpty() ? tolls.replaceFirst("^, and ", "") : listed + tolls;
    }

    /** The series other than tolls of single events. */
    static List<CasualtyIndex.Entry> running(List<CasualtyIndex.Entry> entries) {
        return entries.stream().filter(e -> e.series().finalToll() != CasualtySeries.FinalToll.EVENT).toList();
    }

    /** ", and the final tolls of 118 single events (1169 to 2017: NOAA NCEI)", or "" when there are none. */
    static String tollsOfEvents(List<CasualtyIndex.Entry> entries) {
        List<CasualtyIndex.Entry> single = entries.stream()
                .filter(e -> e.series().finalToll() == CasualtySeries.FinalToll.EVENT).toList();
        if (single.isEmpty()) {
            return "";
        }
        int from = single.stream().mapToInt(e -> e.figures().last().getYear()).min().orElseThrow();
        int to = single.stream().mapToInt(e -> e.figures().last().getYear()).max().orElseThrow();
        return ", and the final tolls of " + single.size() + " single events (" + from + (from == to ? "" : " to " + to)
                + ": " + single.stream().map(e -> e.series().counter()).distinct().collect(Collectors.joining(", "))
                + "); name the event's year";
    }

    static String counters(List<CasualtyIndex.Entry> entries) {
        return entries.stream().map(e -> e.series().counter() + " (" + e.series().role().code() + ")").distinct()
                .collect(Collectors.joining(", "));
    }

    /** "COVID-19 (deaths: JHU CSSE, covid19-deaths-myanmar); post-coup crackdown (killed: AAPP, ...)". */
    static String describeSeries(List<CasualtyIndex.Entry> entries) {
        Map<String, List<CasualtyIndex.Entry>> byEvent = new LinkedHashMap<>();
        entries.forEach(e -> byEvent.computeIfAbsent(e.series().event(), k -> new ArrayList<>()).add(e));
        return byEvent.entrySet().stream().map(ev -> ev.getKey() + " (" + ev.getValue().stream()
                        .map(e -> e.series().measure().noun() + ": " + e.series().counter() + ", " + e.series().id())
                        .collect(Collectors.joining("; ")) + ")")
                .collect(Collectors.joining(", and "));
    }
}
