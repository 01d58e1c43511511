package io.factcheck.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's page at {@code /} in a real headless Chromium against the running app: the copy comes back with its
 * claims marked by verdict, the keyboard opens and closes a claim, the pictures draw what a context says, hostile
 * copy stays text, problems are shown in words, and the downloads are what a desk can use. Screenshots go to
 * target/screenshots/. The page is driven through {@link EditorPage}.
 */
@QuarkusTest
class EditorPageTest {
    // Our own copy: one claim of every verdict the data gives for it, two dates, and a figure not checked.
    static final String STORY = "Russian Defense Minister Sergei Shoigu met the junta's leader in Moscow on Monday."
            + " Vladimir Putin, Russia's prime minister, did not attend, the Kremlin said.\n\n"
            + "Security forces in Myanmar have killed more than 50 people since the Feb. 1 coup, according to AAPP."
            + " Myanmar's Health Minister Thet Khaing Win has called for calm.\n\n"
            + "At least 883 people have been killed in Myanmar since the coup, AAPP said.\n\n"
            + "Officials in Myanmar said 12 people were arrested last week.";
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Path DOWNLOADS = Path.of("target/browser-downloads").toAbsolutePath();
    static ChromeDriver driver;
    static EditorPage page;
    static String missing;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(DOWNLOADS);
        missing = Browser.missing();
        if (missing == null) {
            driver = Browser.start(DOWNLOADS);
            page = new EditorPage(driver, DOWNLOADS, SCREENSHOTS);
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void openPage() throws IOException {
        Assumptions.assumeTrue(missing == null, () -> missing + ": skipped"); // each test shows as skipped, saying why
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get("http://localhost:" + RestAssured.port + "/");
        try (Stream<Path> old = Files.list(DOWNLOADS)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void checksTheStoryAndMarksEachClaimByVerdict() throws IOException {
        assertThat(driver.findElement(By.id("publishedAt")).getDomProperty("value"))
                .as("the publication date defaults to today").isEqualTo(LocalDate.now().toString());
        page.checkStory(STORY, "2021-06-28", null);

        assertThat(page.text("summary")).isEqualTo(
                "6 claims: 3 supported, 1 refuted, 1 misleading, 1 unverifiable; 1 not checked");
        assertThat(page.claims()).extracting(e -> e.getDomAttribute("data-verdict") + " " + e.getText()).containsExactly(
                "SUPPORTED Russian Defense Minister Sergei Shoigu ✓ SUPPORTED",
                "REFUTED Vladimir Putin, Russia's prime minister ✗ REFUTED",
                "MISLEADING killed more than 50 people ! MISLEADING",
                "SUPPORTED Feb. 1 coup ✓ SUPPORTED",
                "UNVERIFIABLE Myanmar's Health Minister Thet Khaing Win ? UNVERIFIABLE",
                "SUPPORTED At least 883 people have been killed ✓ SUPPORTED",
                "NOT_CHECKED 12 people were arrested – NOT CHECKED");
        // The copy is all there, at its offsets: without the verdict marks it reads exactly as pasted.
        assertThat(page.js("const c = document.getElementById('copy').cloneNode(true);"
                + " c.querySelectorAll('.badge').forEach(b => b.remove()); return c.textContent;")).isEqualTo(STORY);

        List<WebElement> dates = driver.findElements(By.cssSelector("#copy .date"));
        assertThat(dates).extracting(WebElement::getText).containsExactly("Monday", "Feb. 1", "last week");
        WebElement feb1 = dates.get(1);
        assertThat(feb1.getDomAttribute("data-value")).as("the tooltip").isEqualTo("Read as 2021-02-01");
        assertThat(driver.findElement(By.id(feb1.getDomAttribute("aria-describedby"))).getDomProperty("textContent"))
                .isEqualTo("Read as 2021-02-01");
        assertThat(dates.get(2).getDomAttribute("data-value")).startsWith("Read as 2021-W25: 2021-06-21");
        page.js("arguments[0].focus(); return null;", feb1); // its reading shows on keyboard focus too
        page.screenshot("editor-desktop");
    }

    @Test
    void theKeyboardWalksTheClaimsAndOpensAndClosesOne() throws IOException {
        page.checkStory(STORY, "2021-06-28", null);
        // Tab from the last button into the copy: claims and dates come in reading order.
        driver.findElement(By.id("download-json")).sendKeys("");
        List<String> walked = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            String cls = focused.getDomAttribute("class");
            walked.add((cls == null ? focused.getTagName() : cls.split(" ")[0]) + ":" + focused.getText().split("\n")[0]);
        }
        assertThat(walked).containsSubsequence("claim:Russian Defense Minister Sergei Shoigu ✓ SUPPORTED",
                "date:Monday", "claim:Vladimir Putin, Russia's prime minister ✗ REFUTED",
                "claim:killed more than 50 people ! MISLEADING", "claim:Feb. 1 coup ✓ SUPPORTED",
                "claim:Myanmar's Health Minister Thet Khaing Win ? UNVERIFIABLE");

        WebElement refuted = page.claims().get(1);
        refuted.sendKeys(Keys.ENTER);
        WebElement panel = driver.findElement(By.id("panel"));
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(panel.getDomAttribute("role")).isEqualTo("dialog");
        assertThat(page.text("panel-title")).isEqualTo("✗ REFUTED Vladimir Putin, Russia's prime minister");
        assertThat(panel.getText()).contains("Verdict: REFUTED, 100% confidence", "Attributed to: the Kremlin",
                "position\nprime minister", "Mikhail Mishustin", "Explanation", "Evidence");
        List<WebElement> links = panel.findElements(By.cssSelector(".evidence a"));
        assertThat(links).isNotEmpty().allSatisfy(a -> assertThat(a.getDomProperty("href")).startsWith("https://"));
        page.waitForPicture(panel);
        page.screenshot("editor-panel");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(panel.isDisplayed()).isFalse();
        assertThat(driver.switchTo().activeElement()).as("focus goes back to the claim").isEqualTo(refuted);

        WebElement misleading = page.claims().get(2);
        misleading.sendKeys(Keys.SPACE);
        assertThat(panel.getText()).contains("Suggested wording",
                "at least 883 people killed, according to AAPP (as of 28 June 2021)",
                "Taken from outside the claim's words", "place: Myanmar");
        driver.findElement(By.id("panel-close")).click();
        assertThat(panel.isDisplayed()).isFalse();

        page.claims().get(6).click();
        assertThat(panel.getText()).contains("Not checked: the sentence dates this figure to a day or period of its own");
    }

    @Test
    void thePicturesDrawWhatTheContextSays() throws IOException {
        String official = """
                {"post": "Minister of Defence", "jurisdiction": "Russia", "asOf": "2021-06-28",
                 "window": {"from": "2010-01-01", "to": "2024-12-31"},
                 "holders": [
                   {"person": "Anatoliy Serdyukov", "start": "2007-02-15", "startPrecision": "day", "end": "2012-11-06",
                    "endPrecision": "day", "endUncertainFrom": null, "open": false, "matched": false, "source": "Wikidata", "url": "https://www.wikidata.org/wiki/Q318478"},
                   {"person": "Sergey Shoygu", "start": "2012-11-06", "startPrecision": "day", "end": null,
                    "endPrecision": null, "endUncertainFrom": "2022-08-03", "open": true, "matched": true, "source": "Wikidata", "url": "https://www.wikidata.org/wiki/Q32024"}]}""";
        String casualties = """
                {"series": "myanmar-coup-aapp-killed", "place": "Myanmar", "event": "post-coup crackdown", "measure": "killed",
                 "counter": "AAPP", "cumulative": true, "asOf": "2021-06-28", "allowed": {"min": 51, "max": null},
                 "observations": [{"asOf": "2021-02-28", "value": 30}, {"asOf": "2021-03-31", "value": 536},
                                  {"asOf": "2021-04-30", "value": 759}, {"asOf": "2021-05-31", "value": 840},
                                  {"asOf": "2021-06-28", "value": 883}],
                 "deciding": {"asOf": "2021-06-28", "value": 883}}""";
        String date = """
                {"kind": "coup", "subtype": "realized", "place": "Myanmar",
                 "readings": [{"start": "2021-02-01", "end": "2021-02-01", "precision": "day"}],
                 "events": [{"date": "1988-09-18", "precision": "day", "title": "Coup in Myanmar", "source": "Cline Center", "url": null, "recordId": "1"},
                            {"date": "2021-02-01", "precision": "day", "title": "Coup in Myanmar", "source": "Cline Center", "url": null, "recordId": "2"}]}""";
        // Draw each into a figure on the page, as the panel would, and read the SVG back.
        String drawInto = "const ctx = JSON.parse(arguments[1]); const svg = window.factcheckDraw(arguments[0], ctx, arguments[2]);"
                + " const f = document.createElement('figure'); f.className = 'picture test-' + arguments[0];"
                + " f.append(svg); document.getElementById('copy').append(f); return svg.outerHTML.length;";
        for (var kind : List.of(Map.entry("official", official), Map.entry("casualties", casualties), Map.entry("date", date))) {
            Object length = ((JavascriptExecutor) driver).executeScript(drawInto, kind.getKey(), kind.getValue(),
                    Map.of("count", 50, "date", "Feb. 1"));
            assertThat(((Number) length).intValue()).as(kind.getKey()).isGreaterThan(200);
        }
        WebElement o = driver.findElement(By.cssSelector(".test-official svg"));
        assertThat(o.findElements(By.cssSelector(".axis line"))).hasSizeGreaterThan(5);
        assertThat(o.findElement(By.cssSelector(".marked-date text")).getText()).isEqualTo("2021-06-28");
        assertThat(o.findElements(By.cssSelector(".term.matched"))).hasSize(1);
        assertThat(o.findElement(By.cssSelector(".term.matched text")).getText()).isEqualTo("Sergey Shoygu");
        assertThat(o.findElements(By.cssSelector(".term.matched .uncertain"))).as("open end after the snapshot").hasSize(1);
        assertThat(o.findElements(By.cssSelector(".term:not(.matched) .uncertain"))).isEmpty();

        WebElement c = driver.findElement(By.cssSelector(".test-casualties svg"));
        assertThat(c.findElements(By.cssSelector("rect.band"))).hasSize(1);
        assertThat(c.findElements(By.cssSelector("circle.observation"))).hasSize(5);
        WebElement deciding = c.findElement(By.cssSelector("circle.deciding"));
        WebElement lastPoint = c.findElements(By.cssSelector("circle.observation")).get(4);
        assertThat(deciding.getDomAttribute("cx")).isEqualTo(lastPoint.getDomAttribute("cx"));
        assertThat(deciding.getDomAttribute("cy")).isEqualTo(lastPoint.getDomAttribute("cy"));
        assertThat(c.findElement(By.cssSelector(".marked-date text")).getText()).isEqualTo("2021-06-28");
        // The band (51 and up) lies above the zero line and reaches the top of the chart.
        double bandBottom = Double.parseDouble(c.findElement(By.cssSelector("rect.band")).getDomAttribute("y"))
                + Double.parseDouble(c.findElement(By.cssSelector("rect.band")).getDomAttribute("height"));
        assertThat(bandBottom).isLessThan(240 - 28);

        WebElement d = driver.findElement(By.cssSelector(".test-date svg"));
        assertThat(d.findElements(By.cssSelector("rect.reading"))).hasSize(1);
        assertThat(d.findElements(By.cssSelector("g.event"))).extracting(WebElement::getText)
                .containsExactly("1988-09-18", "2021-02-01");
        assertThat(d.findElements(By.cssSelector(".axis text"))).isNotEmpty();
        assertThat(page.js("return window.factcheckDraw('official', {post: null, holders: []}, {})")).isNull();
        page.screenshot("editor-pictures");
    }

    @Test
    void eachKindOfClaimGetsItsPictureFromTheContextPaths() throws IOException {
        page.checkStory(STORY, "2021-06-28", null);
        WebElement panel = driver.findElement(By.id("panel"));

        page.claims().get(0).sendKeys(Keys.ENTER); // Shoigu, Defense Minister: his term among the post's holders
        WebElement official = page.waitForPicture(panel);
        assertThat(official.findElements(By.cssSelector(".term.matched text"))).extracting(WebElement::getText)
                .contains("Sergey Shoygu");
        assertThat(official.findElement(By.cssSelector(".marked-date text")).getText()).isEqualTo("2021-06-28");
        assertThat(official.findElements(By.cssSelector(".term.matched .uncertain")))
                .as("still open at the source's snapshot: drawn as not known past it").hasSize(1);
        page.screenshot("editor-panel-official");
        panel.sendKeys(Keys.ESCAPE);

        page.claims().get(3).sendKeys(Keys.ENTER); // the Feb. 1 coup among Myanmar's recorded coups
        WebElement date = page.waitForPicture(panel);
        assertThat(date.findElements(By.cssSelector("g.event"))).extracting(WebElement::getText).contains("2021-02-01");
        assertThat(date.findElements(By.cssSelector("rect.reading"))).isNotEmpty();
        panel.sendKeys(Keys.ESCAPE);

        page.claims().get(5).sendKeys(Keys.ENTER); // at least 883 killed: AAPP's counts, the band, the deciding figure
        WebElement figures = page.waitForPicture(panel);
        assertThat(figures.findElements(By.cssSelector("rect.band"))).hasSize(1);
        assertThat(figures.findElements(By.cssSelector("circle.deciding"))).hasSize(1);
        assertThat(figures.findElements(By.cssSelector("circle.observation"))).hasSizeGreaterThan(3);
        page.screenshot("editor-panel-casualties");
    }

    @Test
    void hostileCopyIsShownAsTextAndRunsNothing() throws IOException {
        String hostile = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"
                + " <a href=\"javascript:window.pwned=3\">read more</a> President Joe Biden spoke.";
        page.checkStory(hostile, "2021-06-28", null);
        assertThat(page.js("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(driver.findElements(By.cssSelector("#copy script, #copy img, #copy a"))).isEmpty();
        assertThat(page.text("copy")).startsWith(hostile.substring(0, 60));
        assertThat(page.claims()).extracting(WebElement::getText).containsExactly("President Joe Biden ✓ SUPPORTED");
        page.claims().get(0).click();
        assertThat(driver.findElements(By.cssSelector("#panel script, #panel img"))).isEmpty();
        assertThat(driver.findElement(By.id("panel")).getText()).doesNotContain("null", "undefined", "Attributed to");
        // The CSP is in force too: an inline script added to the page does not run.
        page.screenshot("editor-hostile");
        page.js("const s = document.createElement('script'); s.textContent = 'window.pwned = 4';"
                + " document.body.append(s); return null;");
        assertThat(page.js("return typeof window.pwned")).isEqualTo("undefined");
    }

    @Test
    void problemsAreShownInWords() {
        // Over 100,000 characters: a 413 problem naming text.
        page.js("document.getElementById('text').value = 'x'.repeat(100001); return null;");
        driver.findElement(By.id("check")).click();
        WebElement error = driver.findElement(By.id("error"));
        new WebDriverWait(driver, Duration.ofSeconds(20), EditorPage.POLL).until(w -> !error.getText().isBlank());
        assertThat(error.getText()).contains("text").contains("100000").doesNotContain("{");

        // ClaimReview needs the story's url: the 400 problem's words.
        page.js("document.getElementById('text').value = ''; return null;");
        page.checkStory("Russian Defense Minister Sergei Shoigu met reporters.", "2021-06-28", null);
        driver.findElement(By.id("copy-claimreview")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20), EditorPage.POLL).until(w -> !error.getText().isBlank());
        assertThat(error.getText()).contains("url").doesNotContain("{");
        assertThat(driver.findElement(By.id("claimreview-box")).isDisplayed()).isFalse();
    }

    @Test
    void whatCanBeCheckedInAPlaceOnDemandAndWhereTheStoryWasFiled() throws IOException {
        WebElement body = driver.findElement(By.id("coverage-body"));
        driver.findElement(By.id("coverage-place")).sendKeys("Burma");
        driver.findElement(By.id("coverage-show")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20), EditorPage.POLL)
                .until(w -> !body.findElements(By.cssSelector(".coverage-head")).isEmpty());
        assertThat(body.findElement(By.cssSelector(".coverage-head")).getText())
                .startsWith("Myanmar (also Burma").endsWith(": officials, dates of events, casualty figures");
        assertThat(body.getText()).contains("post-coup crackdown, killed (AAPP)", "coup: 9 events")
                .contains("records every coup (attempted, realized) from 1950-01-01 to 2025-12-07");
        WebElement posts = body.findElement(By.cssSelector("details summary"));
        assertThat(posts.getText()).endsWith("posts on record");
        posts.click();
        assertThat(body.getText()).contains("Minister of Defence: 2021-02-01 to 2022-07-19, still held then");
        assertThat(body.findElements(By.cssSelector("a"))).extracting(a -> a.getDomAttribute("href"))
                .allSatisfy(href -> assertThat(href).startsWith("https://"));
        page.screenshot("editor-coverage");

        // a name it does not know: said in words, with the names it may have meant
        WebElement place = driver.findElement(By.id("coverage-place"));
        place.clear();
        place.sendKeys("Myanmr", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20), EditorPage.POLL)
                .until(w -> !body.findElements(By.cssSelector(".coverage-problem")).isEmpty());
        assertThat(body.getText()).isEqualTo("“Myanmr” is no place the dataset knows; did you mean Myanmar?");

        // after a check, the place of the dateline
        driver.findElement(By.id("dateline")).sendKeys("Russia");
        page.checkStory("Russian Defense Minister Sergei Shoigu met reporters.", "2021-06-28", null);
        new WebDriverWait(driver, Duration.ofSeconds(20), EditorPage.POLL).until(w -> body.getText().startsWith("Russia"));
        assertThat(driver.findElement(By.id("coverage-place")).getDomProperty("value")).isEqualTo("Russia");
    }

    @Test
    void claimReviewDownloadAndReportAreWhatADeskCanUse() throws Exception {
        page.checkStory(STORY, "2021-06-28", "https://news.example.com/2021/06/28/page");
        driver.findElement(By.id("copy-claimreview")).click();
        WebElement box = driver.findElement(By.id("claimreview"));
        new WebDriverWait(driver, Duration.ofSeconds(20), EditorPage.POLL).until(w -> !box.getDomProperty("value").isBlank());
        JsonNode reviews = new ObjectMapper().readTree(box.getDomProperty("value"));
        assertThat(reviews).hasSize(6);
        assertThat(reviews.get(1).path("reviewRating").path("alternateName").asText()).isEqualTo("False");
        assertThat(page.text("error")).isEmpty();

        driver.findElement(By.id("download-json")).click();
        JsonNode answer = new ObjectMapper().readTree(page.downloaded("factcheck-answer.json").toFile());
        assertThat(answer.path("claims")).hasSize(6);
        assertThat(answer.path("summary").path("notChecked").asInt()).isEqualTo(1);

        page.claims().get(4).sendKeys(Keys.ENTER); // the health minister: a post the records do not keep
        new Select(driver.findElement(By.id("report-choice"))).selectByValue("not-a-claim");
        driver.findElement(By.id("report-note")).sendKeys("Named for what he said, not for his post.");
        driver.findElement(By.cssSelector("#panel form.report button")).click();
        JsonNode report = new ObjectMapper().readTree(page.downloaded("report-claim-5.json").toFile());
        assertThat(report.path("request").path("text").asText()).isEqualTo(STORY);
        assertThat(report.path("request").path("publishedAt").asText()).isEqualTo("2021-06-28");
        assertThat(report.path("expect").path("exhaustive").asBoolean(true)).isFalse();
        assertThat(report.path("expect").path("claims")).isEmpty();
        assertThat(report.path("expect").path("notClaims").get(0).path("text").asText()).isEqualTo("Myanmar's Health Minister Thet Khaing Win");
        assertThat(report.path("description").asText()).contains("not a claim");

        Files.delete(page.downloaded("report-claim-5.json"));
        new Select(driver.findElement(By.id("report-choice"))).selectByValue("wrong-verdict");
        new Select(driver.findElement(By.id("report-verdict"))).selectByValue("SUPPORTED");
        driver.findElement(By.cssSelector("#panel form.report button")).click();
        JsonNode verdict = new ObjectMapper().readTree(page.downloaded("report-claim-5.json").toFile());
        assertThat(verdict.path("expect").path("claims").get(0).path("verdict").asText()).isEqualTo("SUPPORTED");
        assertThat(verdict.path("expect").path("claims").get(0).path("kind").asText()).isEqualTo("official");
    }

    @Test
    void readableAt360PixelsWide() throws IOException {
        driver.manage().window().setSize(new Dimension(360, 1400));
        page.checkStory(STORY, "2021-06-28", null);
        assertThat(((Number) page.js("return window.innerWidth")).intValue()).isLessThanOrEqualTo(360);
        assertThat(((Number) page.js("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling").isLessThanOrEqualTo(((Number) page.js("return window.innerWidth")).intValue());
        page.screenshot("editor-360");
        page.claims().get(2).sendKeys(Keys.ENTER);
        WebElement panel = driver.findElement(By.id("panel"));
        assertThat(panel.getRect().getWidth()).isLessThanOrEqualTo(360);
        page.waitForPicture(panel);
        page.screenshot("editor-360-panel");
    }
}
