package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The traffic filter's log line, read from the logger the deployed app writes to. */
@ExtendWith(ArquillianExtension.class)
class TrafficLogIT {

    private static final String LOGGER = "dev.cookielab.web.CookieTrafficFilter";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Http http;
    LogCapture log;

    @BeforeEach
    void setUp() {
        http = new Http(base);
        log = LogCapture.of(LOGGER);
    }

    @AfterEach
    void tearDown() {
        log.close();
    }

    @Test
    void logsOneLineWithSentCookieSizesAndMaskedSetCookie() {
        http.get("/setcookie?probe=one", "Cookie", "Name=AskPython; theme=dark");

        assertThat(linesFor("/setcookie")).containsExactly("GET /setcookie 200 cookies=[Name(9 bytes), theme(4 bytes)] "
                + "set-cookie=[Name=<9 bytes>; Path=/; HttpOnly; SameSite=Lax]");
        assertThat(log.messages()).noneMatch(line -> line.contains("AskPython") || line.contains("dark"));
    }

    @Test
    void logsTheStatusOfErrorPages() {
        http.get("/missing-page");

        assertThat(linesFor("/missing-page")).containsExactly("GET /missing-page 404 cookies=[] set-cookie=[]");
    }

    @Test
    void escapesLineBreakingAndBidiCharactersHiddenInThePath() {
        http.get("/x%0D%0AINFO:%20forged%C2%85%E2%80%AE%E2%80%A8%1B%5B31my", "Cookie", "Name=AskPython");

        List<String> lines = linesFor("/x");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith(
                "GET /x\\u000D\\u000AINFO: forged\\u0085\\u202E\\u2028\\u001B[31my 404 cookies=[Name(9 bytes)]");
        assertThat(lines.get(0).chars()).allMatch(ch -> ch >= 0x20 && ch < 0x7F);
    }

    private List<String> linesFor(String pathPrefix) {
        return log.messages().stream().filter(line -> line.startsWith("GET " + pathPrefix)).toList();
    }

}
