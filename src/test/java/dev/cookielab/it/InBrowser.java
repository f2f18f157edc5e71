package dev.cookielab.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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

    @BeforeEach
    void emptyJar() {
        open("/static/lab.css");
        driver.manage().deleteAllCookies();
    }

    void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }
}
