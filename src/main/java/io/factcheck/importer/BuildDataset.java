package io.factcheck.importer;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.dates.EventReader;
import io.factcheck.kernel.Cities;
import io.factcheck.kernel.Places;
import io.factcheck.official.TenureReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.YearMonth;

/**
 * Rebuilds the bundled dataset from the public sources:
 * {@code java -cp target/classes io.factcheck.importer.BuildDataset ../shared/data src/main/resources/dataset}
 * (the README's "Rebuild the dataset" runs it through Maven). Output is deterministic, so a rebuild of unchanged
 * sources reproduces the committed files byte for byte, and the version is a hash of their content.
 */
public final class BuildDataset {
    static final String NAME = "factcheck-bundled";
    static final Path CURATED = Path.of("src/main/dataset/curated");

    private BuildDataset() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BuildDataset <source data dir, e.g. ../shared/data> <output dataset dir>"
                    + " [curated dir, default " + CURATED + "]");
            System.exit(2);
        }
        Path curated = args.length > 2 ? Path.of(args[2]) : CURATED;
        String version = build(Path.of(args[0]), Path.of(args[1]), curated);
        System.out.println("wrote dataset " + NAME + " " + version + " to " + args[1]);
    }

    /** @return the version written */
    public static String build(Path sources, Path out, Path curated) throws IOException {
        String placesCsv = Files.readString(curated.resolve(Places.FILE), StandardCharsets.UTF_8);
        Places places = Places.load(new java.io.StringReader(placesCsv), Places.FILE);

        DatasetDraft draft = new DatasetDraft();
        Map<String, Set<YearMonth>> rulerChanges = ReignImporter.importInto(sources, draft, places);
        ArchigosImporter.importInto(sources, draft, places);
        RulerOffices.apply(RulerOffices.read(curated), draft);
        RussiaCabinetImporter.importInto(sources, draft);
        MyanmarMinistersImporter.importInto(sources, draft, rulerChanges.getOrDefault("myanmar", Set.of()));
        WorldLeadersImporter.importInto(sources, draft, places);
        EpCabinetsImporter.importInto(sources, draft, places);
        FactbookImporter.importInto(sources, draft, places, curated);
        CoupImporter.importInto(sources, draft, places);
        CoupEntries.mark(draft);
        PowellThyneImporter.importInto(sources, draft, places);
        ElectionImporter.importInto(sources, draft, places, curated);
        CasualtyDraft casualties = new CasualtyDraft();
        CasualtyReportsImporter.importInto(sources, casualties, places);
        JhuCovidImporter.importInto(sources, casualties, places);
        UcdpImporter.importInto(sources, draft, casualties, places);
        TechForPalestineImporter.importInto(sources, draft, casualties, places);
        Map<String, Integer> outOfScope = NoaaImporter.importInto(sources, draft, casualties, places);
        outOfScope.forEach((why, n) -> System.out.println("NOAA earthquakes left out as out of scope (" + why + "): "
                + n));
        casualties.sourcesInto(draft);
        List<String> cities = CitiesImporter.importInto(sources, draft, places);

        Files.createDirectories(out);
        List<String> files = new ArrayList<>();
        files.add(write(out, Places.FILE, List.of(placesCsv.strip())));
        files.add(write(out, ReferenceDataset.SOURCES, csv(SourceRow.HEADER,
                draft.sources.values().stream().map(SourceRow::csv).toList())));
        files.add(write(out, TenureReader.TENURES, csv(String.join(",", TenureReader.TENURE_COLUMNS) + ","
                        + String.join(",", TenureReader.TENURE_ENTRY_COLUMNS),
                draft.tenures.stream().sorted(Comparator.comparing(TenureRow::jurisdiction)
                        .thenComparing(TenureRow::position).thenComparing(TenureRow::start)
                        .thenComparing(TenureRow::person).thenComparing(TenureRow::source))
                        .map(TenureRow::csv).toList())));
        files.add(write(out, TenureReader.GOVERNMENT_ENDS, csv(String.join(",", TenureReader.GOVERNMENT_END_COLUMNS),
                draft.governmentEnds.stream().map(GovernmentEndRow::csv).toList())));

        files.add(write(out, EventReader.EVENTS, csv(String.join(",", EventReader.COLUMNS) + ","
                        + String.join(",", EventReader.OPTIONAL_COLUMNS),
                draft.events.stream().sorted(Comparator.comparing(EventRow::place).thenComparing(EventRow::date)
                        .thenComparing(EventRow::id)).map(EventRow::csv).toList())));
        files.add(write(out, EventReader.COVERAGE, csv(String.join(",", EventReader.COVERAGE_COLUMNS),
                draft.coverage.stream().sorted(Comparator.comparing(CoverageRow::place).thenComparing(CoverageRow::kind)
                        .thenComparing(CoverageRow::source).thenComparing(CoverageRow::from))
                        .map(CoverageRow::csv).toList())));
        files.addAll(casualties.writeTo(out));
        files.add(write(out, Cities.FILE, cities));
        // the report is written beside the data but is not part of it: it does not enter the version
        write(out, ImportReport.FILE, draft.report.csvLines());

        String version = latestSnapshot(draft) + "-" + digest(files);
        Files.writeString(out.resolve(ReferenceDataset.MANIFEST), String.join("\n",
                "# Written by io.factcheck.importer.BuildDataset: do not edit, rebuild (see README).",
                "name=" + NAME,
                "version=" + version,
                "format=" + ReferenceDataset.FORMAT,
                "built=" + latestSnapshot(draft),
                ""), StandardCharsets.UTF_8);
        return version;
    }

    static List<String> csv(String header, List<String> rows) {
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(header);
        lines.addAll(rows);
        return lines;
    }

    static String write(Path dir, String name, List<String> lines) throws IOException {
        String text = String.join("\n", lines) + "\n";
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return text;
    }

    /** The latest snapshot of the claims' records: the gazetteer's cities say nothing about how current those are. */
    private static String latestSnapshot(DatasetDraft draft) {
        return draft.sources.values().stream().filter(s -> s != CitiesImporter.SOURCE).map(SourceRow::snapshot)
                .max(String::compareTo).orElse("unknown");
    }

    static String digest(List<String> contents) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            contents.forEach(c -> sha.update(c.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
