package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** Headless Chromium visits the pages: what the browser stores and sends is checked in its own cookie jar. */
class BrowserIT extends InBrowser {


    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** Fills the home page's form and submits it with the given button. */
    private void submitForm(String name, String value, String button, String... settings) {
        submitFormOn(base.getHost(), name, value, button, settings);
    }

    private void submitFormOn(String host, String name, String value, String button, String... settings) {
        openOn(host, "/");
        openForm();
        type("name", name);
        type("value", value);
        for (String setting : settings) {
            String[] parts = setting.split("=", 2);
            WebElement field = driver.findElement(By.cssSelector("form.cookie-form [name='" + parts[0] + "']"
                    + ("on".equals(parts[1]) || "off".equals(parts[1]) ? "[type=checkbox]" : "")));
            if ("checkbox".equals(field.getAttribute("type"))) {
                if (field.isSelected() != "on".equals(parts[1])) {
                    field.click();
                }
            } else if ("select".equals(field.getTagName())) {
                field.findElement(By.cssSelector("option[value='" + parts[1] + "']")).click();
            } else {
                field.clear();
                field.sendKeys(parts[1]);
            }
        }
        Browser.clickAndWait(driver,
                driver.findElement(By.cssSelector("form.cookie-form button[value='" + button + "']")));
    }

    private void type(String field, String text) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private Cookie jar(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** Answers a request to a server of the test's own with an HTML page. */
    private static void answer(HttpExchange exchange, String html) throws IOException {
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, page.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
    }

    private String checkLinkAnswer() {
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("a.check")));
        return driver.findElement(By.cssSelector("[data-comeback]")).getAttribute("data-comeback");
    }

    @Test
    void theTutorialsTwoPagesWorkInABrowser() {
        open("/setcookie");
        assertThat(text(".result")).isEqualTo("The Cookie has been Set");
        open("/getcookie");

        assertThat(text(".result")).isEqualTo("The Site : AskPython");
        // The stylesheet applies under the Content-Security-Policy.
        assertThat(driver.findElement(By.cssSelector(".brand")).getCssValue("color")).isEqualTo("rgba(138, 75, 15, 1)");
        Cookie stored = jar("Name");
        assertThat(stored.getValue()).isEqualTo("AskPython");
        assertThat(stored.getPath()).isEqualTo("/");
        assertThat(stored.isHttpOnly()).isTrue();
        assertThat(stored.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void anHttpOnlyCookieReachesTheServerButNotTheScript() {
        submitForm("hidden", "h1", "set");
        submitForm("visible", "v1", "set", "httpOnly=off");
        open("/");

        String documentCookie = (String) ((JavascriptExecutor) driver).executeScript("return document.cookie");
        assertThat(documentCookie).contains("visible=v1").doesNotContain("hidden");
        assertThat(driver.findElement(By.cssSelector("table.cookies")).getText()).contains("hidden", "h1", "visible");
        assertThat(jar("hidden").isHttpOnly()).isTrue();
        assertThat(jar("visible").isHttpOnly()).isFalse();
    }

    @Test
    void anyTextIsStoredEncodedAndShownAsTyped() {
        String text = "café ☕; \"x\"";
        submitForm("greeting", text, "set");

        assertThat(jar("greeting").getValue()).isEqualTo("caf%C3%A9%20%E2%98%95%3B%20%22x%22");
        assertThat(checkLinkAnswer()).isEqualTo("as-set");
        assertThat(text(".result")).isEqualTo("greeting : " + text);
    }

    @Test
    void aCookieSentBehindAnotherOfItsNameIsReportedShadowed() {
        submitForm("dup", "old-getcookie", "set", "path=/getcookie");
        submitForm("dup", "old-cookies", "set", "path=/cookies");
        submitForm("dup", "new", "set");

        // Chromium sends the cookie with the longer Path first: the one just set at / comes second.
        assertThat(checkLinkAnswer()).isEqualTo("shadowed");
        assertThat(text(".result")).isEqualTo("dup : old-getcookie");
        assertThat(text("table.cookies.shadowed tbody")).contains("new");
        open("/cookies");
        List<String> rows = driver.findElements(By.cssSelector("table.cookies tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("dup", "old-cookies").doesNotContain("shadowed");
        assertThat(rows.get(1)).contains("dup", "shadowed", "new");
        assertThat(text("[data-sent-twice]")).startsWith("Sent twice: dup.");
    }

    /** Chromium holds a name over 1024 bytes; the row's Delete button and Delete all both reach it. */
    @Test
    void aCookieWithANameOver1024BytesIsDeletedByItsRowAndByDeleteAll() {
        String name = "N".repeat(1100);
        open("/");
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("document.cookie = arguments[0] + '=1; path=/'", name);
        assertThat(allCookiesInTheJar()).contains(name);

        open("/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("button[aria-label^='Delete NNNNNNNNNN']")));
        assertThat(allCookiesInTheJar()).doesNotContain(name);

        script.executeScript("document.cookie = arguments[0] + '=2; path=/'", name);
        open("/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.delete-all button")));
        assertThat(allCookiesInTheJar()).doesNotContain(name);
    }

    @Test
    void aCookieAScriptSetWithASpaceIsSentByChromiumButSkippedByTomcat() {
        open("/");
        ((JavascriptExecutor) driver).executeScript("document.cookie = 'note=a b; path=/'");
        assertThat(jar("note").getValue()).isEqualTo("a b");

        open("/getcookie?name=note");

        assertThat(text(".result")).isEqualTo("note : None");
        assertThat(text("[data-ignored] li")).startsWith("note=a b: Its value holds a space");
        ((JavascriptExecutor) driver).executeScript("document.cookie = 'memo=\"x\\\\y\"; path=/'");
        open("/");
        assertThat(text(".empty")).isEqualTo("Your browser sent no cookie the server could read.");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("[data-ignored] button[aria-label='Delete note']")));
        assertThat(jar("note")).isNull();
        assertThat(jar("memo")).isNotNull();
        open("/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.delete-all button")));
        assertThat(jar("memo")).isNull();
    }

    /**
     * Chromium keeps a Partitioned cookie apart from an unpartitioned one of the same name, and only a header with
     * Partitioned expires it; the browser never says which it holds, so every deletion sends both.
     */
    @Test
    void partitionedCookiesAreDeletedByTheRowButtonAndByDeleteAll() {
        submitForm("chip", "1", "set", "secure=on", "partitioned=on");
        submitForm("chip2", "2", "set", "secure=on", "partitioned=on");
        assertThat(checkLinkAnswer()).isEqualTo("as-set");

        open("/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("button[aria-label='Delete chip']")));
        open("/getcookie?name=chip");
        assertThat(text(".result")).isEqualTo("chip : None");

        open("/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.delete-all button")));
        open("/");
        assertThat(text(".empty")).isEqualTo("Your browser sent no cookies with this request.");
    }

    @Test
    void deletingThroughTheFormEmptiesTheJar() {
        submitForm("theme", "dark", "set");
        assertThat(jar("theme")).isNotNull();

        submitForm("theme", "", "delete");

        assertThat(jar("theme")).isNull();
        assertThat(checkLinkAnswer()).isEqualTo("gone");
    }

    @Test
    void theRowDeleteButtonAndDeleteAllEmptyTheJar() {
        submitForm("a", "1", "set");
        submitForm("b", "2", "set");
        open("/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("button[aria-label='Delete a']")));
        assertThat(jar("a")).isNull();
        assertThat(jar("b")).isNotNull();

        open("/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.delete-all button")));

        assertThat(driver.manage().getCookies()).isEmpty();
    }

    @Test
    void theRowDeleteButtonDeletesAHostPrefixedCookie() {
        submitForm("__Host-id", "1", "set", "secure=on");
        assertThat(jar("__Host-id")).isNotNull();

        open("/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("button[aria-label='Delete __Host-id']")));

        assertThat(text(".prediction")).contains("remove");
        assertThat(jar("__Host-id")).isNull();
    }

    @Test
    void aCookieSetWithMaxAgeZeroIsDeletedAsPredicted() {
        submitForm("theme", "dark", "set");
        assertThat(jar("theme")).isNotNull();

        submitForm("theme", "light", "set", "maxAge=0");

        assertThat(text("h1")).isEqualTo("Cookie deleted: theme");
        assertThat(text(".prediction")).isEqualTo("Browsers will remove this cookie if it lives at Path=/ on this host.");
        assertThat(jar("theme")).isNull();
        assertThat(checkLinkAnswer()).isEqualTo("gone");
    }

    @Test
    void chromiumKeepsACookieForAnotherPathButNeverSendsItToTheCheckPage() {
        submitForm("adm", "x", "set", "path=/admin");

        assertThat(driver.findElement(By.cssSelector("[data-code='path-elsewhere']"))).isNotNull();
        assertThat(text(".prediction")).isEqualTo("Browsers will keep this cookie until they close.");
        assertThat(driver.findElements(By.cssSelector("a.check"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("[data-no-check]"))).isNotNull();
        open("/admin/users");
        assertThat(jar("adm")).isNotNull();
        open("/getcookie?name=adm");
        assertThat(text(".result")).isEqualTo("adm : None");
    }

    @Test
    void aPathWithASpaceIsRefusedBecauseChromiumWouldNeverSendThatCookie() throws IOException {
        submitForm("spaced", "1", "set", "path=/a b");

        assertThat(text(".problems")).contains("Path holds a space", "Write it %20");
        assertThat(driver.manage().getCookies()).isEmpty();

        // Why: another server sends what Tomcat would have; Chromium stores both, and sends only the encoded Path.
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/set")) {
                exchange.getResponseHeaders().add("Set-Cookie", "spaced=1; Path=/a b");
                exchange.getResponseHeaders().add("Set-Cookie", "encoded=1; Path=/a%20b");
            }
            answer(exchange, "<!DOCTYPE html><title>echo</title><p id=sent>"
                    + exchange.getRequestHeaders().getOrDefault("Cookie", List.of()) + "</p>");
        });
        other.start();
        try {
            String origin = "http://127.0.0.1:" + other.getAddress().getPort();
            driver.get(origin + "/set");
            driver.get(origin + "/a b");

            assertThat(driver.getCurrentUrl()).endsWith("/a%20b");
            assertThat(text("#sent")).isEqualTo("[encoded=1]");
            assertThat(allCookiesInTheJar()).contains("spaced", "encoded");
        } finally {
            other.stop(0);
        }
    }

    /** RFC 6265bis §5.6: the name and the value count, not the '='. The form refuses what Chromium would drop. */
    @Test
    void chromiumKeepsANameAndValueOf4096BytesAndDrops4097AsTheFormSays() throws IOException {
        submitForm("foo", "v".repeat(4093), "set");

        assertThat(text(".prediction")).contains("keep");
        assertThat(jar("foo").getValue()).hasSize(4093);

        submitForm("bar", "v".repeat(4094), "set");

        assertThat(text(".problems")).contains("come to 4097 bytes");
        assertThat(jar("bar")).isNull();

        // Why: another server sends both; Chromium stores the 4096-byte pair and drops the 4097-byte one.
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "big=" + "v".repeat(4093) + "; Path=/");
            exchange.getResponseHeaders().add("Set-Cookie", "too=" + "v".repeat(4094) + "; Path=/");
            answer(exchange, "<!DOCTYPE html><title>sizes</title>");
        });
        other.start();
        try {
            driver.get("http://127.0.0.1:" + other.getAddress().getPort() + "/");

            assertThat(allCookiesInTheJar()).contains("big").doesNotContain("too");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void chromiumDropsSameSiteNoneWithoutSecureAsPredicted() {
        submitForm("tracker", "1", "set", "sameSite=None");

        assertThat(driver.findElement(By.cssSelector("[data-code='samesite-none-insecure']"))).isNotNull();
        assertThat(text(".prediction")).contains("drop");
        assertThat(jar("tracker")).isNull();
        assertThat(checkLinkAnswer()).isEqualTo("missing");
    }

    @Test
    void chromiumDropsABadHostPrefixedCookieAsPredicted() {
        submitForm("__Host-id", "1", "set", "path=/setcookie");

        assertThat(driver.findElement(By.cssSelector("[data-code='prefix-host']"))).isNotNull();
        assertThat(text(".prediction")).contains("drop");
        assertThat(driver.manage().getCookies()).extracting(Cookie::getName).doesNotContain("__Host-id");
    }

    @Test
    void aGoodHostPrefixedCookieIsKeptOnLocalhostAsPredicted() {
        submitForm("__Host-id", "1", "set", "secure=on");

        assertThat(text(".prediction")).contains("keep");
        assertThat(jar("__Host-id")).isNotNull();
        assertThat(jar("__Host-id").isSecure()).isTrue();
        assertThat(checkLinkAnswer()).isEqualTo("as-set");
    }

    @Test
    void aHostCookieWhoseDomainIsThePagesIpAddressIsKeptHostOnlyAsPredicted() {
        submitFormOn("127.0.0.1", "__Host-d", "1", "set", "secure=on", "domain=127.0.0.1");

        assertThat(driver.findElements(By.cssSelector("[data-code='prefix-host']"))).isEmpty();
        assertThat(text(".prediction")).contains("keep");
        assertThat(jar("__Host-d")).isNotNull();
        assertThat(checkLinkAnswer()).isEqualTo("as-set");
    }

    @Test
    void aSecureCookieSetFromLocalhostWithATrailingDotIsKeptAsPredicted() {
        submitFormOn("localhost.", "fq", "1", "set", "secure=on");

        assertThat(driver.findElements(By.cssSelector("[data-code='secure-insecure-origin']"))).isEmpty();
        assertThat(text(".prediction")).contains("keep");
        assertThat(jar("fq")).isNotNull();
        assertThat(checkLinkAnswer()).isEqualTo("as-set");
    }

    @Test
    void chromiumClampsMaxAgeTo400DaysAsWarned() {
        submitForm("long", "1", "set", "maxAge=100000000");

        assertThat(driver.findElement(By.cssSelector("[data-code='max-age-clamped']"))).isNotNull();
        Instant expiry = jar("long").getExpiry().toInstant();
        Instant cap = Instant.now().plus(Duration.ofDays(400));
        assertThat(Duration.between(expiry, cap).abs()).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void aSignedCookieAlteredInTheJarIsReportedInvalid() {
        submitForm("user", "ada", "set", "signed=on");
        Cookie signed = jar("user");
        assertThat(signed.getValue()).startsWith("ada|");
        open("/getcookie?name=user");
        assertThat(text(".sig-valid")).isEqualTo("valid");

        driver.manage().addCookie(new Cookie.Builder("user", signed.getValue().replace("ada|", "eve|"))
                .path("/").isHttpOnly(true).sameSite("Lax").build());
        open("/getcookie?name=user");

        assertThat(text(".result")).isEqualTo("user : eve");
        assertThat(text(".sig-invalid")).isEqualTo("invalid");
    }

    @Test
    void aRefusedFormComesBackFilledInWithTheProblems() {
        submitForm("bad name", "kept value", "set", "maxAge=soon", "path=/somewhere", "sameSite=Strict",
                "httpOnly=off", "secure=on");

        assertThat(driver.findElement(By.cssSelector(".problems")).getText())
                .contains("Not set: 2 problems", "HTTP token", "Max-Age must be a whole number");
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("bad name");
        assertThat(driver.findElement(By.id("value")).getAttribute("value")).isEqualTo("kept value");
        assertThat(driver.findElement(By.id("maxAge")).getAttribute("value")).isEqualTo("soon");
        assertThat(driver.findElement(By.id("path")).getAttribute("value")).isEqualTo("/somewhere");
        assertThat(driver.findElement(By.cssSelector("#sameSite option[value='Strict']")).isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector("[name=httpOnly][type=checkbox]")).isSelected()).isFalse();
        assertThat(driver.findElement(By.cssSelector("[name=secure][type=checkbox]")).isSelected()).isTrue();
        assertThat(driver.manage().getCookies()).isEmpty();
    }

    @Test
    void aFormPostedFromAnotherOriginIsRefusedAndTheJarUnchanged() throws IOException {
        submitForm("keep", "me", "set");
        Set<Cookie> before = driver.manage().getCookies();
        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String target = base.toString().replaceAll("/$", "") + "/setcookie";
        String page = "<!DOCTYPE html><title>elsewhere</title><form method=post action='" + target + "'>"
                + "<input name=name value=planted><input name=value value=1>"
                + "<button id=go>Go</button></form>";
        attacker.createContext("/", exchange -> answer(exchange, page));
        attacker.start();
        try {
            driver.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
            Browser.clickAndWait(driver, driver.findElement(By.id("go")));

            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Forbidden");
            assertThat(driver.getPageSource()).contains("posted from another site");
        } finally {
            attacker.stop(0);
        }
        open("/");
        assertThat(driver.manage().getCookies()).isEqualTo(before);
    }
    /**
     * The case apps often make: {@code theme} host-only and with {@code Domain=<host>}. The form's Delete (Domain
     * empty) says what it reaches, the check finds the other, and the next try removes it; a row's Delete removes both.
     */
    @Test
    void twoThemesOnADomainHostAreDeletedUntilNoneIsLeft() {
        String host = "lab.localhost";
        submitFormOn(host, "theme", "host", "set");
        submitFormOn(host, "theme", "domain", "set", "domain=" + host);
        assertThat(allCookiesInTheJar()).containsExactly("theme", "theme");

        submitFormOn(host, "theme", "", "delete");
        assertThat(text(".prediction")).isEqualTo("Browsers will remove this cookie if it lives at Path=/ on this host.");
        assertThat(checkLinkAnswer()).isEqualTo("still-there");
        Browser.clickAndWait(driver, driver.findElement(By.xpath("//button[text()='Delete it with Domain=" + host + "']")));
        assertThat(checkLinkAnswer()).isEqualTo("gone");
        assertThat(allCookiesInTheJar()).isEmpty();

        submitFormOn(host, "theme", "host", "set");
        submitFormOn(host, "theme", "domain", "set", "domain=" + host);
        openOn(host, "/");
        // The shadowed row's Delete... opens the form to name its Path and Domain; it deletes nothing itself.
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("[data-delete-shadowed]")));
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("theme");
        assertThat(driver.findElement(By.cssSelector("[data-deleting]")).isDisplayed()).isTrue();
        assertThat(allCookiesInTheJar()).hasSize(2);

        openOn(host, "/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("button[aria-label='Delete theme']")));
        assertThat(text(".prediction")).isEqualTo("Browsers will remove this cookie if it lives at Path=/ on this host "
                + "or with Domain=" + host + ".");
        assertThat(checkLinkAnswer()).isEqualTo("gone");
        assertThat(allCookiesInTheJar()).isEmpty();

        submitFormOn(host, "theme", "host", "set");
        submitFormOn(host, "theme", "domain", "set", "domain=" + host);
        openOn(host, "/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.delete-all button")));
        assertThat(text("h1")).isEqualTo("Deleted 1 cookie");
        assertThat(allCookiesInTheJar()).isEmpty();
    }

    /** Presses Delete all, then its next button, until the page offers none; the number of presses. */
    private int pressDeleteAllUntilDone(String host) {
        openOn(host, "/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.delete-all button")));
        int presses = 1;
        while (presses < 10 && !driver.findElements(By.cssSelector("form[data-left] button")).isEmpty()) {
            Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form[data-left] button")));
            presses++;
        }
        return presses;
    }

    private void script(String host, String cookie, int count) {
        openOn(host, "/getcookie");
        for (int i = 0; i < count; i++) {
            ((JavascriptExecutor) driver).executeScript("document.cookie = arguments[0]", cookie.replace("$i", "" + i));
        }
    }

    /** Issue 32: "Delete the rest" sent the same deletions again and again when the first names were out of reach. */
    @Test
    void deleteAllReachesTheParentDomainAndEveryPressMakesProgress() {
        String host = "a.lab.localhost";
        script(host, "parent$i=v; path=/; domain=lab.localhost", 16);
        script(host, "own$i=v; path=/", 20);
        assertThat(allCookiesInTheJar()).hasSize(36);

        int presses = pressDeleteAllUntilDone(host);

        assertThat(allCookiesInTheJar()).isEmpty();
        assertThat(presses).isLessThan(10);
        assertThat(driver.findElements(By.cssSelector("[data-still-there]"))).isEmpty();
    }

    @Test
    void deleteAllEndsByListingWhatItCannotReachWithAWayOn() {
        String host = "127.0.0.1";
        script(host, "deep$i=v; path=/setcookie", 30);
        script(host, "top$i=v; path=/", 10);

        int presses = pressDeleteAllUntilDone(host);

        assertThat(presses).isLessThan(10);
        assertThat(driver.findElement(By.cssSelector("[data-still-there]")).getAttribute("data-still-there"))
                .isEqualTo("30");
        assertThat(text("[data-still-there] p")).contains("another Path, such as /setcookie");
        assertThat(allCookiesInTheJar()).hasSize(30).allMatch(name -> name.startsWith("deep"));
        Browser.clickAndWait(driver, driver.findElement(By.linkText("Delete it with Path=/setcookie…")));
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.cookie-form button[value='delete']")));
        assertThat(allCookiesInTheJar()).hasSize(29);
    }

    private void sixCookies() {
        submitForm("theme", "dark", "set");
        submitForm("greeting", "café ☕; \"x\"", "set");
        submitForm("user", "ada", "set", "signed=on");
        submitForm("session_preference_for_a_very_long_cookie_name", "x".repeat(120), "set");
        submitForm("lang", "en", "set");
        open("/setcookie");
    }

    @Test
    void onAPhoneEachCookieIsACardAndNothingOverflows() {
        sixCookies();
        try {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            open("/");

            JavascriptExecutor script = driver;
            long viewport = (Long) script.executeScript("return document.documentElement.clientWidth");
            assertThat((Long) script.executeScript("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(viewport);
            List<WebElement> deletes = driver.findElements(By.cssSelector("table.cookies button"));
            assertThat(deletes).hasSize(6);
            for (WebElement delete : deletes) {
                assertThat(delete.getRect().getX() + delete.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
            }
            assertThat(driver.findElement(By.cssSelector("table.cookies tr")).getCssValue("display")).isEqualTo("grid");
            // The raw value shows only where it differs from the value.
            assertThat(driver.findElements(By.cssSelector("table.cookies td.raw")).stream()
                    .filter(WebElement::isDisplayed).count()).isEqualTo(2);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(Browser.WIDTH, Browser.HEIGHT));
        }
    }

    @Test
    void onADesktopTheCookiesComeFirstOnTheFirstScreen() {
        sixCookies();
        try {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
            open("/");

            long height = (Long) driver.executeScript("return window.innerHeight");
            WebElement first = driver.findElement(By.cssSelector("table.cookies tbody tr"));
            assertThat(first.getRect().getY() + first.getRect().getHeight()).isLessThan((int) height);
            // The form sits beside them: its top is level with the list's heading, not below the list.
            assertThat(driver.findElement(By.id("new-cookie")).getRect().getY())
                    .isLessThan(first.getRect().getY());
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(Browser.WIDTH, Browser.HEIGHT));
        }
    }

    @Test
    void editFillsTheFormWithTheCookieAndSetsNothing() {
        submitForm("user", "ada lovelace", "set", "signed=on");
        String before = jar("user").getValue();
        open("/");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("a[aria-label='Edit user']")));

        assertThat(driver.findElement(By.id("new-cookie")).getAttribute("open")).isNotNull();
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("user");
        assertThat(driver.findElement(By.id("value")).getAttribute("value")).isEqualTo("ada lovelace");
        assertThat(driver.findElement(By.cssSelector("[name=signed][type=checkbox]")).isSelected()).isTrue();
        assertThat(jar("user").getValue()).isEqualTo(before);

        type("value", "grace");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form.cookie-form button[value='set']")));
        assertThat(checkLinkAnswer()).isEqualTo("as-set");
        assertThat(text(".result")).isEqualTo("user : grace");
    }

    @Test
    void editAndResendFillsTheFormAsItWasSent() {
        submitForm("pref", "compact", "set", "maxAge=3600", "path=/getcookie", "sameSite=Strict", "httpOnly=off");
        assertThat(text("[data-expires]")).matches("\\w{3}, \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("a[data-edit]")));

        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("pref");
        assertThat(driver.findElement(By.id("value")).getAttribute("value")).isEqualTo("compact");
        assertThat(driver.findElement(By.id("maxAge")).getAttribute("value")).isEqualTo("3600");
        assertThat(driver.findElement(By.id("path")).getAttribute("value")).isEqualTo("/getcookie");
        assertThat(driver.findElement(By.cssSelector("#sameSite option[value='Strict']")).isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector("[name=httpOnly][type=checkbox]")).isSelected()).isFalse();
        assertThat(allCookiesInTheJar()).containsExactly("pref");
    }

    @Test
    void aRefusedFormTiesEachErrorToItsFieldAndFocusesTheSummary() {
        submitForm("n", "v", "set", "maxAge=soon", "path=nowhere");

        assertThat(driver.getTitle()).isEqualTo("Not set: 2 problems · Cookie Lab");
        assertThat(driver.switchTo().activeElement().getAttribute("class")).isEqualTo("problems");
        WebElement maxAge = driver.findElement(By.id("maxAge"));
        assertThat(maxAge.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id(maxAge.getAttribute("aria-describedby"))).getText())
                .contains("Max-Age must be a whole number", "got \"soon\"");
        assertThat(driver.findElement(By.id("path")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("name")).getAttribute("aria-invalid")).isNull();
        // Each summary item links to its field, by the label the person sees.
        WebElement link = driver.findElement(By.cssSelector(".problems a[href='#maxAge']"));
        assertThat(link.getText()).isEqualTo("Max-Age");
        link.click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("maxAge");
    }

    @Test
    void aDroppedCookiesPageSaysSoInItsHeadingAndTheCheckNamesTheReason() {
        submitForm("tracker", "1", "set", "sameSite=None");

        assertThat(text("h1")).isEqualTo("Sent, but browsers will drop it: tracker");
        assertThat(text("[data-code='samesite-none-insecure'] .fix")).isEqualTo("Tick Secure, or choose SameSite Lax.");
        assertThat(checkLinkAnswer()).isEqualTo("missing");
        assertThat(text("[data-why]")).contains("SameSite=None without Secure", "Tick Secure");
        Browser.clickAndWait(driver, driver.findElement(By.linkText("Try again with the form")));
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("tracker");
    }

    /** With the keyboard alone: open the folded form, set a cookie, check it, and delete it from its row. */
    @Test
    void theLabWorksWithTheKeyboardAlone() {
        submitForm("theme", "dark", "set");
        open("/");
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(driver);

        tabTo("summary");
        keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        assertThat(driver.findElement(By.id("new-cookie")).getAttribute("open")).isNotNull();
        tabTo("#name");
        keys.sendKeys("kb").sendKeys(org.openqa.selenium.Keys.TAB).sendKeys("typed").perform();
        pressEnterAndWait();
        assertThat(text("h1")).isEqualTo("Cookie set: kb");

        tabTo("a.check");
        pressEnterAndWait();
        assertThat(driver.findElement(By.cssSelector("[data-comeback]")).getAttribute("data-comeback"))
                .isEqualTo("as-set");

        open("/");
        tabTo("button[aria-label='Delete kb']");
        pressEnterAndWait();
        assertThat(jar("kb")).isNull();
        assertThat(jar("theme")).isNotNull();
    }

    /** Presses Tab until the element the selector names has the focus, as a keyboard user would. */
    private void tabTo(String css) {
        WebElement target = driver.findElement(By.cssSelector(css));
        for (int i = 0; i < 60 && !target.equals(driver.switchTo().activeElement()); i++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement()).as("Tab reaches " + css).isEqualTo(target);
    }

    private void pressEnterAndWait() {
        driver.executeScript("window.cookieLabOldPage = true");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.cookieLabOldPage === undefined && document.readyState === 'complete'")));
    }
}
