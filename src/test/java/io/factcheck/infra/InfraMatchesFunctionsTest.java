package io.factcheck.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.factcheck.examples.FunctionDescriptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment descriptors agree with functions/, the one list of functions: every function deployed, with the
 * right handler, export, route, timeout and (on the JVM) memory, and nothing deployed that does not exist.
 * Google Cloud Functions are deployed by a script (infra/gcp/deploy), checked through its --dry-run output.
 */
class InfraMatchesFunctionsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String HEAP_SHARE = "-XX:MaxRAMPercentage=75";
    private static final String FUNQY_HANDLER = "io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest";

    private static Set<String> functionNames() {
        Set<String> names = new HashSet<>();
        FunctionDescriptor.all().forEach(f -> names.add(f.name()));
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"infra/aws/template.yaml", "infra/aws/template-native.yaml"})
    void samTemplateDeploysEveryFunctionAndNothingElse(String template) throws IOException {
        JsonNode root = YAML.readTree(Path.of(template).toFile());
        Set<String> deployed = new HashSet<>();
        root.path("Resources").forEach(resource -> {
            if (!resource.path("Type").asText().equals("AWS::Serverless::Function")) {
                return;
            }
            JsonNode props = resource.path("Properties");
            String export = props.path("Environment").path("Variables").path("QUARKUS_FUNQY_EXPORT").asText();
            FunctionDescriptor function = FunctionDescriptor.all().stream().filter(f -> f.funqy().equals(export))
                    .findFirst().orElseThrow(() -> new AssertionError(template + " deploys unknown export " + export));
            deployed.add(function.name());
            assertThat(props.path("CodeUri").asText()).endsWith("/" + function.name() + "/function.zip");
            assertThat(props.path("Events").path("Http").path("Properties").path("Path").asText())
                    .isEqualTo("/" + function.funqy());
            assertThat(props.path("Timeout").asInt()).as(template + " " + function.name() + " Timeout")
                    .isEqualTo(function.timeoutSeconds());
            if (!template.contains("native")) { // a native executable needs less than the JVM: its own figure
                assertThat(props.path("MemorySize").asInt()).as(template + " " + function.name() + " MemorySize")
                        .isEqualTo(function.memoryMb());
            }
        });
        assertThat(deployed).isEqualTo(functionNames());
        String handler = root.path("Globals").path("Function").path("Handler").asText();
        if (template.contains("native")) {
            assertThat(root.path("Globals").path("Function").path("Runtime").asText()).isEqualTo("provided.al2023");
        } else {
            assertThat(handler).isEqualTo(FUNQY_HANDLER);
            assertThat(root.path("Globals").path("Function").path("SnapStart").path("ApplyOn").asText())
                    .isEqualTo("PublishedVersions");
            assertHeapFromMemory(root.path("Globals").path("Function").path("Environment").path("Variables")
                    .path("JAVA_TOOL_OPTIONS").asText(), template);
        }
    }

    /** The heap is a share of the function's memory, never a fixed size (and never all of it). */
    private static void assertHeapFromMemory(String javaOptions, String where) {
        assertThat(javaOptions).as(where).contains(HEAP_SHARE).doesNotContain("-Xmx", "MaxRAMPercentage=100");
    }

    @Test
    void knativeServicePerFunction() throws IOException {
        Set<String> deployed = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("infra/knative"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                JsonNode service = YAML.readTree(file.toFile());
                assertThat(service.path("kind").asText()).isEqualTo("Service");
                String name = service.path("metadata").path("labels").path("factcheck/function").asText();
                deployed.add(name);
                FunctionDescriptor function = FunctionDescriptor.all().stream().filter(f -> f.name().equals(name))
                        .findFirst().orElseThrow(() -> new AssertionError(file + " deploys unknown function " + name));
                JsonNode spec = service.path("spec").path("template").path("spec");
                JsonNode container = spec.path("containers").get(0);
                List<String> env = container.path("env").findValuesAsText("value");
                assertThat(env).contains(function.funqy());
                // the image's run-java.sh turns JAVA_MAX_RAM_RATIO into -XX:MaxRAMPercentage
                boolean heapShare = false;
                for (JsonNode variable : container.path("env")) {
                    heapShare |= variable.path("name").asText().equals("JAVA_MAX_RAM_RATIO")
                            && variable.path("value").asText().equals("75");
                }
                assertThat(heapShare).as(file + " JAVA_MAX_RAM_RATIO=75").isTrue();
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("-Xmx");
                assertThat(spec.path("timeoutSeconds").asInt()).as(file + " timeoutSeconds")
                        .isEqualTo(function.timeoutSeconds());
                assertThat(spec.path("containers").get(0).path("resources").path("limits").path("memory").asText())
                        .as(file + " memory limit").isEqualTo(function.memoryMb() + "Mi");
            }
        }
        assertThat(deployed).isEqualTo(functionNames());
    }

    private static List<String> gcpDeployDryRun(String... extra) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "infra/gcp/deploy", "--region", "r1",
                "--project", "p1", "--dry-run"));
        command.addAll(Arrays.asList(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void gcpDeploysEveryFunctionAsASecondGenJavaFunction() throws Exception {
        Set<String> deployed = new HashSet<>();
        for (String line : gcpDeployDryRun()) {
            List<String> args = Arrays.asList(line.replace("\\,", ",").trim().split(" "));
            assertThat(args.subList(0, 3)).isEqualTo(List.of("gcloud", "functions", "deploy"));
            String name = args.get(3).replaceFirst("^factcheck-", "");
            FunctionDescriptor function = FunctionDescriptor.all().stream().filter(f -> f.name().equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError("infra/gcp/deploy deploys unknown " + name));
            deployed.add(name);
            assertThat(args).as(line).contains("--gen2", "--trigger-http", "--runtime=java21",
                    "--entry-point=io.quarkus.gcp.functions.http.QuarkusHttpFunction",
                    "--source=target/functions-gcf/" + name,
                    "--memory=" + function.memoryMb() + "Mi", "--timeout=" + function.timeoutSeconds() + "s",
                    "--set-env-vars=QUARKUS_FUNQY_EXPORT=" + function.funqy() + ",JAVA_TOOL_OPTIONS=" + HEAP_SHARE,
                    "--no-allow-unauthenticated", "--region=r1", "--project=p1");
            assertThat(args).as(line).doesNotContain("--allow-unauthenticated");
            assertThat(args.stream().filter(a -> a.startsWith("--min-instances=")
                    || a.startsWith("--concurrency=")).count()).as(line).isEqualTo(2);
        }
        assertThat(deployed).isEqualTo(functionNames());
    }

    @Test
    void gcpAllowsUnauthenticatedCallsOnlyWhenAsked() throws Exception {
        assertThat(gcpDeployDryRun("--allow-unauthenticated", "verify-date")).singleElement().satisfies(line ->
                assertThat(line).contains(" --allow-unauthenticated").doesNotContain("--no-allow-unauthenticated"));
    }
}
