package io.factcheck.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Bad stories against the packaged application, as {@link BadInputIT} does for claims. */
@QuarkusIntegrationTest
class BadStoryInputIT extends BadStoryInputTest {
}
