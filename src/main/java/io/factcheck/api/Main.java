package io.factcheck.api;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts reading the reference dataset on its own thread before Quarkus boots, so the two overlap: start-up to
 * first verdict is what a serverless user pays for. {@link ServingDataset} takes the preloaded dataset when it
 * was read from the configured location, and loads it itself otherwise (tests, Lambda, another path in config).
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        DatasetPreload.start();
        Quarkus.run(args);
    }
}
