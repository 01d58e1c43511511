package io.factcheck.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The story examples' matching rules on canned answers: what passes, and what each failure says. */
class StoryExpectationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "\uD83D\uDE42 Russian Defense Minister Sergei Shoigu met Myanmar coup leader "
            + "Min Aung Hlaing on Feb. 1.";
    private static final JsonNode REQUEST = JSON.createObjectNode().put("text", TEXT).put("publishedAt", "2021-06-28");

    private static final String SHOIGU = """
            {"id": "claim-1", "kind": "official", "span": {"start": %d, "end": %d},
             "text": "Russian Defense Minister Sergei Shoigu",
             "claim": {"name": "Sergei Shoigu", "position": "Defense Minister", "jurisdiction": "Russia"},
             "verdict": {"kind": "official", "verdict": "SUPPORTED"}}""".formatted(TEXT.indexOf("Russian"),
            TEXT.indexOf(" met"));
    private static final String MIN_AUNG_HLAING = """
            {"id": "claim-2", "kind": "official", "span": {"start": %d, "end": %d},
             "text": "Myanmar coup leader Min Aung Hlaing", "attributedTo": "EFE",
             "claim": {"name": "Min Aung Hlaing", "position": "coup leader", "jurisdiction": "Myanmar"},
             "verdict": {"kind": "official", "verdict": "SUPPORTED"}}""".formatted(TEXT.indexOf("Myanmar"),
            TEXT.indexOf(" on Feb"));

    private static String answer(String... claims) {
        return "{\"claims\": [" + String.join(",", claims) + "], \"notChecked\": [], \"dates\": [{\"text\": \"Feb. 1\","
                + " \"value\": \"2021-02-01\", \"type\": \"DATE\", \"span\": {\"start\": 0, \"end\": 0}}]}";
    }

    private static JsonNode expect(String json) throws Exception {
        return JSON.readTree(json);
    }

    private static void check(String expect, int status, String answer) throws Exception {
        StoryExpectations.check("check-story/examples/x.json via POST /check-story", REQUEST, expect(expect), status,
                answer);
    }

    @Test
    void claimsFoundByKindAndTextWithTheirFieldsAndDates() {
        assertThatCode(() -> check("""
                {"claims": [{"kind": "official", "text": "Russian Defense Minister Sergei Shoigu", "verdict": "SUPPORTED",
                             "claim": {"name": "Sergei Shoigu", "jurisdiction": "Russia", "status": null},
                             "attributedTo": null},
                            {"kind": "official", "text": "Myanmar coup leader Min Aung Hlaing", "attributedTo": "EFE"}],
                 "exhaustive": true, "dates": [{"text": "Feb. 1", "value": "2021-02-01"}], "notChecked": [],
                 "status": 200}""", 200, answer(SHOIGU, MIN_AUNG_HLAING))).doesNotThrowAnyException();
    }

    @Test
    void aClaimWithoutTextIsFoundByItsFields() {
        assertThatCode(() -> check("""
                {"claims": [{"kind": "official", "claim": {"name": "Min Aung Hlaing"},
                             "claimContains": {"position": "COUP"}, "verdict": "SUPPORTED"}]}""",
                200, answer(SHOIGU, MIN_AUNG_HLAING))).doesNotThrowAnyException();
    }

    @Test
    void aMissingClaimIsNamedWithWhatWasFound() {
        assertThatThrownBy(() -> check("""
                {"claims": [{"kind": "official", "text": "Myanmar coup leader Min Aung Hlaing"}]}""", 200,
                answer(SHOIGU)))
                .hasMessageContaining("check-story/examples/x.json via POST /check-story")
                .hasMessageContaining("no official claim 'Myanmar coup leader Min Aung Hlaing' found")
                .hasMessageContaining("Russian Defense Minister Sergei Shoigu");
    }

    @Test
    void anExhaustiveListNamesTheExtraClaims() {
        assertThatThrownBy(() -> check("""
                {"claims": [{"kind": "official", "text": "Russian Defense Minister Sergei Shoigu"}],
                 "exhaustive": true}""", 200, answer(SHOIGU, MIN_AUNG_HLAING)))
                .hasMessageContaining("also found: [official 'Myanmar coup leader Min Aung Hlaing'");
    }

    @Test
    void aDifferentVerdictFieldOrAttributionIsSaid() {
        assertThatThrownBy(() -> check("""
                {"claims": [{"kind": "official", "text": "Myanmar coup leader Min Aung Hlaing", "verdict": "REFUTED",
                             "claim": {"jurisdiction": "Burma"}, "attributedTo": null}]}""", 200,
                answer(MIN_AUNG_HLAING)))
                .hasMessageContaining("verdict SUPPORTED, expected REFUTED")
                .hasMessageContaining("claim.jurisdiction \"Myanmar\", expected \"Burma\"")
                .hasMessageContaining("attributedTo \"EFE\", expected null");
    }

    @Test
    void aSpanThatDoesNotReadTheClaimsWordsFails() {
        // offsets counted in code points instead of UTF-16 code units: one short for the emoji's surrogate pair
        String shifted = SHOIGU.replace("\"start\": " + TEXT.indexOf("Russian"), "\"start\": " + (TEXT.indexOf("Russian") - 1))
                .replace("\"end\": " + TEXT.indexOf(" met"), "\"end\": " + (TEXT.indexOf(" met") - 1));
        assertThatThrownBy(() -> check("{\"claims\": []}", 200, answer(shifted)))
                .hasMessageContaining("claim-1 official 'Russian Defense Minister Sergei Shoigu': span")
                .hasMessageContaining("reads ' Russian Defense Minister Sergei Shoig'");
    }

    @Test
    void aMissingDateIsNamed() {
        assertThatThrownBy(() -> check("{\"dates\": [{\"text\": \"Feb. 1\", \"value\": \"2020-02-01\"}]}", 200,
                answer()))
                .hasMessageContaining("no date 'Feb. 1' = 2020-02-01 found; found: ['Feb. 1' = 2021-02-01]");
    }

    @Test
    void statusesAreCompared() {
        String problem = "{\"status\": 400, \"title\": \"Invalid claim\", \"detail\": \"text: must not be blank\"}";
        assertThatCode(() -> check("{\"status\": 400}", 400, problem)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check("{\"claims\": []}", 400, problem))
                .hasMessageContaining("status 400, expected 200: " + problem);
        assertThatThrownBy(() -> check("{\"claims\": []}", 200, "\"ok\""))
                .hasMessageContaining("not a story check");
    }
}
