package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The cross-site lab run in Chromium, from localhost to 127.0.0.1: the whole matrix, measured, checked against the
 * tables docs/cross-site.md gives for Chromium with third-party cookies blocked and allowed.
 */
class CrossSiteLabIT extends InBrowser {

    /** The table under {@code <!-- matrix: NAME -->} in docs/cross-site.md, "request/cookie" to sent. */
    static Map<String, Boolean> documented(String name) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/cross-site.md"));
        int start = lines.indexOf("<!-- matrix: " + name + " -->");
        assertThat(start).as("docs/cross-site.md has the matrix " + name).isNotNegative();
        String[] cookies = lines.get(start + 1).replaceAll("^\\| request \\| | \\|$", "").split(" \\| ");
        Map<String, Boolean> cells = new LinkedHashMap<>();
        for (String row : lines.subList(start + 3, start + 10)) {
            String[] parts = row.replaceAll("^\\| | \\|$", "").split(" \\| ");
            for (int i = 0; i < cookies.length; i++) {
                cells.put(parts[0] + "/" + cookies[i], parts[i + 1].replace("*", "").equals("yes"));
            }
        }
        return cells;
    }

    private String verdict() {
        return driver.findElement(By.id("verdict")).getText();
    }

    private List<String> testCookiesInTheJar() {
        return allCookiesInTheJar().stream().filter(name -> name.startsWith("cl-xs-")).toList();
    }

    @Test
    void withThirdPartyCookiesBlockedTheMatrixIsTheDocumentedOneAndASecondRunAgrees() throws IOException {
        runCrossSiteExperiment("localhost");

        assertThat(measuredMatrix()).hasSize(49).isEqualTo(documented("blocked"));
        assertThat(verdict()).startsWith("Your browser blocks third-party cookies");
        assertThat(driver.findElement(By.cssSelector("[data-other-site]")).getText())
                .isEqualTo("http://127.0.0.1:" + base.getPort());
        // A cell that differs from the rules says why.
        WebElement blocked = driver.findElement(By.cssSelector("td[data-request=img][data-cookie=none]"));
        assertThat(blocked.getAttribute("data-expected")).isEqualTo("true");
        assertThat(blocked.findElement(By.className("why")).getText()).isEqualTo("Third-party cookies blocked.");
        assertThat(driver.findElement(By.cssSelector("td[data-sec=img]")).getText())
                .isEqualTo("cross-site, no-cors, image");
        assertThat(driver.findElement(By.cssSelector("td[data-sec=link]")).getText())
                .isEqualTo("cross-site, navigate, document");

        runCrossSiteExperiment("localhost");
        assertThat(measuredMatrix()).isEqualTo(documented("blocked"));
    }

    @Test
    void withThirdPartyCookiesAllowedThePageTellsTheDifference() throws IOException {
        driver.quit();
        driver = Browser.start(Map.of("profile.cookie_controls_mode", 0, "profile.block_third_party_cookies", false));

        runCrossSiteExperiment("localhost");

        assertThat(measuredMatrix()).isEqualTo(documented("allowed"));
        assertThat(verdict()).startsWith("Your browser allows third-party cookies");
    }

    @Test
    void theTablesDifferWhereTheRulesAndChromiumDisagreeAndOnlyThere() throws IOException {
        Map<String, Boolean> allowed = documented("allowed");
        Map<String, Boolean> blocked = documented("blocked");

        assertThat(allowed.entrySet().stream().filter(cell -> !cell.getValue().equals(blocked.get(cell.getKey())))
                .map(Map.Entry::getKey)).containsExactlyInAnyOrder("link/iframe-unpartitioned",
                "form-get/iframe-unpartitioned", "form-post/iframe-unpartitioned", "img/none", "img/iframe-unpartitioned",
                "iframe/none", "iframe/iframe-unpartitioned", "fetch/none", "fetch/iframe-unpartitioned");
    }

    @Test
    void clearRemovesTheTestCookiesFromBothSitesAndBothPartitions() {
        runCrossSiteExperiment("localhost");
        assertThat(testCookiesInTheJar()).contains("cl-xs-lax", "cl-xs-partitioned", "cl-xs-iframe-partitioned");

        Browser.clickAndWait(driver, driver.findElement(By.cssSelector("#clear button")));
        waitForText("verdict", "cleared");

        assertThat(testCookiesInTheJar()).isEmpty();
        assertThat(driver.getCurrentUrl()).isEqualTo("http://localhost:" + base.getPort() + "/crosssite");
    }

    /** On a phone the matrix scrolls in its own region, which the keyboard can reach; the page itself does not. */
    @Test
    void onAPhoneTheMatrixScrollsInsideThePage() {
        try {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            runCrossSiteExperiment("localhost");

            long viewport = (Long) driver.executeScript("return document.documentElement.clientWidth");
            assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(viewport);
            WebElement region = driver.findElement(By.cssSelector(".table-wrap[role=region]"));
            assertThat(region.getAttribute("tabindex")).isEqualTo("0");
            assertThat((Long) driver.executeScript("return arguments[0].scrollWidth", region)).isGreaterThan(viewport);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(Browser.WIDTH, Browser.HEIGHT));
        }
    }

    @Test
    void onAHostThatIsNeitherSiteThePageLinksToBoth() {
        openOn("lab.localhost", "/crosssite");

        assertThat(driver.findElement(By.cssSelector("[data-not-a-site]")).getText())
                .contains("localhost or 127.0.0.1");
        assertThat(driver.findElements(By.id("run"))).isEmpty();
    }
}
