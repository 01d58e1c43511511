package io.factcheck.dataset;

import io.factcheck.casualties.CasualtyIndex;
import io.factcheck.casualties.CasualtyReader;
import io.factcheck.casualties.CasualtyVerifier;
import io.factcheck.dates.DateExpressionReader;
import io.factcheck.dates.DateVerifier;
import io.factcheck.dates.EventIndex;
import io.factcheck.dates.EventReader;
import io.factcheck.dates.EventResolver;
import io.factcheck.kernel.CsvRow;
import io.factcheck.kernel.DatasetLevel;
import io.factcheck.kernel.Layered;
import io.factcheck.kernel.LoadReport;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Cities;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.RowLookups;
import io.factcheck.kernel.SourceInfo;
import io.factcheck.official.OfficialVerifier;
import io.factcheck.official.TenureImage;
import io.factcheck.official.TenureIndex;
import io.factcheck.official.TenureReader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * A loaded dataset in the canonical format (see README, "Reference data") and the verifiers over it. Loading checks
 * every row and fails with file, line and reason; once loaded, everything is immutable and shared by all requests.
 */
public final class ReferenceDataset {
    public static final String MANIFEST = "dataset.properties";
    public static final String SOURCES = "sources.csv";
    public static final String FORMAT = "factcheck-dataset/1";
    private static final List<String> SOURCE_COLUMNS = List.of("id", "name", "url", "licence", "snapshot", "citation");
    private static final Pattern LAYER_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    /** Every claim kind, each verified by its own wing of the dataset. */
    public static final Set<String> ALL_KINDS = Set.of(OfficialVerifier.KIND, DateVerifier.KIND, CasualtyVerifier.KIND);

    private final DatasetInfo info;
    private final DatasetRef ref;
    private final Places places;
    private final Cities cities;
    private final Set<String> kinds;
    private final OfficialVerifier officials;
    private final DateVerifier dates;
    private final CasualtyVerifier casualties;
    /** See {@link #coverage()}: worked out when first asked, since most deployments never are. */
    private volatile Coverage coverage;

    private ReferenceDataset(DatasetInfo info, DatasetRef ref, Places places, Cities cities, Set<String> kinds, OfficialVerifier officials,
                             DateVerifier dates, CasualtyVerifier casualties) {
        this.info = info;
        this.ref = ref;
        this.places = places;
        this.cities = cities;
        this.kinds = kinds;
        this.officials = officials;
        this.dates = dates;
        this.casualties = casualties;
    }

    public static ReferenceDataset load(DatasetFiles files, Clock clock) {
        return load(files, clock, ALL_KINDS);
    }

    public static ReferenceDataset load(DatasetFiles files, Clock clock, Set<String> kinds) {
        return load(List.of(files), clock, kinds);
    }

    /**
     * Loads only the wings of the given claim kinds (with the places and sources they share): a deployment that
     * serves one function need not read, check and keep the others' records at every cold start.
     */
    public static ReferenceDataset load(List<DatasetFiles> stack, Clock clock, Set<String> kinds) {
        if (kinds.isEmpty() || !ALL_KINDS.containsAll(kinds)) {
            throw new IllegalArgumentException("claim kinds must be some of " + new TreeSet<>(ALL_KINDS) + ", not "
                    + kinds);
        }
        if (stack.isEmpty()) {
            throw new IllegalArgumentException("no dataset to load");
        }
        long started = System.nanoTime();
        List<DatasetLevel> levels = levels(stack);
        DatasetLevel base = levels.get(0);
        List<DatasetLevel> layers = levels.subList(1, levels.size());
        List<DatasetRef.Layer> layerRefs = layers.stream().map(l -> new DatasetRef.Layer(l.name(), l.version())).toList();
        DatasetRef ref = new DatasetRef(base.name(), version(base, layers), layerRefs);
        Properties manifest = manifest(base.files(), MANIFEST);

        LoadReport report = new LoadReport();
        requireInBase(base, SOURCES);
        requireInBase(base, Places.FILE);
        Map<String, SourceInfo> sources = sources(levels, report);
        Places places = Places.load(levels, report);
        RowLookups lookups = new RowLookups(places, sources);

        // The wings are independent: load them side by side, since start-up time is what serverless users pay.
        ExecutorService pool = Executors.newFixedThreadPool(2, ReferenceDataset::loaderThread);
        try {
            Future<TenureIndex> officials = kinds.contains(OfficialVerifier.KIND)
                    ? pool.submit(() -> TenureReader.load(levels, lookups, report)) : null;
            Future<EventIndex> events = kinds.contains(DateVerifier.KIND)
                    ? pool.submit(() -> EventReader.load(levels, lookups, report)) : null;
            Future<Cities> citiesRead = pool.submit(() -> Cities.load(base.files(), places));
            CasualtyIndex casualties = kinds.contains(CasualtyVerifier.KIND)
                    ? CasualtyReader.load(levels, lookups, report) : null;
            TenureIndex tenureIndex = officials == null ? null : result(officials);
            EventIndex eventIndex = events == null ? null : result(events);
            Cities cities = result(citiesRead);

            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("places", places.size());
            counts.put("cityNames", cities.size());
            if (tenureIndex != null) {
                counts.put("tenures", tenureIndex.tenureCount());
                counts.put("posts", tenureIndex.postCount());
                counts.put("governmentEnds", tenureIndex.governmentEndCount());
            }
            if (eventIndex != null) {
                counts.put("events", eventIndex.size());
            }
            if (casualties != null) {
                counts.put("casualtySeries", casualties.seriesCount());
                counts.put("casualtyObservations", casualties.observationCount());
                counts.put("casualtyDailyValues", (int) casualties.dailyValueCount());
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            List<DatasetInfo.Layer> layerInfo = layers.stream().map(l -> new DatasetInfo.Layer(l.name(), l.version(),
                    l.files().describe(), report.counts(l.level()))).toList();
            DatasetInfo info = new DatasetInfo(ref.name(), ref.version(), FORMAT, manifest.getProperty("built"),
                    base.files().describe(), counts, List.copyOf(sources.values()), millis, layerInfo,
                    report.conflicts());
            return new ReferenceDataset(info, ref, places, cities, Set.copyOf(kinds),
                    tenureIndex == null ? null : new OfficialVerifier(places, tenureIndex, ref, clock),
                    eventIndex == null ? null : new DateVerifier(new DateExpressionReader(),
                            new EventResolver(places, eventIndex.kinds()), eventIndex, ref),
                    casualties == null ? null : new CasualtyVerifier(places, casualties, ref, clock));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each dataset of the stack as its manifest names it; a layer's name must be its own, since rows cite it. */
    private static List<DatasetLevel> levels(List<DatasetFiles> stack) {
        List<DatasetLevel> levels = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (DatasetFiles files : stack) {
            String at = levels.isEmpty() ? MANIFEST : files.describe() + "/" + MANIFEST;
            Properties manifest = manifest(files, at);
            String format = manifest.getProperty("format", "").strip();
            if (!FORMAT.equals(format)) {
                throw new DataFormatException(at, 0, "format is '" + format + "', this service reads " + FORMAT);
            }
            String name = required(manifest, "name", at);
            if (!levels.isEmpty() && !LAYER_NAME.matcher(name).matches()) {
                throw new DataFormatException(at, 0, "a layer's name '" + name
                        + "' must be letters, digits, '.', '_' or '-': its files are cited under it");
            }
            if (!names.add(name)) {
                throw new DataFormatException(at, 0, "the name '" + name + "' is taken by a lower layer");
            }
            levels.add(new DatasetLevel(levels.size(), name, required(manifest, "version", at), files));
        }
        return levels;
    }

    /** The base's version alone, else the base's and each layer's: "2024-11-22-1b250ab901+desk-fr@3". */
    private static String version(DatasetLevel base, List<DatasetLevel> layers) {
        StringBuilder version = new StringBuilder(base.version());
        layers.forEach(l -> version.append('+').append(l.name()).append('@').append(l.version()));
        return version.toString();
    }

    private static void requireInBase(DatasetLevel base, String file) {
        if (base.files().read(file, r -> Boolean.TRUE).isEmpty()) {
            throw new DataFormatException(file, 0, "missing from " + base.files().describe());
        }
    }

    /**
     * Compiles the officials' wing of a dataset directory into its image ({@link TenureImage}), read at start-up in
     * place of tenures.csv while the two agree.
     */
    public static void compileOfficials(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(TenureImage.FILE));
        DatasetFiles files = DatasetFiles.directory(dir);
        List<DatasetLevel> base = List.of(DatasetLevel.base(files));
        Map<String, SourceInfo> sources = sources(base, new LoadReport());
        Places places = Places.load(base, new LoadReport());
        try (OutputStream out = Files.newOutputStream(dir.resolve(TenureImage.FILE))) {
            TenureImage.write(files, new RowLookups(places, sources), out);
        }
    }

    private static Thread loaderThread(Runnable task) {
        Thread thread = new Thread(task, "dataset-loader");
        thread.setDaemon(true);
        return thread;
    }

    /** The task's result, rethrowing a bad row's DataFormatException as itself. */
    private static <T> T result(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the dataset", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public DatasetInfo info() {
        return info;
    }

    /** The gazetteer every wing shares. */
    public Places places() {
        return places;
    }

    /** The gazetteer's cities, each naming its country. */
    public Cities cities() {
        return cities;
    }

    /** The dataset's name and version, as verdicts cite it. */
    public DatasetRef ref() {
        return ref;
    }

    /** The claim kinds whose wings are loaded. */
    public Set<String> kinds() {
        return kinds;
    }

    public boolean serves(String kind) {
        return kinds.contains(kind);
    }

    public OfficialVerifier officials() {
        return loaded(officials, OfficialVerifier.KIND);
    }

    public DateVerifier dates() {
        return loaded(dates, DateVerifier.KIND);
    }

    public CasualtyVerifier casualties() {
        return loaded(casualties, CasualtyVerifier.KIND);
    }

    /** What this dataset can check, per place; worked out on first use and kept with the dataset. */
    public Coverage coverage() {
        Coverage c = coverage;
        if (c == null) {
            synchronized (this) {
                if (coverage == null) {
                    coverage = new Coverage(this);
                }
                c = coverage;
            }
        }
        return c;
    }

    private <V> V loaded(V verifier, String kind) {
        if (verifier == null) {
            throw new IllegalStateException("the " + kind + " wing is not loaded: this deployment serves " + kinds);
        }
        return verifier;
    }

    private static Properties manifest(DatasetFiles files, String at) {
        return files.read(MANIFEST, r -> {
            Properties p = new Properties();
            try {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }).orElseThrow(() -> new DataFormatException(at, 0, "missing from " + files.describe()));
    }

    private static String required(Properties manifest, String key, String at) {
        String value = manifest.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new DataFormatException(at, 0, "no '" + key + "'");
        }
        return value.strip();
    }

    /** Each layer's sources add to the lower ones, or replace or delete them by id. */
    private static Map<String, SourceInfo> sources(List<DatasetLevel> levels, LoadReport report) {
        Map<String, SourceInfo> sources = new LinkedHashMap<>();
        new Layered<>(SOURCES, "source id", List.of("id"), true, SourceInfo::id)
                .read(levels, SOURCE_COLUMNS, ReferenceDataset::source, report).records()
                .forEach(source -> sources.put(source.id(), source));
        return sources;
    }

    private static SourceInfo source(CsvRow row) {
        DateSpan snapshot = row.dateSpan("snapshot");
        // "role" is optional: sources.csv of layers written before it existed name only sources that decide
        String role = row.has("role") && row.optional("role") != null ? row.optional("role") : SourceInfo.DECIDES;
        if (!role.equals(SourceInfo.DECIDES) && !role.equals(SourceInfo.CORROBORATES)) {
            throw row.error("column 'role' must be '" + SourceInfo.DECIDES + "' or '" + SourceInfo.CORROBORATES
                    + "', not '" + role + "'");
        }
        return new SourceInfo(row.required("id"), row.required("name"), row.optional("url"), row.required("licence"),
                snapshot == null ? null : snapshot.end(), row.optional("citation"), role);
    }
}
