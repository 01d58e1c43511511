package io.factcheck.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Strict input against the packaged application, as {@link BadInputIT} does for claims. */
@QuarkusIntegrationTest
class StrictInputIT extends StrictInputTest {
}
