package io.factcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * A claim's written date that the reader refuses (a negative day or count, an absurd count, "9999", which no date
 * form reads) or that lies outside the years 1800-2100 is a 400 problem naming {@code date}, on the Funqy and the
 * REST door alike.
 */
@QuarkusTest
class DateFieldBoundsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "February -1, 2021            | negative",
            "-5 days ago                  | negative",
            "9223372036854775807 days ago | further back",
            "1799                         | 1800-2100",
            "2101                         | 1800-2100",
            "9999                         | 9999",
            "July 4, 1776                 | 1800-2100"})
    void refusedOnBothDoors(String date, String reason) {
        for (String path : new String[] {"/verify-date", "/api/v1/verify/date"}) {
            given().contentType(ContentType.JSON)
                    .body("{\"event\":\"Myanmar coup\",\"date\":\"" + date + "\",\"place\":\"Myanmar\","
                            + "\"context\":{\"publishedAt\":\"2021-06-28\"}}")
                    .when().post(path)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("violations.field", hasItem("date"))
                    .body("detail", containsString(reason))
                    .body(not(containsString("at io.")));
        }
    }
}
