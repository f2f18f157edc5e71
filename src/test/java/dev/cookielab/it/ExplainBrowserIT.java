package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookielab.cookie.BrowserModel;
import dev.cookielab.cookie.HttpStateReplay;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.Event;

/**
 * abarth/http-state's Set-Cookie lines replayed in Chromium through Explain's "Try it in this browser", at
 * {@code http://home.example.org:PORT/explain} (every host name mapped to this machine, with the real Public Suffix
 * List): the browser model's jar after each test's lines against Chromium's own (CDP {@code Network.getAllCookies}).
 */
class ExplainBrowserIT extends DeployedApp {

    private static ChromeDriver driver;
    /** Chromium's reasons for each Set-Cookie line it refused, from DevTools' Network.responseReceivedExtraInfo. */
    private static final Map<String, List<String>> BLOCKED = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void startBrowser() {
        driver = Browser.start(Map.of(), "--host-resolver-rules=MAP * 127.0.0.1");
        DevTools devTools = driver.getDevTools();
        devTools.createSession();
        devTools.send(new Command<>("Network.enable", Map.of()));
        devTools.addListener(new Event<>("Network.responseReceivedExtraInfo", input -> (Map<String, Object>) input
                .read(Map.class)), info -> {
                    for (Map<String, Object> blocked : (List<Map<String, Object>>) info.getOrDefault("blockedCookies",
                            List.of())) {
                        BLOCKED.put((String) blocked.get("cookieLine"), (List<String>) blocked.get("blockedReasons"));
                    }
                });
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** A cookie as both sides describe it: name, value, domain (a leading dot for a domain cookie), path, flags. */
    private static String describe(String name, String value, String domain, String path, boolean secure,
            boolean httpOnly, boolean session) {
        return name + "=" + value + " domain=" + domain + " path=" + path + (secure ? " secure" : "")
                + (httpOnly ? " httponly" : "") + (session ? " session" : " persistent");
    }

    @SuppressWarnings("unchecked")
    private TreeSet<String> chromiumJar() {
        TreeSet<String> jar = new TreeSet<>();
        Map<String, Object> result = driver.executeCdpCommand("Network.getAllCookies", Map.of());
        for (Map<String, Object> c : (List<Map<String, Object>>) result.get("cookies")) {
            jar.add(describe((String) c.get("name"), (String) c.get("value"), (String) c.get("domain"),
                    (String) c.get("path"), (Boolean) c.get("secure"), (Boolean) c.get("httpOnly"),
                    (Boolean) c.get("session")));
        }
        return jar;
    }

    private static TreeSet<String> modelJar(List<String> lines, URI url) {
        BrowserModel model = new BrowserModel();
        Instant now = Instant.now();
        lines.forEach(line -> model.receive(line, url, now, null));
        TreeSet<String> jar = new TreeSet<>();
        for (BrowserModel.Stored c : model.jar(now)) {
            jar.add(describe(c.name(), c.value(), c.hostOnly() ? c.domain() : "." + c.domain(), c.path(), c.secure(),
                    c.httpOnly(), c.expires() == null));
        }
        return jar;
    }

    /**
     * For each line the model refuses, its Chromium name against the reasons Chromium gave for the same line ("" when
     * they agree, else the difference); and each line Chromium refused that the model keeps.
     */
    private static List<String> reasons(List<String> lines, URI url) {
        BrowserModel model = new BrowserModel();
        Instant now = Instant.now();
        List<String> differences = new ArrayList<>();
        new WebDriverWait(driver, Duration.ofSeconds(2)).ignoring(AssertionError.class).until(d -> true);
        for (String line : lines) {
            if (line.isBlank()) {
                continue; // no header: Explain reads a blank line as none
            }
            BrowserModel.Outcome outcome = model.receive(line, url, now, null);
            List<String> chromium = BLOCKED.get(line.strip());
            List<String> ours = outcome.refusals().stream().map(dev.cookielab.cookie.Refusal::chromium).distinct()
                    .toList();
            if (ours.isEmpty() && chromium == null) {
                continue;
            }
            // Chromium has exclusion reasons that DevTools does not report: those it refuses without a word.
            boolean unreported = chromium == null && ours.stream().allMatch(name -> name.startsWith("EXCLUDE_"));
            differences.add(unreported || chromium != null && !ours.isEmpty() && chromium.containsAll(ours) ? ""
                    : "'" + line + "' Chromium " + chromium + ", model " + ours);
        }
        return differences;
    }

    /** Replays the lines at the page (its Explain URL) in an empty jar; what disagrees, and how many refusals compared. */
    private int replay(String id, List<String> lines, String page, List<String> disagreements) {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        BLOCKED.clear();
        driver.get(page);
        ((JavascriptExecutor) driver).executeScript("window.cookieLabOldPage = true;"
                + "const form = document.querySelector('form.explain-form');"
                + "form.querySelector('[name=text]').value = arguments[0];"
                + "const action = document.createElement('input'); action.type = 'hidden'; action.name = 'action';"
                + "action.value = 'replay'; form.appendChild(action); form.submit();", String.join("\n", lines));
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d ->
                Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.cookieLabOldPage "
                        + "=== undefined && document.readyState === 'complete'")));
        assertThat(driver.findElements(By.cssSelector("[data-replayed]"))).as(id).isNotEmpty();
        TreeSet<String> chromium = chromiumJar();
        TreeSet<String> model = modelJar(lines, URI.create(page));
        if (!chromium.equals(model)) {
            disagreements.add(id + ": Chromium " + chromium + ", model " + model);
        }
        int compared = 0;
        for (String reason : reasons(lines, URI.create(page))) {
            compared++;
            if (!reason.isEmpty()) {
                disagreements.add(id + ": " + reason);
            }
        }
        return compared;
    }

    @Test
    void chromiumKeepsWhatTheModelPredictsForTheSuitesLines() {
        String page = "http://home.example.org:" + base.getPort() + "/explain";
        List<String> disagreements = new ArrayList<>();
        int lines = 0;
        int compared = 0;
        List<HttpStateReplay.Test> tests = HttpStateReplay.replayable();
        for (HttpStateReplay.Test test : tests) {
            compared += replay(test.id(), test.lines(), page, disagreements);
            lines += test.lines().size();
        }
        System.out.println("ExplainBrowserIT: " + tests.size() + " http-state tests, " + lines + " lines replayed in "
                + "Chromium, " + compared + " refusals compared; " + disagreements.size() + " disagree"
                + (disagreements.isEmpty() ? "" : ":\n  " + String.join("\n  ", disagreements)));
        assertThat(lines).isGreaterThanOrEqualTo(100);
        assertThat(disagreements).isEqualTo(HttpStateReplay.KNOWN_DISAGREEMENTS);
    }

    /** Each refusal of the model's, from a plain-HTTP site and from localhost, which Chromium treats as secure. */
    @Test
    void chromiumRefusesForTheReasonsTheModelNames() {
        List<String> lines = List.of("a=1; SameSite=None", "b=1; Secure", "c=1; Partitioned", "d=1; Secure; Partitioned",
                "__Secure-e=1", "__Host-f=1; Secure", "__Host-g=1; Secure; Path=/; Domain=example.org",
                "__host-h=1; Path=/", "=__Secure-i", "j=1; Domain=org", "k=1; Domain=sibling.example.org",
                "l=1; Domain=example.org", "m=1; Max-Age=0", "n=" + "v".repeat(4095), "o=" + "v".repeat(4096),
                "p=1; SameSite=None; Secure", "q=1; Domain=home.example.org; Path=/x; Max-Age=60");
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (String host : List.of("home.example.org", "localhost")) {
            for (String line : lines) {
                compared += replay(host + " " + line.substring(0, Math.min(40, line.length())), List.of(line),
                        "http://" + host + ":" + base.getPort() + "/explain", disagreements);
            }
        }
        System.out.println("ExplainBrowserIT: " + 2 * lines.size() + " lines of the model's own, " + compared
                + " refusals compared; " + disagreements.size() + " disagree"
                + (disagreements.isEmpty() ? "" : ":\n  " + String.join("\n  ", disagreements)));
        assertThat(compared).isGreaterThanOrEqualTo(15);
        assertThat(disagreements).isEmpty();
    }
}
