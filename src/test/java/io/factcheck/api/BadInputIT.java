package io.factcheck.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Bad input against the packaged application: the problem documents must survive packaging (and native). */
@QuarkusIntegrationTest
class BadInputIT extends BadInputTest {
}
