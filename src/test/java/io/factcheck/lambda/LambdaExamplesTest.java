package io.factcheck.lambda;

import io.factcheck.examples.ExampleCorpus;
import io.factcheck.examples.FunctionDescriptor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

/**
 * The examples of the function this Lambda build exports ({@code quarkus.funqy.export}), sent as Lambda events
 * through Quarkus' mock event server: the real handler path a deployed function takes. A posted body with no path
 * is one invocation. infra/build-functions runs this once per folder of functions/.
 */
@QuarkusTest
class LambdaExamplesTest {

    static FunctionDescriptor exported() {
        String export = ConfigProvider.getConfig().getValue("quarkus.funqy.export", String.class);
        return FunctionDescriptor.all().stream().filter(f -> f.funqy().equals(export)).findFirst()
                .orElseThrow(() -> new AssertionError("no functions/*/function.json exports " + export));
    }

    @TestFactory
    Stream<DynamicTest> examplesThroughTheLambdaEventPath() {
        FunctionDescriptor function = exported();
        return ExampleCorpus.of(function.name()).stream().map(example -> DynamicTest.dynamicTest(
                function.name() + " " + example.file(), () -> {
                    ValidatableResponse response = given().contentType(ContentType.JSON)
                            .body(example.request().toString())
                            .when().post()
                            .then().statusCode(200)
                            .body("kind", equalTo(function.kind()))
                            .body("verdict", equalTo(example.verdict()))
                            .body("dataset.version", not(emptyOrNullString()));
                    for (String fragment : example.explanationContains()) {
                        response.body("explanation", containsString(fragment));
                    }
                    if (List.of("SUPPORTED", "REFUTED").contains(example.verdict())) {
                        response.body("evidence.source", everyItem(not(emptyOrNullString())));
                    }
                }));
    }

    @Test
    void invalidClaimComesBackAsALambdaErrorNamingTheFields() {
        // every claim kind has required fields, so an empty claim with a bad date breaks at least two rules
        given().contentType(ContentType.JSON).body("{\"context\": {\"publishedAt\": \"2021-02-30\"}}")
                .when().post()
                .then().statusCode(500)
                .body("errorType", not(emptyOrNullString()))
                .body("errorMessage", containsString("InvalidClaimException"))
                .body("errorMessage", containsString("context.publishedAt: must be an existing date"))
                .body("errorMessage", containsString("must not be blank"));
    }
}
