package io.factcheck.api;

import io.factcheck.dataset.ReferenceDataset;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The dataset read ahead of Quarkus' own start-up, from the location given by system properties or environment
 * variables (the config sources available before Quarkus runs). A failure is kept and rethrown to the producer, so
 * bad data still stops the start with its file, line and reason.
 */
final class DatasetPreload {
    private static volatile CompletableFuture<ReferenceDataset> preload;
    private static volatile ReferenceLocation location;
    private static volatile Set<String> kinds;

    private DatasetPreload() {
    }

    static void start() {
        location = ReferenceLocation.fromLaunch();
        kinds = ServedKinds.fromLaunch();
        ReferenceLocation from = location;
        preload = CompletableFuture.supplyAsync(() -> ReferenceDataset.load(from.stack(), Clock.systemUTC(), kinds),
                command -> {
                    Thread thread = new Thread(command, "dataset-preload");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    /** The preloaded dataset if one was started for this location and these claim kinds. */
    static Optional<ReferenceDataset> take(ReferenceLocation configured, Set<String> configuredKinds) {
        CompletableFuture<ReferenceDataset> started = preload;
        preload = null; // taken or not, it is not kept: a second dataset must not linger in memory
        if (started == null || !location.equals(configured) || !kinds.equals(configuredKinds)) {
            return Optional.empty();
        }
        try {
            return Optional.of(started.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the dataset", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
