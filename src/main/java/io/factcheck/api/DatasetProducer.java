package io.factcheck.api;

import io.factcheck.dataset.ReferenceDataset;
import io.factcheck.kernel.DatasetFiles;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Loads the reference dataset once, at start-up, so a bad row stops the service before it answers anything:
 * {@code factcheck.reference.path} names a dataset directory, else the bundled copy on the classpath is used.
 */
@ApplicationScoped
public class DatasetProducer {

    @Produces
    @Startup
    @ApplicationScoped
    ReferenceDataset dataset(@ConfigProperty(name = "factcheck.reference.path") Optional<String> path) {
        DatasetFiles files = path.filter(p -> !p.isBlank()).map(p -> DatasetFiles.directory(Path.of(p)))
                .orElseGet(() -> DatasetFiles.classpath("dataset"));
        ReferenceDataset dataset = ReferenceDataset.load(files, Clock.systemUTC());
        Log.infof("Loaded dataset %s %s from %s in %d ms: %s", dataset.info().name(), dataset.info().version(),
                files.describe(), dataset.info().loadMillis(), dataset.info().records());
        return dataset;
    }
}
