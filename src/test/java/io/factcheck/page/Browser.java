package io.factcheck.page;

import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The system's headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them). Nothing is
 * downloaded: the binaries are named, and Selenium Manager is told to stay offline. Without them the browser
 * tests are skipped, saying why, except under CI=true, where a missing browser is a failure.
 */
final class Browser {
    // Debian's paths; -Dpage.chromium=... / -Dpage.chromedriver=... point elsewhere (or nowhere, to see the skip).
    static final Path CHROMIUM = Path.of(System.getProperty("page.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("page.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** Why the browser tests cannot run here, or null when they can; under CI=true a missing browser fails. */
    static String missing() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return null;
        }
        String why = "The editor's page browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(why + "; CI=true, so they may not be skipped");
        }
        System.err.println("WARNING: " + why + ": skipped"); // seen in the build log, not only in the reports
        return why;
    }

    static ChromeDriver start(Path downloads) {
        System.setProperty("SE_OFFLINE", "true");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        return new ChromeDriver(service, options);
    }
}
