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
import io.factcheck.official.TenureIndex;
import io.factcheck.official.TenureReader;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

    private final DatasetInfo info;
    private final OfficialVerifier officials;
    private final DateVerifier dates;
    private final CasualtyVerifier casualties;

    private ReferenceDataset(DatasetInfo info, OfficialVerifier officials, DateVerifier dates,
                             CasualtyVerifier casualties) {
        this.info = info;
        this.officials = officials;
        this.dates = dates;
        this.casualties = casualties;
    }

    public static ReferenceDataset load(DatasetFiles files, Clock clock) {
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
            Future<TenureIndex> officials = pool.submit(() -> TenureReader.load(files, lookups));
            Future<EventIndex> events = pool.submit(() -> EventReader.load(files, lookups));
            CasualtyIndex casualties = CasualtyReader.load(files, lookups);
            TenureIndex tenureIndex = result(officials);
            EventIndex eventIndex = result(events);

            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("places", places.size());
            counts.put("tenures", tenureIndex.tenureCount());
            counts.put("posts", tenureIndex.postCount());
            counts.put("governmentEnds", tenureIndex.governmentEndCount());
            counts.put("events", eventIndex.size());
            counts.put("casualtySeries", casualties.seriesCount());
            counts.put("casualtyObservations", casualties.observationCount());
            counts.put("casualtyDailyValues", (int) casualties.dailyValueCount());
            long millis = (System.nanoTime() - started) / 1_000_000;
            DatasetInfo info = new DatasetInfo(ref.name(), ref.version(), format, manifest.getProperty("built"),
                    files.describe(), counts, List.copyOf(sources.values()), millis);
            DateVerifier dates = new DateVerifier(new DateExpressionReader(),
                    new EventResolver(places, eventIndex.kinds()), eventIndex, ref);
            return new ReferenceDataset(info, new OfficialVerifier(places, tenureIndex, ref, clock), dates,
                    new CasualtyVerifier(places, casualties, ref, clock));
        } finally {
            pool.shutdownNow();
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

    public OfficialVerifier officials() {
        return officials;
    }

    public DateVerifier dates() {
        return dates;
    }

    public CasualtyVerifier casualties() {
        return casualties;
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
