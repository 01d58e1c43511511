package io.factcheck.api;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** No metrics where nothing records them (the Lambda binding); the HTTP app's Micrometer bean replaces it. */
@Singleton
public class DoorMetricsProducer {

    @Produces
    @DefaultBean
    @Singleton
    DoorMetrics none() {
        return DoorMetrics.NONE;
    }
}
