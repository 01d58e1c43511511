package io.factcheck.page;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page and its assets carry the strict Content-Security-Policy (no inline code, nothing from another origin);
 * Swagger UI, which needs inline scripts, and the API do not. No browser needed.
 */
@QuarkusTest
class EditorPageHeadersTest {
    static final String CSP = "Content-Security-Policy";

    @Test
    void thePageAndItsAssetsAreServedWithTheStrictPolicy() {
        for (String path : List.of("/", "/index.html", "/editor.js", "/editor.css")) {
            Response r = given().get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.header(CSP)).as(path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
        String page = given().get("/").asString();
        // Nothing inline and nothing foreign for the policy to forbid in the first place.
        assertThat(page).contains("<script src=\"editor.js\" defer></script>", "href=\"editor.css\"")
                .doesNotContain("<style", " style=", "onclick", "<script>", "src=\"http", "href=\"http", "src=\"//", "href=\"//");
    }

    @Test
    void swaggerUiAndTheApiAreLeftAlone() {
        Response swagger = given().get("/q/swagger-ui/");
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.header(CSP)).isNull();
        assertThat(given().get("/api/v1/datasets").header(CSP)).isNull();
        assertThat(given().get("/q/openapi").header(CSP)).isNull();
    }
}
