package io.factcheck.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same examples against the packaged application (the JVM jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class FunctionExamplesIT extends FunctionExamplesTest {
}
