package io.factcheck.lambda;

import io.factcheck.examples.ExampleCorpus;
import io.factcheck.examples.FunctionDescriptor;
import io.factcheck.examples.RecheckExpectations;
import io.factcheck.examples.StoryExpectations;
import io.factcheck.story.Story;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
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
                    if (function.isStory()) {
                        checkWhole(example, StoryExpectations.status(example.expect()), StoryExpectations::check);
                        return;
                    }
                    if (function.isRecheck()) {
                        checkWhole(example, RecheckExpectations.status(example.expect()), RecheckExpectations::check);
                        return;
                    }
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

    /** The rules of an example answered whole: {@link StoryExpectations#check}, {@link RecheckExpectations#check}. */
    interface WholeAnswer {
        void check(ExampleCorpus example, String door, int status, String body);
    }

    /**
     * A story's or a re-check's example as one Lambda invocation: a request the HTTP doors answer with 200 comes back
     * as the answer, one they answer with a problem comes back as the function's error.
     */
    private static void checkWhole(ExampleCorpus example, int status, WholeAnswer rules) {
        Response answer = given().contentType(ContentType.JSON).body(example.request().toString()).when().post();
        if (status == 200) {
            rules.check(example, "the Lambda event path", answer.statusCode(), answer.asString());
        } else {
            answer.then().statusCode(500).body("errorType", not(emptyOrNullString()));
        }
    }

    @Test
    void aRecheckWithABadDateComesBackAsAnErrorNamingAsOf() {
        Assumptions.assumeTrue(exported().isRecheck(), "only the recheck function reads re-check requests");
        given().contentType(ContentType.JSON)
                .body("{\"items\": [{\"kind\": \"date\"}], \"asOf\": \"2021-02-30\"}")
                .when().post()
                .then().statusCode(500)
                .body("errorMessage", containsString("InvalidClaimException"))
                .body("errorMessage", containsString("asOf: must be 'today' or an existing date"));
    }

    @Test
    void invalidInputComesBackAsALambdaErrorNamingTheFields() {
        Assumptions.assumeFalse(exported().isRecheck(), "a re-check reads items, not claims: see the test above");
        // every claim kind and the story have required fields, so a body with only bad dates breaks at least two
        // rules: context.publishedAt for a claim, publishedAt for a story (each ignores the other's field)
        given().contentType(ContentType.JSON)
                .body("{\"publishedAt\": \"2021-02-30\", \"context\": {\"publishedAt\": \"2021-02-30\"}}")
                .when().post()
                .then().statusCode(500)
                .body("errorType", not(emptyOrNullString()))
                .body("errorMessage", containsString("InvalidClaimException"))
                .body("errorMessage", containsString("publishedAt: must be an existing date"))
                .body("errorMessage", containsString("must not be blank"));
    }

    @Test
    void aStoryOverTheLengthLimitComesBackAsAnErrorNamingText() {
        Assumptions.assumeTrue(exported().isStory(), "only the check-story function reads stories");
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"" + "x".repeat(Story.MAX_TEXT + 1) + "\", \"publishedAt\": \"2021-06-28\"}")
                .when().post()
                .then().statusCode(500)
                .body("errorMessage", containsString("text: must be at most 100000 characters"));
    }
}
