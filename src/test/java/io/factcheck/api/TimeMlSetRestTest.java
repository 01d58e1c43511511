package io.factcheck.api;

import io.factcheck.timeml.TimeMlFile;
import io.factcheck.timeml.TimeMlScore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TempEval-3's TimeML news stories ({@code ../shared/corpus/timeml-tbaq}, 256 stories) through
 * {@code POST /api/v1/check}, scored as {@code timeml-score} scores them: relaxed, strict and value F1, overall and
 * for each TIMEX3 type, none below its floor in {@code io/factcheck/timeml/floors.properties} (the figures reached,
 * so that no change loses ground unseen). The stories are read where they lie; without {@code ../shared} the test
 * is skipped, saying so.
 */
@QuarkusTest
class TimeMlSetRestTest {
    private static final Path SET = Path.of("../shared/corpus/timeml-tbaq");
    private static final List<String> TYPES = List.of("DATE", "TIME", "DURATION", "SET");

    @Test
    void timeMlStoriesScoreAtLeastTheirFloors() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SET), () -> "no TimeML set beside the project: " + SET.toAbsolutePath()
                + " is absent, so the TimeML figures are not checked");
        Map<String, TimeMlScore> scores = new LinkedHashMap<>();
        scores.put("all", new TimeMlScore());
        TYPES.forEach(type -> scores.put(type, new TimeMlScore()));
        for (Path story : stories()) {
            TimeMlFile file = TimeMlFile.read(Files.readString(story));
            List<TimeMlScore.Found> found = check(file);
            scores.get("all").add(file.timexes(), found);
            for (String type : TYPES) {
                scores.get(type).add(file.timexes().stream().filter(g -> type.equals(g.type())).toList(),
                        found.stream().filter(f -> type.equals(f.type())).toList());
            }
        }
        Properties floors = floors();
        List<String> below = new ArrayList<>();
        scores.forEach((name, score) -> {
            System.out.println("timeml " + name + ": " + score);
            floor(below, floors, name + ".relaxed", score.relaxedF1());
            floor(below, floors, name + ".strict", score.strictF1());
            floor(below, floors, name + ".value", score.valueF1());
        });
        assertThat(scores.get("all").gold()).as("TIMEX3 in the set").isGreaterThan(1500);
        assertThat(below).as("figures below their floors").isEmpty();
    }

    private static List<TimeMlScore.Found> check(TimeMlFile file) {
        List<Map<String, Object>> dates = given().contentType(ContentType.JSON)
                .body(Map.of("text", file.text(), "publishedAt", file.dct()))
                .when().post("/api/v1/check")
                .then().statusCode(200).extract().jsonPath().getList("dates");
        return dates.stream().map(d -> {
            @SuppressWarnings("unchecked")
            Map<String, Integer> span = (Map<String, Integer>) d.get("span");
            return new TimeMlScore.Found(span.get("start"), span.get("end"), (String) d.get("type"),
                    (String) d.get("value"));
        }).toList();
    }

    private static void floor(List<String> below, Properties floors, String key, double reached) {
        String floor = floors.getProperty(key);
        assertThat(floor).as("floor %s", key).isNotNull();
        if (reached < Double.parseDouble(floor)) {
            below.add(String.format(java.util.Locale.ROOT, "%s %.4f < %s", key, reached, floor));
        }
    }

    private static List<Path> stories() throws IOException {
        try (Stream<Path> files = Files.walk(SET)) {
            return files.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
    }

    private static Properties floors() throws IOException {
        Properties floors = new Properties();
        try (InputStream in = TimeMlSetRestTest.class.getResourceAsStream("/io/factcheck/timeml/floors.properties")) {
            floors.load(in);
        }
        return floors;
    }
}
