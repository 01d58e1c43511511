package io.factcheck.official;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real claims about heads of government in many countries, each with the verdict that is right by the public record
 * (real-claims.tsv), through the REST door as an editor sends them: none may be SUPPORTED when false or REFUTED when
 * true, and at least nine in ten must get the exact verdict. The corpus is the test; it grows with every mistake.
 */
@QuarkusTest
class RealClaimsRestTest {

    @Test
    void realClaimsAreJudgedRightAndNeverWronglyDecided() throws IOException {
        List<String> wrong = new ArrayList<>();
        int exact = 0;
        int claims = 0;
        for (String[] c : corpus()) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("name", c[0]);
            body.put("position", c[1]);
            if (!c[2].isEmpty()) {
                body.put("jurisdiction", c[2]);
            }
            body.put("asOf", c[3]);
            String verdict = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/verify/official")
                    .then().statusCode(200).extract().path("verdict");
            String expected = c[4];
            claims++;
            boolean right = switch (expected) {
                case "NOTREFUTED" -> !verdict.equals("REFUTED");
                case "NOTSUPPORTED" -> !verdict.equals("SUPPORTED");
                default -> verdict.equals(expected);
            };
            if (expected.equals(verdict)) {
                exact++;
            }
            if (!right) {
                wrong.add(String.join(" | ", c) + " -> " + verdict);
            }
        }
        assertThat(wrong).as("wrong verdicts of %s real claims", claims).isEmpty();
        long decided = corpus().stream().filter(c -> !c[4].startsWith("NOT")).count();
        assertThat(exact).as("exact verdicts").isGreaterThanOrEqualTo((int) Math.ceil(decided * 0.9));
    }

    private static List<String[]> corpus() throws IOException {
        try (InputStream in = RealClaimsRestTest.class.getResourceAsStream("real-claims.tsv")) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
            return out;
        }
    }
}
