package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WAR in the official Tomcat distribution, with {@code docker/server.xml}, started by its own
 * {@code catalina.sh run} as the Docker image starts it. The embedded Tomcat of the other ITs reads neither the
 * WAR's {@code logging.properties} nor {@code server.xml}; this one reads both, so what they do is checked here.
 */
class DistributionIT {

    private static final int PORT = Integer.getInteger("dist.http.port", 18080);
    private static final String NO_KEYS_WARNING = "COOKIE_LAB_SIGNING_KEYS is not set";

    private static TomcatNode node;
    private static Path base;
    private static Path console;
    private static Http http;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        node = TomcatNode.start(PORT);
        base = node.base;
        console = node.console;
        http = node.http;
    }

    @AfterAll
    static void stop() throws InterruptedException, IOException {
        if (node != null) {
            node.stop();
        }
    }

    /** The text of the file in logs/ whose name starts so (a daily file), once it holds {@code expected}. */
    private static String logOnceItHolds(String prefix, String expected) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String text = "";
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> files = Files.list(base.resolve("logs"))) {
                Path log = files.filter(file -> file.getFileName().toString().startsWith(prefix)).findFirst()
                        .orElse(null);
                text = log == null ? "" : Files.readString(log, StandardCharsets.UTF_8);
            }
            if (text.contains(expected)) {
                break;
            }
            Thread.sleep(100);
        }
        return text;
    }

    @Test
    void theAppsOwnLogReachesItsFileAndTheConsoleWhileTheTrafficLogKeepsToItsFile()
            throws IOException, InterruptedException {
        HttpResponse<String> signed = http.post("/setcookie", List.of("name", "user", "value", "ada", "signed", "on"),
                "Cookie", "theme=dark");
        assertThat(signed.statusCode()).isEqualTo(200);

        String appLog = logOnceItHolds("cookie-lab.", NO_KEYS_WARNING);
        String traffic = logOnceItHolds("cookie-traffic.", "POST /setcookie 200");
        String consoleText = Files.readString(console, StandardCharsets.UTF_8);

        assertThat(appLog).contains("WARNING", "dev.cookielab.web.Signing", NO_KEYS_WARNING);
        assertThat(consoleText).contains(NO_KEYS_WARNING);
        assertThat(traffic).contains("CookieTrafficFilter.doFilter POST /setcookie 200 cookies=[theme(4 bytes)] "
                + "set-cookie=[user=<");
        // The traffic log is in its own file only, and masks the values.
        assertThat(appLog).doesNotContain("CookieTrafficFilter");
        assertThat(consoleText).doesNotContain("CookieTrafficFilter");
        assertThat(traffic).doesNotContain("dark");
    }

    @Test
    void withoutKeysTheWarningIsLoggedWhileTheAppIsDeployedNotAtTheFirstRequestThatSigns() throws IOException {
        String consoleText = Files.readString(console, StandardCharsets.UTF_8);

        assertThat(consoleText).contains(NO_KEYS_WARNING, "Server startup in");
        assertThat(consoleText.indexOf(NO_KEYS_WARNING)).isLessThan(consoleText.indexOf("Server startup in"));
    }

    @Test
    void tomcatsOwnErrorPageShowsNoVersionAndNoStackTrace() {
        // A request line Tomcat refuses before any servlet sees it: the ErrorReportValve of docker/server.xml answers.
        Http.Raw response = http.rawGet("/a{b");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).doesNotContain("Tomcat", "Exception", "at org.apache");
    }
}
