package io.factcheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.api.rest.BatchRequest;
import io.factcheck.api.rest.BatchResponse;
import io.factcheck.api.rest.VerifyResource;
import io.factcheck.kernel.DatasetRef;
import io.factcheck.kernel.Evidence;
import io.factcheck.kernel.Verdict;
import io.factcheck.kernel.VerdictLabel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written writers of verdicts ({@link VerdictJson}) give the bytes Jackson's bean serializers give with the
 * doors' settings: for a batch of every kind with errors in their slots, over HTTP as in process, and for the fields
 * real answers leave empty.
 */
@QuarkusTest
class VerdictJsonTest {
    private static final String BATCH = """
            {"claims": [
              {"kind": "official", "name": "Sergei Shoigu", "position": "Defense Minister", "jurisdiction": "Russia",
               "context": {"publishedAt": "2021-06-28"}},
              {"kind": "official", "name": "Nikolai Patrushev", "position": "Security Council Secretary",
               "jurisdiction": "Russia", "asOf": "2021-06-28", "status": "former"},
              {"kind": "official", "name": "A. Nonexistent \\"Person\\" \\u00e9\\u0001", "position": "Minister of Magic",
               "jurisdiction": "Russia", "asOf": "2021-06-28"},
              {"kind": "official", "position": "Defense Minister"},
              {"kind": "horoscope", "sign": "Leo"},
              null,
              {"kind": "date", "event": "Myanmar military coup", "date": "Feb. 1",
               "context": {"publishedAt": "2021-06-28"}},
              {"kind": "date", "event": "Myanmar coup", "date": "February 2, 2021",
               "context": {"publishedAt": "2021-06-28"}},
              {"kind": "date", "event": "Myanmar military coup", "date": "the other day"},
              {"kind": "casualties", "place": "Burma", "event": "post-coup crackdown", "measure": "killed",
               "count": 883, "qualifier": "at least", "source": "AAPP", "asOf": "2021-06-28"},
              {"kind": "casualties", "place": "Myanmar", "measure": "killed", "count": 5000, "asOf": "2021-06-28"},
              {"kind": "casualties", "place": "Atlantis", "measure": "killed", "count": 3, "asOf": "2021-06-28"},
              {"kind": "casualties", "place": "Myanmar", "measure": "killed", "count": 12.5}
            ]}""";

    @Inject
    ObjectMapper mapper;
    @Inject
    VerifyResource resource;

    private final ObjectMapper beans = JsonConfig.rules(new ObjectMapper());

    @Test
    void aBatchOfEveryKindWithErrorsIsWrittenAsJacksonsBeansWriteIt() throws Exception {
        BatchResponse answer = resource.verifyBatch(mapper.readValue(BATCH, BatchRequest.class));
        assertThat(answer.results()).hasAtLeastOneElementOfType(Verdict.class)
                .hasAtLeastOneElementOfType(BatchResponse.Failed.class);
        assertThat(answer.results().stream().filter(Verdict.class::isInstance).map(v -> ((Verdict) v).kind()))
                .contains("official", "date", "casualties");
        assertThat(mapper.getRegisteredModuleIds()).as("the doors' mapper writes with VerdictJson").contains("verdicts");
        String written = mapper.writeValueAsString(answer);
        assertThat(written).isEqualTo(beans.writeValueAsString(answer));

        byte[] overHttp = given().contentType(ContentType.JSON).body(BATCH)
                .when().post("/api/v1/verify")
                .then().statusCode(200).extract().asByteArray();
        assertThat(new String(overHttp, StandardCharsets.UTF_8)).isEqualTo(written);
    }

    @Test
    void emptyFieldsLayersAndEscapesAreWrittenAsJacksonsBeansWriteThem() throws Exception {
        Evidence sparse = new Evidence("A source \"quoted\" \u2028", null, null, null, "x.csv:1", "r\u0000\t", null);
        Evidence full = new Evidence("s", "https://example.org/a?b=c&d", "Q1 P39", "2022-08-03", "tenures.csv:2",
                "Ünïcödé 😀 </script>", "decides");
        List<Object> verdicts = new ArrayList<>();
        for (VerdictLabel label : VerdictLabel.values()) {
            verdicts.add(new Verdict("official", label, 0.85, Map.of("name", "x"), "Why: \"because\".",
                    List.of(sparse, full), new DatasetRef("d", "1", List.of(new DatasetRef.Layer("desk", null)))));
        }
        verdicts.add(new Verdict(null, null, Double.MIN_VALUE, null, null, List.of(), null));
        verdicts.add(new Verdict("date", VerdictLabel.UNVERIFIABLE, 0.0, null, "", List.of(), new DatasetRef("d", null)));
        verdicts.add(new BatchResponse.Failed(Problem.internal("/api/v1/verify")));
        BatchResponse answer = new BatchResponse(verdicts);
        assertThat(mapper.writeValueAsString(answer)).isEqualTo(beans.writeValueAsString(answer));
        assertThat(mapper.writeValueAsString(full)).isEqualTo(beans.writeValueAsString(full));
        JsonNode read = mapper.readTree(mapper.writeValueAsString(answer));
        assertThat(read.at("/results/0/evidence/0/record").asText()).isEqualTo(sparse.record());
    }
}
