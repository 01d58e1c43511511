package io.factcheck.importer;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.Places;
import io.factcheck.official.TenureReader;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes a layer of fresh officials from Wikidata (README, "Fresh officials from Wikidata"): {@code query} prints the
 * "position held" query for the posts a desk names, {@code import} turns the Query Service's JSON answer into a
 * dataset directory to load over the bundled one. Every statement that cannot be a tenure is listed with its
 * reason in the layer's import report; none stops the import.
 */
public final class WikidataLayer {
    static final Path QUERY = Path.of("src/main/dataset/wikidata/position-held.rq");
    static final String USAGE = String.join("\n",
            "usage: WikidataLayer import <result.json> <layer dir> --name <layer name> [--date yyyy-mm-dd]"
                    + " [--places places.csv]",
            "         turns the Wikidata Query Service's answer (SPARQL JSON) into a layer; --date is the day the"
                    + " query ran (default: the day the result file was written), --places another gazetteer",
            "       WikidataLayer query [--jurisdiction Q142]... <position Qid>...",
            "         prints " + QUERY + " for these posts (and only these jurisdictions)");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern QID = Pattern.compile("Q[1-9]\\d*");
    private static final Pattern POSITIONS = Pattern.compile("(?m)^([ \\t]*VALUES \\?position \\{).*}[ \\t]*$");
    private static final Pattern JURISDICTIONS = Pattern.compile("(?m)^[ \\t]*# JURISDICTIONS:.*$");

    private WikidataLayer() {
    }

    /** What an import wrote. */
    record Outcome(String version, int tenures, int skipped) {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** @return the exit status: 0 done, 1 the input could not be read, 2 a usage error */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length > 0 && args[0].equals("import")) {
                return importLayer(List.of(args).subList(1, args.length), out);
            }
            if (args.length > 0 && args[0].equals("query")) {
                out.print(query(List.of(args).subList(1, args.length)));
                return 0;
            }
            throw new UsageException(args.length == 0 ? "no command" : "unknown command '" + args[0] + "'");
        } catch (UsageException e) {
            err.println("WikidataLayer: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (NoSuchFileException e) {
            err.println("WikidataLayer: no such file: " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | DataFormatException e) {
            err.println("WikidataLayer: " + e.getMessage());
            return 1;
        }
    }

    private static int importLayer(List<String> args, PrintStream out) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (!List.of("--name", "--date", "--places").contains(arg) || i + 1 == args.size()) {
                    throw new UsageException(i + 1 == args.size() ? arg + " needs a value" : "unknown option " + arg);
                }
                options.put(arg, args.get(++i));
            } else {
                paths.add(arg);
            }
        }
        if (paths.size() != 2) {
            throw new UsageException("import takes a result file and a layer directory, not " + paths);
        }
        String name = options.get("--name");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new UsageException("--name must be lower-case letters, digits and '-' (e.g. france-government), not "
                    + (name == null ? "missing" : "'" + name + "'"));
        }
        Path result = Path.of(paths.get(0));
        if (!Files.isRegularFile(result)) {
            throw new UsageException("no result file " + result);
        }
        LocalDate queried;
        try {
            queried = options.containsKey("--date") ? LocalDate.parse(options.get("--date"))
                    : LocalDate.ofInstant(Files.getLastModifiedTime(result).toInstant(), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UsageException("--date must be yyyy-mm-dd, not '" + options.get("--date") + "'");
        }
        Places places = options.containsKey("--places")
                ? Places.load(new StringReader(Files.readString(Path.of(options.get("--places")))), Places.FILE)
                : DatasetFiles.classpath("dataset").readRequired(Places.FILE, r -> Places.load(r, Places.FILE));
        SparqlResults answer;
        try {
            answer = SparqlResults.parse(Files.readString(result, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(result + ": " + e.getMessage());
        }
        Path dir = Path.of(paths.get(1));
        Outcome outcome = write(answer, result.getFileName().toString(), name, queried, places, dir);
        out.println("wrote layer " + name + " " + outcome.version() + " to " + dir + ": " + outcome.tenures()
                + " tenures, " + outcome.skipped() + " statements left out (see " + dir.resolve(ImportReport.FILE)
                + ")");
        return 0;
    }

    /**
     * Writes the layer: dataset.properties, sources.csv (one source, current to the query's day), tenures.csv
     * sorted, and the import report. The same answer, name and day give the same files.
     *
     * @param resultFile the answer's file name, cited by the report
     */
    static Outcome write(SparqlResults answer, String resultFile, String name, LocalDate queried, Places places,
                         Path dir) throws IOException {
        String sourceId = "wikidata-" + name;
        ImportReport report = new ImportReport();
        List<TenureRow> tenures = new ArrayList<>();
        for (SparqlResults.Binding b : once(answer.bindings(), resultFile, sourceId, report)) {
            PositionHeld.Reading reading = PositionHeld.read(b, places, sourceId);
            if (reading instanceof PositionHeld.Row row) {
                tenures.add(row.tenure());
            } else {
                report.reject(sourceId, resultFile, b.number(), ((PositionHeld.Skipped) reading).reason());
            }
        }
        tenures.sort(Comparator.comparing(TenureRow::jurisdiction).thenComparing(TenureRow::position)
                .thenComparing(TenureRow::start).thenComparing(TenureRow::person).thenComparing(TenureRow::recordId));
        String day = queried.toString();
        SourceRow source = new SourceRow(sourceId, "Wikidata, position held (P39): " + name,
                "https://query.wikidata.org/", "CC0 1.0 (Wikidata's structured data)", day,
                "Wikidata Query Service, answer of " + day + " (" + resultFile + ") to the position-held query ("
                        + QUERY + ") for " + positions(answer));

        Files.createDirectories(dir);
        List<String> files = List.of(
                BuildDataset.write(dir, ReferenceDataset.SOURCES,
                        BuildDataset.csv(SourceRow.HEADER, List.of(source.csv()))),
                BuildDataset.write(dir, TenureReader.TENURES, BuildDataset.csv(
                        String.join(",", TenureReader.TENURE_COLUMNS) + ","
                                + String.join(",", TenureReader.TENURE_ENTRY_COLUMNS),
                        tenures.stream().map(TenureRow::csv).toList())));
        // the report is beside the layer, not part of it: it does not enter the version
        BuildDataset.write(dir, ImportReport.FILE, report.csvLines());
        String version = day + "-" + BuildDataset.digest(files);
        BuildDataset.write(dir, ReferenceDataset.MANIFEST, List.of(
                "# Written by io.factcheck.importer.WikidataLayer from " + resultFile + ": do not edit, re-import"
                        + " (see README, \"Fresh officials from Wikidata\").",
                "name=" + name,
                "version=" + version,
                "format=" + ReferenceDataset.FORMAT,
                "built=" + day,
                "snapshot=" + day));
        return new Outcome(version, tenures.size(), report.rejected().size());
    }

    /**
     * Each statement once: a solution that repeats an earlier one is reported and dropped; a statement that comes
     * back with other values (the query ungrouped, or edited between pages) is left out altogether.
     */
    private static List<SparqlResults.Binding> once(List<SparqlResults.Binding> bindings, String file, String source,
                                                    ImportReport report) {
        Map<String, List<SparqlResults.Binding>> byStatement = bindings.stream()
                .collect(Collectors.groupingBy(b -> PositionHeld.statementId(b).orElse("#" + b.number()),
                        LinkedHashMap::new, Collectors.toList()));
        List<SparqlResults.Binding> kept = new ArrayList<>();
        for (Map.Entry<String, List<SparqlResults.Binding>> statement : byStatement.entrySet()) {
            List<SparqlResults.Binding> same = statement.getValue();
            SparqlResults.Binding first = same.get(0);
            if (same.stream().allMatch(b -> b.terms().equals(first.terms()))) {
                kept.add(first);
                same.subList(1, same.size()).forEach(b -> report.reject(source, file, b.number(),
                        "repeats result " + first.number() + " (statement " + statement.getKey() + ")"));
            } else {
                String numbers = same.stream().map(b -> Integer.toString(b.number())).collect(Collectors.joining(", "));
                same.forEach(b -> report.reject(source, file, b.number(), "statement " + statement.getKey()
                        + " comes back with other values (results " + numbers + "): left out"));
            }
        }
        return kept;
    }

    private static String positions(SparqlResults answer) {
        TreeSet<String> ids = answer.bindings().stream().map(b -> b.value("position"))
                .filter(v -> v.startsWith(PositionHeld.ENTITY)).map(v -> v.substring(PositionHeld.ENTITY.length()))
                .collect(Collectors.toCollection(TreeSet::new));
        return ids.isEmpty() ? "no position" : "positions " + String.join(", ", ids);
    }

    /** The query for these posts, and only these jurisdictions when some are named. */
    private static String query(List<String> args) throws IOException {
        List<String> positions = new ArrayList<>();
        List<String> jurisdictions = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            boolean jurisdiction = args.get(i).equals("--jurisdiction");
            if (jurisdiction && i + 1 == args.size()) {
                throw new UsageException("--jurisdiction needs a Wikidata item id, e.g. Q142");
            }
            String id = jurisdiction ? args.get(++i) : args.get(i);
            if (!QID.matcher(id).matches()) {
                throw new UsageException("'" + id + "' is not a Wikidata item id (Q followed by digits)");
            }
            (jurisdiction ? jurisdictions : positions).add(id);
        }
        if (positions.isEmpty()) {
            throw new UsageException("query needs at least one position, e.g. Q1587677 (Prime Minister of France)");
        }
        if (!Files.isRegularFile(QUERY)) {
            throw new UsageException("run from the project's directory: no " + QUERY + " here");
        }
        return forPosts(Files.readString(QUERY, StandardCharsets.UTF_8), positions, jurisdictions);
    }

    /** The query file with its VALUES of positions replaced, and a filter of jurisdictions where it marks one. */
    static String forPosts(String template, List<String> positions, List<String> jurisdictions) {
        String values = positions.stream().map(q -> "wd:" + q).collect(Collectors.joining(" "));
        String filter = jurisdictions.isEmpty() ? "$0" : "  FILTER(?place IN ("
                + jurisdictions.stream().map(q -> "wd:" + q).collect(Collectors.joining(", ")) + "))";
        if (!POSITIONS.matcher(template).find()) {
            throw new IllegalArgumentException("the query file has no line 'VALUES ?position { ... }' to fill");
        }
        String query = POSITIONS.matcher(template).replaceFirst("$1 " + values + " }");
        return JURISDICTIONS.matcher(query).replaceFirst(filter);
    }

    /** A command line that cannot be run: said with the usage. */
    private static final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }
}
