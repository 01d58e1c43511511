package io.factcheck.importer;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.Csv;
import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.Places;
import io.factcheck.official.TenureReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The importer over a Wikidata Query Service answer written by hand in the service's SPARQL JSON format
 * (position-held-result.json: French and British prime ministers, French presidents, a UN post; people's ids are
 * Wikidata's, statement GUIDs are made up in Wikidata's shape), and over variants of its solutions for what the
 * service can send that is no tenure.
 */
class WikidataLayerTest {
    static final Path RESULT = Path.of("src/test/resources/io/factcheck/importer/wikidata/position-held-result.json");
    static final LocalDate QUERIED = LocalDate.parse("2026-11-30");
    static final Places PLACES = places();

    @TempDir
    Path tmp;

    static SparqlResults answer() {
        try {
            return SparqlResults.parse(Files.readString(RESULT, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Places places() {
        try {
            return Places.load(new StringReader(Files.readString(Path.of("src/main/resources/dataset/places.csv"))),
                    Places.FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CsvRow> rows(Path file, List<String> columns) {
        List<CsvRow> rows = new ArrayList<>();
        try {
            Csv.read(Files.newBufferedReader(file), file.getFileName().toString(), columns, rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private Map<String, CsvRow> tenuresByPerson(Path layer) {
        return rows(layer.resolve(TenureReader.TENURES), TenureReader.TENURE_COLUMNS).stream()
                .collect(Collectors.toMap(r -> r.get("person"), Function.identity()));
    }

    private WikidataLayer.Outcome write(SparqlResults answer, Path dir) throws IOException {
        return WikidataLayer.write(answer, "result.json", "france-uk", QUERIED, PLACES, dir);
    }

    // ---- rows

    @Test
    void eachDateIsWrittenAtItsPrecisionNotAsTheServicePadsIt() throws IOException {
        write(answer(), tmp);
        Map<String, CsvRow> tenures = tenuresByPerson(tmp);
        assertThat(tenures.get("Gabriel Attal").get("start")).isEqualTo("2024-01-09"); // day, 11
        assertThat(tenures.get("Gabriel Attal").get("end")).isEqualTo("2024-09-05");
        assertThat(tenures.get("Liz Truss").get("end")).isEqualTo("2022-10"); // month, 10
        assertThat(tenures.get("Rishi Sunak").get("start")).isEqualTo("2022"); // year, 9: sent as 2022-01-01
        assertThat(tenures.get("Emmanuel Macron").get("end")).isEmpty(); // no end: open at the snapshot
    }

    @Test
    void aRowNamesThePersonPostAndPlaceAndCitesItsStatement() throws IOException {
        write(answer(), tmp);
        for (CsvRow row : tenuresByPerson(tmp).values()) {
            String qid = row.get("person_id");
            assertThat(qid).matches("Q\\d+");
            assertThat(row.get("record_id"))
                    .matches("(?i)" + qid + "\\$\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");
            assertThat(row.get("url")).isEqualTo("https://www.wikidata.org/wiki/" + qid);
            assertThat(row.get("source")).isEqualTo("wikidata-france-uk");
        }
        CsvRow borne = tenuresByPerson(tmp).get("Élisabeth Borne");
        assertThat(borne.get("position")).isEqualTo("Prime Minister of France");
        assertThat(borne.get("jurisdiction")).isEqualTo("france");
        assertThat(borne.get("aliases")).isEqualTo("Elisabeth Borne");
        assertThat(borne.get("note"))
                .isEqualTo("replaces Jean Castex (Q3171170); replaced by Gabriel Attal (Q30339350)");
        // an old statement keeps its lower-case id, as Wikidata has it
        assertThat(tenuresByPerson(tmp).get("François Hollande").get("record_id")).startsWith("q157$");
    }

    @Test
    void theLayerCitesOneSourceCurrentToTheQuerysDay() throws IOException {
        WikidataLayer.Outcome outcome = write(answer(), tmp);
        List<CsvRow> sources = rows(tmp.resolve(ReferenceDataset.SOURCES), List.of("id", "licence", "snapshot"));
        assertThat(sources).singleElement().satisfies(s -> {
            assertThat(s.get("id")).isEqualTo("wikidata-france-uk");
            assertThat(s.get("snapshot")).isEqualTo("2026-11-30");
            assertThat(s.get("licence")).contains("CC0");
            assertThat(s.get("citation")).contains("result.json").contains("Q1587677");
        });
        String manifest = Files.readString(tmp.resolve(ReferenceDataset.MANIFEST));
        assertThat(manifest).contains("name=france-uk", "format=" + ReferenceDataset.FORMAT, "built=2026-11-30",
                "snapshot=2026-11-30", "version=" + outcome.version());
        assertThat(outcome.version()).matches("2026-11-30-\\p{XDigit}{10}");
    }

    @Test
    void whatIsNoTenureIsReportedWithItsResultNumberAndReason() throws IOException {
        WikidataLayer.Outcome outcome = write(answer(), tmp);
        assertThat(outcome.tenures()).isEqualTo(11);
        assertThat(outcome.skipped()).isEqualTo(4);
        List<CsvRow> report = rows(tmp.resolve(ImportReport.FILE), List.of("source", "file", "line", "reason"));
        assertThat(report).extracting(r -> r.get("line") + ": " + r.get("reason")).containsExactly(
                "8: repeats result 7 (statement Q3171170$33CCE9BA-0849-46E0-9EAC-D8D60CF7C377)",
                "11: end '2017-02-30T00:00:00Z' is not a date: Invalid date 'FEBRUARY 30'",
                "12: start '2010-01-01T00:00:00Z' is given only to the decade (precision 8), coarser than a year",
                "15: jurisdiction United Nations (Q1065) has no ISO 3166-1 alpha-3 code (P298) to find it in"
                        + " places.csv");
        assertThat(report).allSatisfy(r -> assertThat(r.get("file")).isEqualTo("result.json"));
        assertThat(tenuresByPerson(tmp)).doesNotContainKeys("Bernard Cazeneuve", "Jean-Marc Ayrault",
                "António Guterres");
    }

    @Test
    void theSameAnswerInAnyOrderWritesTheSameLayer() throws IOException {
        write(answer(), tmp.resolve("a"));
        write(answer(), tmp.resolve("b"));
        List<SparqlResults.Binding> shuffled = new ArrayList<>(answer().bindings());
        Collections.shuffle(shuffled, new Random(14));
        WikidataLayer.Outcome outcome = write(new SparqlResults(answer().vars(), shuffled), tmp.resolve("c"));
        for (String file : List.of(ReferenceDataset.MANIFEST, ReferenceDataset.SOURCES, TenureReader.TENURES,
                ImportReport.FILE)) {
            assertThat(tmp.resolve("b").resolve(file)).hasSameBinaryContentAs(tmp.resolve("a").resolve(file));
        }
        assertThat(tmp.resolve("c").resolve(TenureReader.TENURES))
                .hasSameBinaryContentAs(tmp.resolve("a").resolve(TenureReader.TENURES));
        assertThat(Files.readString(tmp.resolve("a").resolve(ReferenceDataset.MANIFEST)))
                .contains("version=" + outcome.version());
    }

    // ---- what the service can send that is no tenure

    /** The answer's solution for that person, with some terms changed (null: unbound). */
    private static SparqlResults.Binding variant(String person, Map<String, SparqlResults.Term> changes) {
        SparqlResults.Binding base = answer().bindings().stream()
                .filter(b -> b.value("personLabel").equals(person)).findFirst().orElseThrow();
        Map<String, SparqlResults.Term> terms = new HashMap<>(base.terms());
        changes.forEach((var, term) -> {
            if (term == null) {
                terms.remove(var);
            } else {
                terms.put(var, term);
            }
        });
        return new SparqlResults.Binding(1, terms);
    }

    private static SparqlResults.Term literal(String value) {
        return new SparqlResults.Term("literal", value, null, null);
    }

    private static String skipped(String person, Map<String, SparqlResults.Term> changes) {
        PositionHeld.Reading reading = PositionHeld.read(variant(person, changes), PLACES, "wikidata-test");
        assertThat(reading).isInstanceOf(PositionHeld.Skipped.class);
        return ((PositionHeld.Skipped) reading).reason();
    }

    @Test
    void anUnchangedSolutionIsATenure() {
        assertThat(PositionHeld.read(variant("Gabriel Attal", Map.of()), PLACES, "wikidata-test"))
                .isInstanceOf(PositionHeld.Row.class);
    }

    @Test
    void datesThatAreNoDayOfTheDatasetAreSkippedWithTheirReason() {
        assertThat(skipped("Gabriel Attal", Map.of("starts", literal("2"))))
                .isEqualTo("2 start dates (P580): Wikidata disagrees with itself");
        assertThat(skipped("Gabriel Attal", Map.of("startPrecision", literal("7")))).contains("century");
        assertThat(skipped("Gabriel Attal", Map.of("start", literal("-0044-03-15T00:00:00Z"))))
                .contains("outside the years");
        Map<String, SparqlResults.Term> noPrecision = new HashMap<>();
        noPrecision.put("startPrecision", null);
        assertThat(skipped("Gabriel Attal", noPrecision)).contains("precision").contains("pqv:");
        Map<String, SparqlResults.Term> noStart = new HashMap<>();
        noStart.put("start", null);
        assertThat(skipped("Gabriel Attal", noStart)).isEqualTo("no start date (P580)");
        assertThat(skipped("Gabriel Attal", Map.of("end", literal("2023-09-05T00:00:00Z"))))
                .isEqualTo("ends (2023-09-05) before it starts (2024-01-09)");
    }

    @Test
    void anEndOfUnknownValueIsNotTakenForATermStillRunning() {
        Map<String, SparqlResults.Term> unknownEnd = new HashMap<>();
        unknownEnd.put("end", null);
        unknownEnd.put("ends", literal("0"));
        unknownEnd.put("endQualifiers", literal("1"));
        assertThat(skipped("Gabriel Attal", unknownEnd)).contains("'unknown value'");
    }

    @Test
    void statementsThatNameNoPlaceOrNoOneAreSkipped() {
        assertThat(skipped("Gabriel Attal", Map.of("jurisdictions", literal("2"))))
                .contains("applies to 2 jurisdictions");
        assertThat(skipped("Gabriel Attal", Map.of("iso3", literal("XXA"))))
                .isEqualTo("jurisdiction France (Q142), ISO 3166-1 alpha-3 XXA, is no place of places.csv");
        assertThat(skipped("Gabriel Attal", Map.of("personLabel", literal(""))))
                .isEqualTo("person Q30339350 has no English (or multilingual) label");
        assertThat(skipped("Gabriel Attal", Map.of("rank",
                new SparqlResults.Term("uri", PositionHeld.DEPRECATED, null, null)))).contains("deprecated");
        assertThat(skipped("Gabriel Attal", Map.of("statement",
                new SparqlResults.Term("uri", "http://www.wikidata.org/entity/Q30339350", null, null))))
                .contains("is not a Wikidata statement IRI");
    }

    @Test
    void aStatementSentTwiceWithOtherValuesIsLeftOutAltogether() throws IOException {
        SparqlResults.Binding attal = variant("Gabriel Attal", Map.of());
        SparqlResults.Binding edited = new SparqlResults.Binding(2,
                variant("Gabriel Attal", Map.of("end", literal("2024-09-06T00:00:00Z"))).terms());
        WikidataLayer.Outcome outcome = write(new SparqlResults(answer().vars(), List.of(attal, edited)), tmp);
        assertThat(outcome.tenures()).isZero();
        assertThat(Files.readString(tmp.resolve(ImportReport.FILE))).contains("comes back with other values");
    }

    // ---- the command line

    private static int run(ByteArrayOutputStream err, String... args) {
        return WikidataLayer.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    }

    @Test
    void aCommandLineThatCannotRunSaysWhyWithTheUsage() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err)).isEqualTo(2);
        assertThat(err.toString()).contains("no command").contains("usage: WikidataLayer import");
        err.reset();
        assertThat(run(err, "import", RESULT.toString(), tmp.toString(), "--name", "France UK")).isEqualTo(2);
        assertThat(err.toString()).contains("--name must be lower-case");
        err.reset();
        assertThat(run(err, "import", RESULT.toString(), tmp.toString(), "--name", "fr", "--date", "30/11/2026"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--date must be yyyy-mm-dd");
        err.reset();
        assertThat(run(err, "query", "Prime Minister")).isEqualTo(2);
        assertThat(err.toString()).contains("is not a Wikidata item id");
        Path notJson = Files.writeString(tmp.resolve("error.html"), "<html>Rate limit exceeded</html>");
        err.reset();
        assertThat(run(err, "import", notJson.toString(), tmp.resolve("layer").toString(), "--name", "fr"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("error.html: not JSON");
    }

    @Test
    void theCommandLineWritesALayer() {
        Path layer = tmp.resolve("layer");
        assertThat(run(new ByteArrayOutputStream(), "import", RESULT.toString(), layer.toString(), "--name",
                "france-uk", "--date", "2026-11-30")).isZero();
        assertThat(layer.resolve(ReferenceDataset.MANIFEST)).content().contains("version=2026-11-30-");
        assertThat(layer.resolve(TenureReader.TENURES)).content().contains("Gabriel Attal");
    }
}
