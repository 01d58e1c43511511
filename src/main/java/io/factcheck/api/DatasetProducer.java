package io.factcheck.api;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.story.StoryChecker;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads the reference dataset once, at start-up, so a bad row stops the service before it answers anything:
 * {@code factcheck.reference.path} names a dataset directory, else the bundled copy on the classpath is used. A
 * deployment of one function ({@code quarkus.funqy.export}) loads only the wing its claim kind needs. The story
 * checker over it is built once, on first use, and shared by both story doors (check-story and /api/v1/check).
 */
@ApplicationScoped
public class DatasetProducer {

    @Produces
    @Startup
    @ApplicationScoped
    ReferenceDataset dataset(@ConfigProperty(name = "factcheck.reference.path") Optional<String> path,
                             @ConfigProperty(name = "quarkus.funqy.export") Optional<String> export) {
        String location = path.orElse("").strip();
        Set<String> kinds = ServedKinds.forExport(export);
        Optional<ReferenceDataset> preloaded = DatasetPreload.take(location, kinds);
        ReferenceDataset dataset = preloaded
                .orElseGet(() -> ReferenceDataset.load(DatasetPreload.files(location), Clock.systemUTC(), kinds));
        Log.infof("Loaded dataset %s %s from %s in %d ms%s, for %s claims: %s", dataset.info().name(),
                dataset.info().version(), dataset.info().location(), dataset.info().loadMillis(),
                preloaded.isPresent() ? " (read while Quarkus started)" : "", new TreeSet<>(kinds),
                dataset.info().records());
        return dataset;
    }

    @Produces
    @Singleton
    StoryChecker storyChecker(ReferenceDataset dataset) {
        return new StoryChecker(dataset);
    }
}
