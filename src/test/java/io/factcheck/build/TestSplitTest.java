package io.factcheck.build;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * pom.xml runs the tests in two parts: the Quarkus ones (default-test) in one JVM one after the other, found by their
 * path, and every other class (plain-tests) several at once. A Quarkus test named outside those paths would land in
 * the parallel part, which it must not: this names it.
 */
class TestSplitTest {
    private static final Path TESTS = Path.of("src/test/java");
    /** The includes of pom.xml's default-test execution (the http profile), as paths under src/test/java. */
    private static final Pattern QUARKUS_RUN = Pattern.compile(
            "io/factcheck/(api|page)/.*Test\\.java|.*RestTest\\.java|io/factcheck/official/StaleOfficialsCorpusTest\\.java"
                    + "|.*IT\\.java|io/factcheck/lambda/.*");
    private static final Pattern QUARKUS_ANNOTATION = Pattern.compile("^@Quarkus\\w*Test\\b", Pattern.MULTILINE);

    @Test
    void everyQuarkusTestIsInTheSerialRun() throws IOException {
        List<String> quarkusTests;
        try (Stream<Path> files = Files.walk(TESTS)) {
            quarkusTests = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(TestSplitTest::isQuarkusTest)
                    .map(f -> TESTS.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
        assertThat(quarkusTests).as("Quarkus tests under %s", TESTS).isNotEmpty();
        assertThat(quarkusTests.stream().filter(path -> !QUARKUS_RUN.matcher(path).matches()))
                .as("Quarkus tests outside pom.xml's default-test includes: name them *RestTest or put them in "
                        + "io.factcheck.api, so that they run in the serial part")
                .isEmpty();
    }

    private static boolean isQuarkusTest(Path file) {
        try {
            return QUARKUS_ANNOTATION.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
