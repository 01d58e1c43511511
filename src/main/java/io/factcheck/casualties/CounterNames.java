package io.factcheck.casualties;

import io.factcheck.kernel.TextFold;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The names copy uses for a counter, each mapped to words of the counters' own names ("the UN" is OHCHR in
 * Ukraine and OCHA in the West Bank; "the health ministry in Gaza", "Hamas-run health ministry" and "Palestinian
 * health ministry" are Gaza's Ministry of Health; "Lebanon's health ministry" its Ministry of Public Health). A
 * name that maps to a counter no series holds ("the Israeli military") finds nothing, so the claim is answered as
 * naming a counter the data does not hold, never judged against another's count. Keys and values are folded.
 */
final class CounterNames {
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("un", List.of("ohchr", "ocha")), Map.entry("united nations", List.of("ohchr", "ocha")),
            Map.entry("hrmmu", List.of("ohchr")), Map.entry("un human rights", List.of("ohchr")),
            Map.entry("un rights office", List.of("ohchr")),
            Map.entry("un humanitarian office", List.of("ocha")), Map.entry("un humanitarian agency", List.of("ocha")),
            Map.entry("office for the coordination of humanitarian affairs", List.of("ocha")),
            Map.entry("johns hopkins", List.of("jhu")), Map.entry("jhu", List.of("jhu")),
            Map.entry("csse", List.of("jhu")),
            Map.entry("military", List.of("junta")), Map.entry("regime", List.of("junta")),
            Map.entry("tatmadaw", List.of("junta")), Map.entry("sac", List.of("junta")),
            Map.entry("state administration council", List.of("junta")),
            Map.entry("assistance association for political prisoners", List.of("aapp")),
            Map.entry("disaster and emergency management authority", List.of("afad")),
            Map.entry("turkish government", List.of("afad")), Map.entry("turkish authorities", List.of("afad")),
            Map.entry("health ministry", List.of("ministry of health", "ministry of public health")),
            Map.entry("ministry of health", List.of("ministry of health", "ministry of public health")),
            Map.entry("health ministries", List.of("ministry of health", "ministry of public health")),
            Map.entry("public health ministry", List.of("ministry of public health")),
            Map.entry("ministry of public health", List.of("ministry of public health")),
            Map.entry("moh", List.of("ministry of health")), Map.entry("moph", List.of("ministry of public health")),
            Map.entry("media office", List.of("government media office")),
            Map.entry("gmo", List.of("government media office")),
            Map.entry("israeli military", List.of("israeli military")), Map.entry("idf", List.of("israeli military")),
            Map.entry("israel defense forces", List.of("israeli military")),
            Map.entry("israel defence forces", List.of("israeli military")),
            Map.entry("israeli army", List.of("israeli military")));
    private static final List<Map.Entry<String, List<String>>> PADDED = ALIASES.entrySet().stream()
            .map(e -> Map.entry(" " + e.getKey() + " ", e.getValue().stream().map(v -> " " + v + " ").toList()))
            .toList();

    private CounterNames() {
    }

    /** The attribution folded and padded, plus the counter words its aliases stand for. */
    static List<String> of(String source) {
        String padded = TextFold.padded(source);
        List<String> out = new ArrayList<>(3);
        out.add(padded);
        for (Map.Entry<String, List<String>> alias : PADDED) {
            if (padded.contains(alias.getKey())) {
                alias.getValue().stream().filter(v -> !out.contains(v)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * For a claim that names no counter where several count: which one it was judged against, and how to attribute
     * the figure. "" when the claim names one, or there is no other.
     */
    static String assumed(String source, CasualtyIndex.Entry chosen, List<CasualtyIndex.Entry> others) {
        if (source != null && !source.isBlank() || others.isEmpty()) {
            return "";
        }
        return " The claim names no counter: it is judged against the primary one, " + chosen.series().counter()
                + " (write '" + chosen.attribution() + "').";
    }

    /** Counters that are a party to the fighting: their own figure is "claimed", not "counted". */
    private static final List<String> BELLIGERENT = List.of(" junta ", " military ", " army ", " regime ");

    /**
     * "counted" for a primary counter and for independent ones (a health ministry, OCHA, a compiler's total);
     * "claimed" for an alternative figure of a party to the fighting (the Myanmar junta's own count).
     */
    static String verb(CasualtySeries s) {
        if (s.role() == CasualtySeries.Role.PRIMARY) {
            return "counted";
        }
        String counter = TextFold.padded(s.counter());
        return BELLIGERENT.stream().anyMatch(counter::contains) ? "claimed" : "counted";
    }
}
