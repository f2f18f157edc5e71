package dev.cookielab.it;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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

    /** The same page under another name of this machine: {@code 127.0.0.1}, {@code localhost.}, {@code lab.localhost}. */
    void openOn(String host, String path) {
        driver.get("http://" + host + ":" + base.getPort() + path);
    }
}
