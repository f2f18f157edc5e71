package dev.cookielab.it;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;

/** The deployed app in headless Chromium: one browser per test class, an empty cookie jar per test. */
abstract class InBrowser extends DeployedApp {

    static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /**
     * Empties the whole jar. WebDriver's {@code deleteAllCookies} deletes only the cookies the current page can see,
     * so a cookie set for another Path (say {@code /admin}) would outlive its test.
     */
    @BeforeEach
    void emptyJar() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    /** Opens the home page's "New cookie" form, folded away when there are cookies to show, as a person would. */
    void openForm() {
        WebElement form = driver.findElement(By.id("new-cookie"));
        if (form.getAttribute("open") == null) {
            form.findElement(By.tagName("summary")).click();
        }
    }

    /** Runs the cross-site lab from {@code host}'s page until every request has reported. */
    void runCrossSiteExperiment(String host) {
        openOn(host, "/crosssite");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("#run button")));
        awaitComplete();
    }

    /** Waits for the cross-site lab's matrix to say every request has reported. */
    void awaitComplete() {
        // The run navigates away and back three times: the table goes stale in between.
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(WebDriverException.class).until(d -> "true".equals(
                d.findElement(By.id("matrix")).getAttribute("data-complete")));
    }

    /** The cross-site lab's matrix as measured, "request/cookie" to sent, in the page's order. */
    Map<String, Boolean> measuredMatrix() {
        Map<String, Boolean> cells = new LinkedHashMap<>();
        for (WebElement cell : driver.findElements(By.cssSelector("td[data-request][data-cookie]"))) {
            cells.put(cell.getAttribute("data-request") + "/" + cell.getAttribute("data-cookie"),
                    Boolean.valueOf(cell.getAttribute("data-sent")));
        }
        return cells;
    }

    void waitForText(String id, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.id(id)).getText().contains(text));
    }

    /** The names of every cookie in the jar, for any site, Path and partition. */
    @SuppressWarnings("unchecked")
    List<String> allCookiesInTheJar() {
        Map<String, Object> result = driver.executeCdpCommand("Storage.getCookies", Map.of());
        return ((List<Map<String, Object>>) result.get("cookies")).stream().map(c -> (String) c.get("name")).toList();
    }

    /** The same page under another name of this machine: {@code 127.0.0.1}, {@code localhost.}, {@code lab.localhost}. */
    void openOn(String host, String path) {
        driver.get("http://" + host + ":" + base.getPort() + path);
    }
}
