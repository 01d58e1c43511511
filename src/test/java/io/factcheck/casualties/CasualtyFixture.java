package io.factcheck.casualties;

import io.factcheck.TestDirs;
import io.factcheck.importer.CasualtyDraft;
import io.factcheck.importer.CasualtyReportsImporter;
import io.factcheck.importer.JhuCovidImporter;
import io.factcheck.importer.NoaaImporter;
import io.factcheck.importer.UcdpImporter;
import io.factcheck.importer.TechForPalestineImporter;
import io.factcheck.kernel.Csv;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.RowLookups;
import io.factcheck.kernel.SourceInfo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The casualty files as the importers make them from the public sources beside the project
 * ({@code ../shared/data}), with the real gazetteer, loaded once per test run. Today is fixed at 2021-06-28.
 */
final class CasualtyFixture {
    static final Path SOURCES = Path.of(System.getProperty("dataset.sources", "../shared/data"));
    static final Path PLACES = Path.of("src/main/dataset/curated/places.csv");
    static final Clock TODAY = Clock.fixed(Instant.parse("2021-06-28T12:00:00Z"), ZoneOffset.UTC);
    static final DatasetRef REF = new DatasetRef("casualties-test", "1");

    record Built(Path dir, CasualtyDraft draft, Places places, Map<String, SourceInfo> sources, CasualtyIndex index,
                 CasualtyVerifier verifier, long loadMillis) {
    }

    private static Built built;

    private CasualtyFixture() {
    }

    static boolean available() {
        return Files.isDirectory(SOURCES.resolve("casualties-curated"))
                && Files.isDirectory(SOURCES.resolve("jhu-csse-covid-deaths"));
    }

    static synchronized Built get() {
        if (built == null) {
            try {
                built = build(TestDirs.createDeletedAtExit("casualties-dataset"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    static Places places() {
        try {
            return Places.load(new StringReader(Files.readString(PLACES, StandardCharsets.UTF_8)), Places.FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CasualtyDraft importAll(Places places) {
        CasualtyDraft draft = new CasualtyDraft();
        CasualtyReportsImporter.importInto(SOURCES, draft, places);
        JhuCovidImporter.importInto(SOURCES, draft, places);
        UcdpImporter.importInto(SOURCES, draft, places);
        NoaaImporter.importInto(SOURCES, draft, places);
        if (Files.isDirectory(SOURCES.resolve(TechForPalestineImporter.DIR))) {
            TechForPalestineImporter.importInto(SOURCES, draft, places);
        }
        return draft;
    }

    static Built build(Path dir) throws IOException {
        Places places = places();
        CasualtyDraft draft = importAll(places);
        draft.writeTo(dir);
        Files.writeString(dir.resolve("sources.csv"), String.join("\n", draft.sourceLines()) + "\n");
        Files.copy(PLACES, dir.resolve(Places.FILE));
        Map<String, SourceInfo> sources = sources(String.join("\n", draft.sourceLines()));
        long started = System.nanoTime();
        CasualtyIndex index = CasualtyReader.load(DatasetFiles.directory(dir), new RowLookups(places, sources));
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Built(dir, draft, places, sources, index, new CasualtyVerifier(places, index, REF, TODAY), millis);
    }

    /** sources.csv as ReferenceDataset reads it. */
    static Map<String, SourceInfo> sources(String csv) {
        Map<String, SourceInfo> out = new LinkedHashMap<>();
        Csv.read(new StringReader(csv), "sources.csv", List.of("id", "name", "url", "licence", "snapshot", "citation"),
                row -> {
                    DateSpan snapshot = row.dateSpan("snapshot");
                    out.put(row.required("id"), new SourceInfo(row.required("id"), row.required("name"),
                            row.optional("url"), row.required("licence"), snapshot == null ? null : snapshot.end(),
                            row.optional("citation")));
                });
        return out;
    }

    /** A claim with the usual optional fields empty. */
    static CasualtyClaim claim(String place, String event, String measure, long count, String qualifier, String asOf,
                               String source) {
        return new CasualtyClaim(place, event, measure, count, qualifier, asOf, source, null);
    }
}
