package io.factcheck.api;

import io.factcheck.timeml.TimeMlFile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/check} with {@code Accept: application/x-timeml+xml}: the story as a TimeML document which
 * TempEval-3's way of reading one ({@link TimeMlFile}, as {@code timeml-score} reads) reads back to the story's text,
 * its date as the DCT, and the JSON answer's dates, span for span, with their tids and anchors.
 */
@QuarkusTest
class TimeMlOutRestTest {
    private static final String TEXT = "Rebels & troops clashed on June 18 near the <border>. The next day, \"talks\""
            + " began; they lasted three hours. Elections will be held in November 2021, and officials meet every"
            + " Monday until then.";

    @Test
    void theTimeMlAnswerReadsBackToTheJsonDates() {
        Map<String, Object> story = Map.of("text", TEXT, "publishedAt", "2021-06-28",
                "url", "https://news.example.com/2021/06/28/talks");
        String xml = given().contentType(ContentType.JSON).accept("application/x-timeml+xml").body(story)
                .when().post("/api/v1/check")
                .then().statusCode(200).contentType("application/x-timeml+xml").extract().asString();
        List<Map<String, Object>> dates = given().contentType(ContentType.JSON).body(story)
                .when().post("/api/v1/check")
                .then().statusCode(200).extract().jsonPath().getList("dates");

        TimeMlFile read = TimeMlFile.read(xml);
        assertThat(xml).startsWith("<?xml").contains("<TimeML>", "<DOCID>https://news.example.com/2021/06/28/talks",
                "functionInDocument=\"CREATION_TIME\"").doesNotContain("<EVENT", "<TLINK");
        assertThat(read.dct()).isEqualTo("2021-06-28");
        assertThat(read.text()).isEqualTo(TEXT);
        assertThat(dates).hasSize(read.timexes().size()).isNotEmpty();
        for (int i = 0; i < dates.size(); i++) {
            Map<String, Object> json = dates.get(i);
            TimeMlFile.Timex timex = read.timexes().get(i);
            @SuppressWarnings("unchecked")
            Map<String, Integer> span = (Map<String, Integer>) json.get("span");
            assertThat(List.<Object>of(timex.start(), timex.end(), timex.type(), timex.value()))
                    .containsExactly(span.get("start"), span.get("end"), json.get("type"), json.get("value"));
            assertThat(timex.attributes().get("tid")).isEqualTo(json.get("tid")).isEqualTo("t" + (i + 1));
            assertThat(timex.attributes().get("anchorTimeID")).isEqualTo(json.get("anchorTimeID"));
        }
        Map<String, Object> nextDay = dates.stream().filter(d -> d.get("text").equals("The next day")).findFirst()
                .orElseThrow();
        Map<String, Object> june18 = dates.stream().filter(d -> d.get("text").equals("June 18")).findFirst()
                .orElseThrow();
        assertThat(nextDay.get("value")).isEqualTo("2021-06-19");
        assertThat(nextDay.get("anchorTimeID")).as("the next day counts from June 18").isEqualTo(june18.get("tid"));
        assertThat(june18.get("anchorTimeID")).as("June 18 takes its year from the story's date").isEqualTo("t0");
        assertThat(dates).filteredOn(d -> d.get("text").equals("November 2021")).singleElement()
                .satisfies(d -> assertThat(d.get("anchorTimeID")).as("its words give the year").isNull());
    }
}
