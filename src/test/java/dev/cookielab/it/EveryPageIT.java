package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Every page in Chromium at desktop and phone widths, checked by axe-core for serious or critical accessibility
 * violations at each, and photographed into {@code target/screenshots} (or {@code -Dscreenshots.dir=docs}).
 */
class EveryPageIT extends InBrowser {

    private static final int PHONE_WIDTH = 390;
    private static Path screenshots;

    @BeforeAll
    static void screenshotFolder() throws IOException {
        screenshots = Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
    }

    private void post(String name, String value, String... settings) {
        open("/");
        openForm();
        driver.findElement(By.id("name")).sendKeys(name);
        driver.findElement(By.id("value")).sendKeys(value);
        for (String setting : settings) {
            String[] parts = setting.split("=", 2);
            if (parts[1].equals("on")) {
                driver.findElement(By.cssSelector("[name='" + parts[0] + "'][type=checkbox]")).click();
            } else if (parts[0].equals("sameSite")) {
                driver.findElement(By.cssSelector("#sameSite option[value='" + parts[1] + "']")).click();
            } else {
                driver.findElement(By.id(parts[0])).clear();
                driver.findElement(By.id(parts[0])).sendKeys(parts[1]);
            }
        }
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.cookie-form button[value='set']")));
    }

    /**
     * No serious or critical axe violation on the page the browser shows now, at desktop width and at a phone's
     * (390 px, as an iPhone 12 to 15 shows pages); saves a picture at each, the phone's as {@code NAME-phone.png}.
     */
    private void check(String screenshot) throws IOException {
        try {
            for (int width : new int[] {Browser.WIDTH, PHONE_WIDTH}) {
                driver.manage().window().setSize(new Dimension(width, width == PHONE_WIDTH ? 844 : Browser.HEIGHT));
                Results results = new AxeBuilder().analyze(driver);
                List<String> violations = results.getViolations().stream()
                        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                        .map(EveryPageIT::describe)
                        .toList();
                assertThat(violations).as(driver.getCurrentUrl() + " at " + width + " px").isEmpty();
                assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
                Files.write(screenshots.resolve(screenshot + (width == PHONE_WIDTH ? "-phone" : "") + ".png"),
                        wholePage());
            }
        } finally {
            driver.manage().window().setSize(new Dimension(Browser.WIDTH, Browser.HEIGHT));
        }
    }

    /** The whole page at the window's fixed width, through DevTools, beyond the viewport. */
    @SuppressWarnings("unchecked")
    private static byte[] wholePage() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).toList();
    }

    @Test
    void homeEmpty() throws IOException {
        open("/");
        check("home-empty");
    }

    @Test
    void homeWithCookies() throws IOException {
        post("theme", "dark");
        post("greeting", "café ☕; \"x\"");
        post("user", "ada", "signed=on");
        open("/setcookie");
        open("/");
        check("home");
    }

    @Test
    void tutorialPages() throws IOException {
        open("/setcookie");
        check("setcookie");
        open("/getcookie");
        check("getcookie");
    }

    @Test
    void resultWithWarnings() throws IOException {
        post("__Host-session", "abc", "sameSite=None", "maxAge=99999999", "path=/app");
        assertThat(driver.findElements(By.cssSelector(".warnings li"))).hasSize(4);
        assertThat(driver.findElements(By.cssSelector("[data-no-check]"))).hasSize(1);
        check("warnings");
    }

    @Test
    void checkPage() throws IOException {
        post("theme", "dark");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("a.check")));
        check("check");
    }

    @Test
    void cookiesSentTwice() throws IOException {
        post("dup", "older", "path=/getcookie");
        post("dup", "older", "path=/cookies");
        post("dup", "newer");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("a.check")));
        assertThat(driver.findElement(By.cssSelector("[data-comeback]")).getAttribute("data-comeback"))
                .isEqualTo("shadowed");
        check("shadowed-check");
        open("/cookies");
        assertThat(driver.findElements(By.cssSelector("[data-sent-twice]"))).hasSize(1);
        check("shadowed-home");
    }

    @Test
    void cookiesTheServerSkipped() throws IOException {
        post("theme", "dark");
        driver.executeScript("document.cookie = 'note=a b; path=/'");
        open("/");
        assertThat(driver.findElements(By.cssSelector("[data-ignored] li"))).hasSize(1);
        check("ignored-home");
        open("/getcookie?name=note");
        assertThat(driver.findElements(By.cssSelector("[data-ignored] li"))).hasSize(1);
        check("ignored-get");
    }

    @Test
    void refusedForm() throws IOException {
        post("bad name", "x", "maxAge=soon", "domain=evil.example");
        assertThat(driver.findElements(By.cssSelector(".problems li"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("[aria-invalid=true]"))).hasSize(3);
        check("refused");
    }

    @Test
    void editAndDeleteAll() throws IOException {
        post("theme", "dark");
        post("lang", "en");
        open("/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("a[aria-label='Edit theme']")));
        check("edit");
        open("/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.delete-all button")));
        check("delete-all");
    }

    @Test
    void explainWithAKeptARefusedAndAnIgnoredLine() throws IOException {
        open("/explain");
        WebElement text = driver.findElement(By.id("text"));
        text.sendKeys("Set-Cookie: sid=abc123; Path=/; Secure; HttpOnly; SameSite=Lax\n"
                + "Set-Cookie: tracker=1; SameSite=None\nSet-Cookie: pref=dark; Max-Age=soon; Colour=blue");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("button[value='explain']")));
        check("explain");
    }

    @Test
    void decodeOfAFlaskSessionCookieWithItsKey() throws IOException {
        JsonObject flask = dev.cookielab.cookie.decode.Vectors.of("Flask 2.2.2 (itsdangerous 2.1.2)",
                "Flask session: an email inside");
        open("/decode");
        driver.findElement(By.id("text")).sendKeys(flask.getString("value"));
        driver.findElement(By.id("key")).sendKeys(flask.getString("key"));
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.explain-form button")));
        check("decode");
    }

    @Test
    void crossSiteLabAfterARun() throws IOException {
        runCrossSiteExperiment("localhost");
        check("crosssite");
    }

    @Test
    void errorPages() throws IOException {
        open("/no-such-page");
        check("error-404");
        open("/getcookie?name=a%20b");
        check("error-400");
    }
}
