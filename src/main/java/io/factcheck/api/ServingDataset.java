package io.factcheck.api;

import io.factcheck.dataset.DatasetInfo;
import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.story.StoryChecker;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The dataset the doors answer from. Loaded at start-up, so a bad row stops the service before it answers anything
 * (from the location of {@link ReferenceLocation}; a deployment of one function, {@code quarkus.funqy.export}, loads
 * only the wing its claim kind needs). A reload swaps in a newly loaded dataset at once: each request takes
 * {@link #current()} once and finishes on it, and a load that fails leaves the old one serving. With
 * {@code factcheck.reference.watch} (on in dev mode), a request that finds a file of an external directory changed
 * since the last load reloads first.
 */
@Startup
@ApplicationScoped
public class ServingDataset {

    /** One loaded dataset and the story checker over it, built on first use (a claim-only deployment needs none). */
    public static final class Serving {
        private final ReferenceDataset dataset;
        private volatile StoryChecker stories;

        Serving(ReferenceDataset dataset) {
            this.dataset = dataset;
        }

        public ReferenceDataset dataset() {
            return dataset;
        }

        public StoryChecker stories() {
            StoryChecker checker = stories;
            if (checker == null) {
                synchronized (this) {
                    if (stories == null) {
                        stories = new StoryChecker(dataset);
                    }
                    checker = stories;
                }
            }
            return checker;
        }
    }

    private final ReferenceLocation location;
    private final Set<String> kinds;
    private final boolean watch;
    private final AtomicReference<Serving> current = new AtomicReference<>();
    /** The external directories as the serving dataset was loaded from them (watched only). */
    private volatile DirectoryStamps loadedFrom;
    /** The directories as last seen by a reload that failed: not retried until they change again. */
    private volatile DirectoryStamps failedAt;

    @Inject
    public ServingDataset(@ConfigProperty(name = "factcheck.reference.path") Optional<String> path,
                          @ConfigProperty(name = "factcheck.reference.bundled") Optional<Boolean> bundled,
                          @ConfigProperty(name = "factcheck.reference.layers") Optional<String> layers,
                          @ConfigProperty(name = "quarkus.funqy.export") Optional<String> export,
                          @ConfigProperty(name = "factcheck.reference.watch", defaultValue = "false") boolean watch) {
        this.location = ReferenceLocation.of(path, bundled, layers);
        this.kinds = ServedKinds.forExport(export);
        this.watch = watch && !location.externalDirectories().isEmpty();
        this.loadedFrom = this.watch ? stamps() : null;
        Optional<ReferenceDataset> preloaded = DatasetPreload.take(location, kinds);
        ReferenceDataset dataset = preloaded.orElseGet(this::load);
        current.set(new Serving(dataset));
        Log.infof("Loaded dataset %s %s from %s in %d ms%s, for %s claims: %s", dataset.info().name(),
                dataset.info().version(), where(dataset.info()), dataset.info().loadMillis(),
                preloaded.isPresent() ? " (read while Quarkus started)" : "", new TreeSet<>(kinds),
                dataset.info().records());
        LayerLog.loaded(dataset.info());
    }

    /** What answers now: a request takes it once and uses it throughout. */
    public Serving current() {
        if (watch) {
            reloadIfChanged();
        }
        return current.get();
    }

    /** The dataset that answers now. */
    public ReferenceDataset dataset() {
        return current().dataset();
    }

    /** Where the data comes from. */
    ReferenceLocation location() {
        return location;
    }

    /**
     * Loads the dataset again from its location and swaps it in; requests in flight finish on the old one. A load
     * that fails throws (a DataFormatException names the file, line and reason) and leaves the old one serving.
     * Reloads run one at a time: two at once would hold three datasets.
     */
    public synchronized ReferenceDataset reload() {
        DirectoryStamps before = watch ? stamps() : null;
        ReferenceDataset next = load();
        current.set(new Serving(next));
        loadedFrom = before;
        Log.infof("Reloaded dataset %s %s from %s in %d ms: %s", next.info().name(), next.info().version(),
                where(next.info()), next.info().loadMillis(), next.info().records());
        LayerLog.loaded(next.info());
        return next;
    }

    /** In dev mode: a changed layer is read before this request is answered; a bad one is logged, once. */
    private void reloadIfChanged() {
        DirectoryStamps now = stamps();
        if (now.equals(loadedFrom) || now.equals(failedAt)) {
            return;
        }
        synchronized (this) {
            if (now.equals(loadedFrom) || now.equals(failedAt)) {
                return;
            }
            try {
                reload();
                failedAt = null;
            } catch (RuntimeException e) {
                failedAt = now;
                // a desk's bad row, not a defect of the service: a warning, as the reload door's 422 is
                Log.warnf("The changed reference data was not loaded, the previous dataset still answers: %s",
                        e.getMessage());
            }
        }
    }

    /** "classpath:dataset/ + /srv/desk-fr": the base and the layers over it. */
    private static String where(DatasetInfo info) {
        StringBuilder where = new StringBuilder(info.location());
        if (info.layers() != null) {
            info.layers().forEach(layer -> where.append(" + ").append(layer.location()));
        }
        return where.toString();
    }

    private DirectoryStamps stamps() {
        return DirectoryStamps.of(location.externalDirectories());
    }

    private ReferenceDataset load() {
        return ReferenceDataset.load(location.stack(), Clock.systemUTC(), kinds);
    }
}
