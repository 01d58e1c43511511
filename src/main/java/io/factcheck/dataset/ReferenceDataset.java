package io.factcheck.dataset;

import io.factcheck.casualties.CasualtyIndex;
import io.factcheck.casualties.CasualtyReader;
import io.factcheck.casualties.CasualtyVerifier;
import io.factcheck.dates.DateExpressionReader;
import io.factcheck.dates.DateVerifier;
import io.factcheck.dates.EventIndex;
import io.factcheck.dates.EventReader;
import io.factcheck.dates.EventRecord;
import io.factcheck.dates.EventResolver;
import io.factcheck.kernel.Csv;
import io.factcheck.kernel.DataFormatException;
import io.factcheck.kernel.DatasetFiles;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.DateSpan;
import io.factcheck.kernel.Places;
import io.factcheck.kernel.RowLookups;
import io.factcheck.kernel.SourceInfo;
import io.factcheck.official.GovernmentEnd;
import io.factcheck.official.OfficialVerifier;
import io.factcheck.official.Tenure;
import io.factcheck.official.TenureIndex;
import io.factcheck.official.TenureReader;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

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
        Map<String, SourceInfo> sources = readRequired(files, SOURCES, r -> sources(r));
        Places places = readRequired(files, Places.FILE, r -> Places.load(r, Places.FILE));

        RowLookups lookups = new RowLookups(places, sources);
        TenureReader tenureReader = new TenureReader(lookups);
        List<Tenure> tenures = readOptional(files, TenureReader.TENURES,
                r -> tenureReader.readTenures(r, TenureReader.TENURES)).orElse(List.of());
        List<GovernmentEnd> ends = readOptional(files, TenureReader.GOVERNMENT_ENDS,
                r -> tenureReader.readGovernmentEnds(r, TenureReader.GOVERNMENT_ENDS)).orElse(List.of());
        TenureIndex tenureIndex = new TenureIndex(places, tenures, ends);
        List<EventRecord> events = readOptional(files, EventReader.EVENTS,
                r -> new EventReader(lookups).read(r, EventReader.EVENTS)).orElse(List.of());
        EventIndex eventIndex = new EventIndex(events);
        CasualtyIndex casualtyIndex = CasualtyReader.load(files, lookups);

        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("places", places.size());
        counts.put("tenures", tenures.size());
        counts.put("posts", tenureIndex.postCount());
        counts.put("governmentEnds", ends.size());
        counts.put("events", events.size());
        counts.put("casualtySeries", casualtyIndex.seriesCount());
        counts.put("casualtyObservations", casualtyIndex.observationCount());
        counts.put("casualtyDailyValues", (int) casualtyIndex.dailyValueCount());
        long millis = (System.nanoTime() - started) / 1_000_000;
        DatasetInfo info = new DatasetInfo(ref.name(), ref.version(), format, manifest.getProperty("built"),
                files.describe(), counts, List.copyOf(sources.values()), millis);
        DateVerifier dates = new DateVerifier(new DateExpressionReader(),
                new EventResolver(places, eventIndex.kinds()), eventIndex, ref);
        return new ReferenceDataset(info, new OfficialVerifier(places, tenureIndex, ref, clock), dates,
                new CasualtyVerifier(places, casualtyIndex, ref, clock));
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
        return readRequired(files, MANIFEST, r -> {
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

    private static <T> T readRequired(DatasetFiles files, String name, Function<Reader, T> parse) {
        return readOptional(files, name, parse)
                .orElseThrow(() -> new DataFormatException(name, 0, "missing from " + files.describe()));
    }

    private static <T> Optional<T> readOptional(DatasetFiles files, String name, Function<Reader, T> parse) {
        Optional<Reader> reader = files.open(name);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        try (Reader r = reader.get()) {
            return Optional.of(parse.apply(r));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }
}
