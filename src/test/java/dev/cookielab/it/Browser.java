package dev.cookielab.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through Debian's ChromeDriver: nothing is downloaded. Without them the
 * browser tests are skipped with one loud line, unless {@code -Dbrowser.required=true} makes that a failure.
 */
final class Browser {

    static final String CHROMIUM = System.getProperty("browser.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");
    static final int WIDTH = 1200;
    static final int HEIGHT = 900;

    private Browser() {
    }

    /**
     * Clicks something that loads a new page, and waits until the new page has loaded: a mark left on the
     * old page's window object is gone with it.
     */
    static void clickAndWait(WebDriver driver, WebElement element) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.cookieLabOldPage = true");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script.executeScript(
                        "return window.cookieLabOldPage === undefined && document.readyState === 'complete'")));
    }

    static ChromeDriver start() {
        return start(Map.of());
    }

    /** With Chromium preferences set, such as whether third-party cookies are blocked, and arguments of its own. */
    static ChromeDriver start(Map<String, Object> preferences, String... arguments) {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String why = "No Chromium at " + CHROMIUM + " or no ChromeDriver at " + CHROMEDRIVER
                    + ": install them with apt-get install -y chromium chromium-driver";
            if (Boolean.getBoolean("browser.required")) {
                throw new IllegalStateException(why + " (browser.required=true)");
            }
            System.err.println("########## BROWSER TESTS SKIPPED ########## " + why);
            Assumptions.abort(why);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("cookie-lab-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                        "--disable-dev-shm-usage", "--window-size=" + WIDTH + "," + HEIGHT,
                        "--user-data-dir=" + profile)
                .addArguments(arguments);
        if (!preferences.isEmpty()) {
            options.setExperimentalOption("prefs", preferences);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options) {
            /** Chromium's profile, a few megabytes, goes with the browser instead of piling up in the temp folder. */
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    deleteTree(profile);
                }
            }
        };
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Could not delete Chromium's profile " + root + ": " + e);
        }
    }
}
