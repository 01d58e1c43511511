package io.factcheck.dataset;

import io.factcheck.casualties.CasualtyVerifier;
import io.factcheck.casualties.SeriesCoverage;
import io.factcheck.dates.DateVerifier;
import io.factcheck.dates.EventKindCoverage;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.SourceInfo;
import io.factcheck.official.OfficialVerifier;
import io.factcheck.official.PostCoverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a loaded dataset can check, per place: each wing's own account of what it covers, joined with the place's
 * names and its sources. Worked out once per dataset, on first use (see {@link ReferenceDataset#coverage()}); a
 * reload brings a new dataset and with it a new account.
 */
public final class Coverage {
    /** The claim kinds in the order an answer lists them. */
    private static final List<String> KINDS = List.of(OfficialVerifier.KIND, DateVerifier.KIND, CasualtyVerifier.KIND);

    /** A source as the coverage cites it; its licence and citation are in {@code GET /api/v1/datasets}. */
    public record Source(String name, String url, String snapshot) {
        static Source of(SourceInfo s) {
            return new Source(s.name(), s.url(), s.snapshot() == null ? null : s.snapshot().toString());
        }
    }

    private final DatasetRef dataset;
    private final Set<String> served;
    private final Map<String, Source> sources = new HashMap<>();
    /** Every place, by name, with every served kind. */
    private final List<PlaceCoverage> places = new ArrayList<>();
    private final Map<String, PlaceCoverage> byId = new HashMap<>();
    private final CoverageSummary summary;

    Coverage(ReferenceDataset data) {
        this.dataset = data.ref();
        this.served = data.kinds();
        data.info().sources().forEach(s -> sources.put(s.id(), Source.of(s)));
        Map<String, List<PostCoverage>> posts = data.serves(OfficialVerifier.KIND) ? data.officials().coverage() : null;
        Map<String, List<EventKindCoverage>> events = data.serves(DateVerifier.KIND) ? data.dates().coverage() : null;
        Map<String, List<SeriesCoverage>> series = data.serves(CasualtyVerifier.KIND)
                ? data.casualties().coverage() : null;
        data.places().all().stream().sorted(Comparator.comparing(Place::name)).forEach(place -> {
            PlaceCoverage full = build(place.id(), place.name(), place.aliases(), at(posts, place), at(events, place),
                    at(series, place));
            places.add(full);
            byId.put(place.id(), full);
        });
        this.summary = summarize(served);
    }

    private static <T> List<T> at(Map<String, List<T>> byPlace, Place place) {
        return byPlace == null ? null : byPlace.getOrDefault(place.id(), List.of());
    }

    /** The claim kinds this dataset serves. */
    public Set<String> served() {
        return served;
    }

    /** What can be checked in a place, for the claim kinds asked (some of those served). */
    public PlaceCoverage place(Place place, Set<String> kinds) {
        PlaceCoverage full = byId.get(place.id());
        return kinds.containsAll(served) ? full : only(full, kinds);
    }

    /** Every place the data covers for one of the claim kinds asked, a few lines each. */
    public CoverageSummary summary(Set<String> kinds) {
        return kinds.containsAll(served) ? summary : summarize(kinds);
    }

    private CoverageSummary summarize(Set<String> kinds) {
        List<CoverageSummary.Place> out = new ArrayList<>();
        Set<String> cited = new TreeSet<>();
        for (PlaceCoverage full : places) {
            PlaceCoverage p = kinds.containsAll(served) ? full : only(full, kinds);
            if (!p.kinds().isEmpty()) {
                out.add(summaryOf(p));
                cited.addAll(p.sources().keySet());
            }
        }
        return new CoverageSummary(List.copyOf(out), sourcesOf(cited), dataset);
    }

    private PlaceCoverage build(String id, String name, List<String> aliases, List<PostCoverage> official,
                                List<EventKindCoverage> date, List<SeriesCoverage> casualties) {
        List<String> kinds = new ArrayList<>();
        Set<String> cited = new TreeSet<>();
        if (official != null && !official.isEmpty()) {
            kinds.add(OfficialVerifier.KIND);
            official.forEach(p -> cited.addAll(p.sources()));
        }
        if (date != null && !date.isEmpty()) {
            kinds.add(DateVerifier.KIND);
            date.forEach(k -> {
                cited.addAll(k.sources());
                k.absenceRefutes().forEach(c -> cited.add(c.source()));
            });
        }
        if (casualties != null && !casualties.isEmpty()) {
            kinds.add(CasualtyVerifier.KIND);
            casualties.forEach(s -> cited.add(s.source()));
        }
        return new PlaceCoverage(id, name, aliases, List.copyOf(kinds), official, date,
                casualties, sourcesOf(cited), dataset);
    }

    private PlaceCoverage only(PlaceCoverage full, Set<String> kinds) {
        return build(full.id(), full.name(), full.aliases(),
                kinds.contains(OfficialVerifier.KIND) ? full.official() : null,
                kinds.contains(DateVerifier.KIND) ? full.date() : null,
                kinds.contains(CasualtyVerifier.KIND) ? full.casualties() : null);
    }

    private Map<String, Source> sourcesOf(Collection<String> ids) {
        Map<String, Source> out = new TreeMap<>();
        ids.forEach(id -> out.put(id, sources.get(id)));
        return out;
    }

    private static CoverageSummary.Place summaryOf(PlaceCoverage p) {
        CoverageSummary.Officials officials = null;
        if (p.kinds().contains(OfficialVerifier.KIND)) {
            List<PostCoverage> posts = p.official();
            officials = new CoverageSummary.Officials(posts.size(),
                    posts.stream().mapToInt(PostCoverage::records).sum(), first(posts.stream().map(PostCoverage::from)), last(posts.stream().map(PostCoverage::to)),
                    distinct(posts.stream().flatMap(c -> c.sources().stream())));
        }
        List<CoverageSummary.EventKind> events = null;
        if (p.kinds().contains(DateVerifier.KIND)) {
            events = p.date().stream().map(k -> new CoverageSummary.EventKind(k.kind(), k.events(), k.from(), k.to(),
                    !k.absenceRefutes().isEmpty())).toList();
        }
        CoverageSummary.Casualties casualties = null;
        if (p.kinds().contains(CasualtyVerifier.KIND)) {
            List<SeriesCoverage> all = p.casualties();
            List<SeriesCoverage> counts = all.stream().filter(s -> !s.eventToll()).toList();
            casualties = new CoverageSummary.Casualties(counts.size(),
                    distinct(counts.stream().map(SeriesCoverage::event)), all.size() - counts.size(),
                    first(all.stream().map(SeriesCoverage::from)), last(all.stream().map(SeriesCoverage::to)),
                    distinct(all.stream().map(SeriesCoverage::source)));
        }
        return new CoverageSummary.Place(p.id(), p.name(), p.aliases(), p.kinds(), officials, events, casualties);
    }

    /** The earliest of ISO dates written at their precision: "1958" sorts before "1958-10-28", as it begins first. */
    private static String first(Stream<String> dates) {
        return dates.filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The latest, or null when one is unbounded (an open term whose source gives no snapshot). */
    private static String last(Stream<String> dates) {
        List<String> all = dates.toList();
        return all.contains(null) ? null : all.stream().max(Comparator.naturalOrder()).orElse(null);
    }

    private static List<String> distinct(Stream<String> values) {
        return values.distinct().sorted().toList();
    }
}
