package io.factcheck.dataset;

import io.factcheck.casualties.CasualtyIndex;
import io.factcheck.casualties.CasualtyReader;
import io.factcheck.casualties.CasualtyVerifier;
import io.factcheck.dates.DateExpressionReader;
import io.factcheck.dates.DateVerifier;
import io.factcheck.dates.EventIndex;
import io.factcheck.dates.EventReader;
import io.factcheck.dates.EventResolver;
import io.factcheck.kernel.Csv;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.RowLookups;
import io.factcheck.kernel.SourceInfo;
import io.factcheck.official.OfficialVerifier;
import io.factcheck.official.TenureImage;
import io.factcheck.official.TenureIndex;
import io.factcheck.official.TenureReader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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

/**
 * A loaded dataset in the canonical format (see README, "Reference data") and the verifiers over it. Loading checks
 * every row and fails with file, line and reason; once loaded, everything is immutable and shared by all requests.
 */
public final class ReferenceDataset {
    public static final String MANIFEST = "dataset.properties";
    public static final String SOURCES = "sources.csv";
    public static final String FORMAT = "factcheck-dataset/1";
    /** Every claim kind, each verified by its own wing of the dataset. */
    public static final Set<String> ALL_KINDS = Set.of(OfficialVerifier.KIND, DateVerifier.KIND, CasualtyVerifier.KIND);

    private final DatasetInfo info;
    private final Places places;
    private final Set<String> kinds;
    private final OfficialVerifier officials;
    private final DateVerifier dates;
    private final CasualtyVerifier casualties;
    /** See {@link #coverage()}: worked out when first asked, since most deployments never are. */
    private volatile Coverage coverage;

    private ReferenceDataset(DatasetInfo info, Places places, Set<String> kinds, OfficialVerifier officials,
                             DateVerifier dates, CasualtyVerifier casualties) {
        this.info = info;
        this.places = places;
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
        if (stack.size() != 1) {
            throw new UnsupportedOperationException("layered datasets are not read yet"); // issue 14, in progress
        }
        DatasetFiles files = stack.get(0);
        if (kinds.isEmpty() || !ALL_KINDS.containsAll(kinds)) {
            throw new IllegalArgumentException("claim kinds must be some of " + new TreeSet<>(ALL_KINDS) + ", not "
                    + kinds);
        }
        long started = System.nanoTime();
        Properties manifest = manifest(files);
        String format = manifest.getProperty("format", "");
        if (!FORMAT.equals(format)) {
            throw new DataFormatException(MANIFEST, 0, "format is '" + format + "', this service reads " + FORMAT);
        }
        DatasetRef ref = new DatasetRef(required(manifest, "name"), required(manifest, "version"));
        Map<String, SourceInfo> sources = files.readRequired(SOURCES, ReferenceDataset::sources);
        Places places = files.readRequired(Places.FILE, r -> Places.load(r, Places.FILE));
        RowLookups lookups = new RowLookups(places, sources);

        // The wings are independent: load them side by side, since start-up time is what serverless users pay.
        ExecutorService pool = Executors.newFixedThreadPool(2, ReferenceDataset::loaderThread);
        try {
            Future<TenureIndex> officials = kinds.contains(OfficialVerifier.KIND)
                    ? pool.submit(() -> TenureReader.load(files, lookups)) : null;
            Future<EventIndex> events = kinds.contains(DateVerifier.KIND)
                    ? pool.submit(() -> EventReader.load(files, lookups)) : null;
            CasualtyIndex casualties = kinds.contains(CasualtyVerifier.KIND) ? CasualtyReader.load(files, lookups) : null;
            TenureIndex tenureIndex = officials == null ? null : result(officials);
            EventIndex eventIndex = events == null ? null : result(events);

            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("places", places.size());
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
            DatasetInfo info = new DatasetInfo(ref.name(), ref.version(), format, manifest.getProperty("built"),
                    files.describe(), counts, List.copyOf(sources.values()), millis);
            return new ReferenceDataset(info, places, Set.copyOf(kinds),
                    tenureIndex == null ? null : new OfficialVerifier(places, tenureIndex, ref, clock),
                    eventIndex == null ? null : new DateVerifier(new DateExpressionReader(),
                            new EventResolver(places, eventIndex.kinds()), eventIndex, ref),
                    casualties == null ? null : new CasualtyVerifier(places, casualties, ref, clock));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Compiles the officials' wing of a dataset directory into its image ({@link TenureImage}), read at start-up in
     * place of tenures.csv while the two agree.
     */
    public static void compileOfficials(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(TenureImage.FILE));
        DatasetFiles files = DatasetFiles.directory(dir);
        Map<String, SourceInfo> sources = files.readRequired(SOURCES, ReferenceDataset::sources);
        Places places = files.readRequired(Places.FILE, r -> Places.load(r, Places.FILE));
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

    /** The dataset's name and version, as verdicts cite it. */
    public DatasetRef ref() {
        return new DatasetRef(info.name(), info.version());
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

    private static Properties manifest(DatasetFiles files) {
        return files.readRequired(MANIFEST, r -> {
            Properties p = new Properties();
            try {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
    }

    private static String required(Properties manifest, String key) {
        String value = manifest.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new DataFormatException(MANIFEST, 0, "no '" + key + "'");
        }
        return value.strip();
    }

    private static Map<String, SourceInfo> sources(Reader reader) {
        Map<String, SourceInfo> out = new LinkedHashMap<>();
        Csv.read(reader, SOURCES, List.of("id", "name", "url", "licence", "snapshot", "citation"), row -> {
            DateSpan snapshot = row.dateSpan("snapshot");
            SourceInfo source = new SourceInfo(row.required("id"), row.required("name"), row.optional("url"),
                    row.required("licence"), snapshot == null ? null : snapshot.end(), row.optional("citation"));
            if (out.putIfAbsent(source.id(), source) != null) {
                throw row.error("source id '" + source.id() + "' appears twice");
            }
        });
        return out;
    }
}
