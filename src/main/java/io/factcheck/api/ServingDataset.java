package io.factcheck.api;

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
 * {@link #current()} once and finishes on it, and a load that fails leaves the old one serving.
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
    private final AtomicReference<Serving> current = new AtomicReference<>();

    @Inject
    public ServingDataset(@ConfigProperty(name = "factcheck.reference.path") Optional<String> path,
                          @ConfigProperty(name = "factcheck.reference.bundled") Optional<Boolean> bundled,
                          @ConfigProperty(name = "factcheck.reference.layers") Optional<String> layers,
                          @ConfigProperty(name = "quarkus.funqy.export") Optional<String> export) {
        this.location = ReferenceLocation.of(path, bundled, layers);
        this.kinds = ServedKinds.forExport(export);
        Optional<ReferenceDataset> preloaded = DatasetPreload.take(location, kinds);
        ReferenceDataset dataset = preloaded.orElseGet(this::load);
        current.set(new Serving(dataset));
        Log.infof("Loaded dataset %s %s from %s in %d ms%s, for %s claims: %s", dataset.info().name(),
                dataset.info().version(), dataset.info().location(), dataset.info().loadMillis(),
                preloaded.isPresent() ? " (read while Quarkus started)" : "", new TreeSet<>(kinds),
                dataset.info().records());
        LayerLog.loaded(dataset.info());
    }

    /** What answers now: a request takes it once and uses it throughout. */
    public Serving current() {
        return current.get();
    }

    /** The dataset that answers now. */
    public ReferenceDataset dataset() {
        return current.get().dataset();
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
        ReferenceDataset next = load();
        current.set(new Serving(next));
        Log.infof("Reloaded dataset %s %s from %s in %d ms: %s", next.info().name(), next.info().version(),
                next.info().location(), next.info().loadMillis(), next.info().records());
        LayerLog.loaded(next.info());
        return next;
    }

    private ReferenceDataset load() {
        return ReferenceDataset.load(location.stack(), Clock.systemUTC(), kinds);
    }
}
