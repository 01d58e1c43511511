package io.factcheck.casualties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.factcheck.kernel.Verdict;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The request/verdict pairs of {@code functions/verify-casualties/examples/} against the verifier over the
 * importers' output (the HTTP doors run the same files once the function is wired). Each request carries its date,
 * so the answer does not depend on the day the tests run.
 */
class CasualtyExamplesTest {
    static final Path EXAMPLES = Path.of("functions/verify-casualties/examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        assumeTrue(CasualtyFixture.available(), "the public sources are beside the project (../shared/data)");
        List<Path> files;
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode doc = JSON.readTree(file.toFile());
            assertThat(doc.path("description").asText()).isNotBlank();
            JsonNode request = doc.required("request");
            assertThat(request.has("asOf") || request.path("context").has("publishedAt"))
                    .as("an example names its date").isTrue();
            Verdict v = CasualtyFixture.get().verifier().verify(JSON.treeToValue(request, CasualtyClaim.class));
            assertThat(v.verdict().name()).as(v.explanation()).isEqualTo(doc.required("expect").required("verdict").asText());
            for (JsonNode fragment : doc.required("expect").path("explanationContains")) {
                assertThat(v.explanation()).contains(fragment.asText());
            }
            if (v.verdict().name().equals("SUPPORTED") || v.verdict().name().equals("REFUTED")
                    || v.verdict().name().equals("MISLEADING")) {
                assertThat(v.evidence()).isNotEmpty().allSatisfy(e -> {
                    assertThat(e.source()).isNotBlank();
                    assertThat(e.url()).isNotBlank();
                });
            }
        }));
    }
}
