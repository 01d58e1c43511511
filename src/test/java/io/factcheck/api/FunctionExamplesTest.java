package io.factcheck.api;

import io.factcheck.examples.ExampleCorpus;
import io.factcheck.examples.FunctionDescriptor;
import io.factcheck.examples.RecheckExpectations;
import io.factcheck.examples.StoryExpectations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Every example of every function in functions/ through both HTTP doors: the Funqy path named by the function's
 * descriptor and its REST path. The folder is the list: a new function's examples run without touching this class.
 * A claim's example expects one verdict; a story's (kind "story") the claims found in it, see {@link StoryExpectations};
 * a re-check's one answer per item, see {@link RecheckExpectations}.
 */
@QuarkusTest
class FunctionExamplesTest {

    /** Requests in flight at once: the checks are independent, and one client thread leaves the server idle. */
    private static final int CLIENTS = 4;

    /**
     * Every check starts at once on a few client threads; each dynamic test waits for its own and fails with its
     * assertion, as if it had run alone.
     */
    @TestFactory
    Stream<DynamicContainer> examplesThroughFunqyAndRest() {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            return FunctionDescriptor.all().stream().map(function -> DynamicContainer.dynamicContainer(function.name(),
                    ExampleCorpus.of(function.name()).stream().flatMap(example -> Stream.of(
                            checked("funqy " + example.file(), clients,
                                    () -> check(function, example, "/" + function.funqy())),
                            checked("rest " + example.file(), clients,
                                    () -> check(function, example, function.rest())))).toList()))
                    .toList().stream();
        } finally {
            clients.shutdown(); // the checks submitted run to their end
        }
    }

    private static DynamicTest checked(String name, ExecutorService clients, Runnable check) {
        Future<?> done = clients.submit(check);
        return DynamicTest.dynamicTest(name, () -> {
            try {
                done.get();
            } catch (ExecutionException e) {
                throw e.getCause();
            }
        });
    }

    static void check(FunctionDescriptor function, ExampleCorpus example, String path) {
        if (function.isRecheck()) {
            Response answer = given().contentType(ContentType.JSON).body(example.request().toString())
                    .when().post(path);
            RecheckExpectations.check(example, "POST " + path, answer.statusCode(), answer.asString());
            return;
        }
        if (function.isStory()) {
            Response answer = given().contentType(ContentType.JSON).body(example.request().toString())
                    .when().post(path);
            StoryExpectations.check(example, "POST " + path, answer.statusCode(), answer.asString());
            return;
        }
        ValidatableResponse response = given().contentType(ContentType.JSON).body(example.request().toString())
                .when().post(path)
                .then().statusCode(200)
                .body("kind", equalTo(function.kind()))
                .body("verdict", equalTo(example.verdict()))
                .body("explanation", not(emptyOrNullString()))
                .body("dataset.version", not(emptyOrNullString()))
                .body("claim", notNullValue());
        for (String fragment : example.explanationContains()) {
            response.body("explanation", containsString(fragment));
        }
        if (List.of("SUPPORTED", "REFUTED").contains(example.verdict())) {
            response.body("evidence.size()", not(equalTo(0)))
                    .body("evidence.source", everyItem(not(emptyOrNullString())))
                    .body("evidence.url", everyItem(not(emptyOrNullString())));
        }
    }
}
