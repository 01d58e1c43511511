package io.factcheck.page;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's page as a test drives it: checking copy, reading its claims and panels, downloads, screenshots. */
final class EditorPage {
    /** How often a wait looks: WebDriverWait's default of 500 ms is mostly spent idle here. */
    static final Duration POLL = Duration.ofMillis(50);
    private final ChromeDriver driver;
    private final Path downloads;
    private final Path screenshots;

    EditorPage(ChromeDriver driver, Path downloads, Path screenshots) {
        this.driver = driver;
        this.downloads = downloads;
        this.screenshots = screenshots;
    }

    void checkStory(String text, String publishedAt, String url) {
        WebElement area = driver.findElement(By.id("text"));
        area.clear();
        // Typed as a person would for short copy; long copy is set directly (typing 400 characters is slow).
        js("arguments[0].value = arguments[1]; return null;", area, text);
        area.sendKeys(" ", Keys.BACK_SPACE);
        js("document.getElementById('publishedAt').value = arguments[0]; return null;", publishedAt);
        if (url != null) {
            driver.findElement(By.id("url")).sendKeys(url);
        }
        driver.findElement(By.id("check")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30), POLL)
                .until(w -> text("status").equals("Checked.") || !text("error").isBlank());
        assertThat(text("error")).isEmpty();
    }

    List<WebElement> claims() {
        return driver.findElements(By.cssSelector("#copy .claim"));
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The picture drawn from the live context path: an SVG, never "No picture" for a claim the data covers. */
    WebElement waitForPicture(WebElement panel) {
        new WebDriverWait(driver, Duration.ofSeconds(10), POLL).until(w ->
                !panel.findElements(By.cssSelector(".picture svg, .picture .no-picture")).isEmpty());
        assertThat(panel.findElements(By.cssSelector(".picture .no-picture"))).as("no picture").isEmpty();
        return panel.findElement(By.cssSelector(".picture svg"));
    }

    Path downloaded(String name) throws InterruptedException {
        Path file = downloads.resolve(name);
        for (int i = 0; i < 100 && !Files.isRegularFile(file); i++) {
            Thread.sleep(100);
        }
        assertThat(file).isRegularFile();
        return file;
    }

    /** The whole page: the window is made as tall as the document first (headless Chromium shoots the viewport). */
    void screenshot(String name) throws IOException {
        Dimension size = driver.manage().window().getSize();
        int height = ((Number) js("return document.documentElement.scrollHeight")).intValue();
        if (height > size.getHeight() - 140) {
            driver.manage().window().setSize(new Dimension(size.getWidth(), height + 140));
        }
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
