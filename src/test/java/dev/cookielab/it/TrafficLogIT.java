package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.juli.FileHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The traffic filter's log line, read from the logger the deployed app writes to. */
class TrafficLogIT extends DeployedApp {

    private static final String LOGGER = "dev.cookielab.traffic.CookieTrafficFilter";

    LogCapture log;

    @BeforeEach
    void setUp() {
        log = LogCapture.of(LOGGER);
    }

    @AfterEach
    void tearDown() {
        log.close();
    }

    @Test
    void logsOneLineWithSentCookieSizesAndMaskedSetCookie() {
        http.get("/setcookie?probe=one", "Cookie", "Name=AskPython; theme=dark");

        assertThat(linesFor("/setcookie")).singleElement().asString().matches(
                "GET /setcookie 200 cookies=\\[Name\\(9 bytes\\), theme\\(4 bytes\\)\\] "
                        + "set-cookie=\\[Name=<9 bytes>; Path=/; HttpOnly; SameSite=Lax\\]");
        assertThat(log.messages()).noneMatch(line -> line.contains("AskPython") || line.contains("dark"));
    }

    @Test
    void atFineTheLineAddsAKeyedDigestOfEachValue() {
        Logger logger = Logger.getLogger(LOGGER);
        Level level = logger.getLevel();
        logger.setLevel(Level.FINE);
        try {
            http.get("/setcookie?probe=fine", "Cookie", "Name=AskPython; theme=dark");
        } finally {
            logger.setLevel(level);
        }

        assertThat(linesFor("/setcookie")).singleElement().asString().matches(
                "GET /setcookie 200 cookies=\\[Name\\(9 bytes #([0-9a-f]{6})\\), theme\\(4 bytes #[0-9a-f]{6}\\)\\] "
                        + "set-cookie=\\[Name=<9 bytes #\\1>; Path=/; HttpOnly; SameSite=Lax\\]");
    }

    /**
     * The log reads the Cookie headers as sent (so that a page that never reads its cookies does not make Tomcat
     * parse them for the log): a pair Tomcat refuses, and every Cookie header line, are there.
     */
    @Test
    void logsEveryPairOfTheCookieHeadersAsSentIncludingOneTomcatRefuses() {
        HttpResponse<String> page = http.get("/getcookie?probe=raw", "Cookie", "bad name=v; Name=AskPython",
                "Cookie", "second=22");
        HttpResponse<String> json = http.get("/cookies", "Cookie", "bad name=v; Name=AskPython");

        assertThat(page.body()).contains("The Site : AskPython");
        // Tomcat refuses the pair: /cookies reads only Name, and says that it skipped the other.
        assertThat(json.body()).startsWith("{\"cookies\":{\"Name\":\"AskPython\"},\"ignored\":[{\"pair\":\"bad name=v\"");
        assertThat(linesFor("/getcookie")).containsExactly(
                "GET /getcookie 200 cookies=[bad\\u0020name(1 bytes), Name(9 bytes), second(2 bytes)] set-cookie=[]");
    }

    @Test
    void logsTheStatusOfErrorPages() {
        http.get("/missing-page");

        assertThat(linesFor("/missing-page")).containsExactly("GET /missing-page 404 cookies=[] set-cookie=[]");
    }

    /**
     * Tomcat refuses a request with more than 200 cookies while it maps it, before any filter runs, and shows the
     * application's error page: the filter logs it from there, once, with the path as sent.
     */
    @Test
    void aRequestTomcatRefusesForItsCookiesIsLoggedFromTheErrorPage() {
        String tooMany = IntStream.range(0, 201).mapToObj(i -> "c" + i + "=" + i).collect(Collectors.joining("; "));

        HttpResponse<String> response = http.get("/cookies?probe=many", "Cookie", tooMany);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("More than the maximum allowed number of cookies");
        assertThat(linesFor("/cookies")).singleElement().asString()
                .startsWith("GET /cookies 400 cookies=[c0(1 bytes), c1(1 bytes)").endsWith(", c200(3 bytes)] set-cookie=[]");
    }

    @Test
    void escapesLineBreakingAndBidiCharactersHiddenInThePath() {
        http.get("/x%0D%0AINFO:%20forged%C2%85%E2%80%AE%E2%80%A8%1B%5B31my", "Cookie", "Name=AskPython");

        List<String> lines = linesFor("/x");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith(
                "GET /x\\u000D\\u000AINFO:\\u0020forged\\u0085\\u202E\\u2028\\u001B\\u005B31my 404 cookies=[Name(9 bytes)]");
        assertThat(lines.get(0).chars()).allMatch(ch -> ch >= 0x20 && ch < 0x7F);
    }

    /** Characters that could break, hide or forge a log line: C0, DEL, C1, separators, bidi and zero-width. */
    private static final List<Integer> HIDDEN = List.of(0x0D, 0x0A, 0x00, 0x1B, 0x09, 0x7F, 0x85, 0x9B, 0x2028,
            0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2069, 0x200B, 0xFEFF);
    private static final Pattern LINE = Pattern.compile(
            "[A-Z]+ /\\S* \\d{3} cookies=\\[[ -~]*\\] set-cookie=\\[[ -~]*\\]");
    /** What Tomcat's OneLineFormatter, the traffic log's file handler's formatter, writes before the message. */
    private static final Pattern FILE_LINE = Pattern.compile("\\d{2}-\\w{3}-\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO "
            + "\\[[^\\]]+\\] " + Pattern.quote(LOGGER + ".doFilter") + " (.*)");

    @Test
    void everyHiddenCharacterThroughPathCookieOrFormStaysEscapedOnOneLineOfTheLogFile()
            throws IOException, InterruptedException {
        // The handler of the app's logging.properties (which Tomcat's JULI reads; this embedded Tomcat does not),
        // buffered and flushed each second by the filter: the counts below also show that no line is lost.
        Path directory = Files.createTempDirectory("cookie-traffic");
        FileHandler handler = new FileHandler(directory.toString(), "cookie-traffic.", ".log", 14, true, 16384);
        handler.setEncoding("UTF-8");
        Logger logger = Logger.getLogger(LOGGER);
        logger.addHandler(handler);
        // Tomcat itself refuses some of these (a NUL in the path, a CR in a header) before the app sees
        // them; the filter ran when the response carries the header it adds.
        int paths = 0;
        int cookies = 0;
        int forms = 0;
        try {
            for (int hidden : HIDDEN) {
                String text = new String(Character.toChars(hidden));
                String utf8AsLatin1 = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                paths += filtered(http.get("/p" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20") + "q"));
                cookies += http.rawGet("/c", "Cookie: v=a" + utf8AsLatin1 + "b; n" + utf8AsLatin1 + "=1; ok=1")
                        .hasHeader("Content-Security-Policy") ? 1 : 0;
                forms += filtered(http.post("/setcookie", List.of("name", "f", "value", "a" + text + "b")));
                forms += filtered(http.post("/setcookie", List.of("name", "f" + text, "value", "v")));
            }
        } finally {
            logger.removeHandler(handler);
        }
        // Every line reaches the file within a second of its response, before the handler closes.
        int expected = paths + cookies + forms;
        for (int wait = 0; wait < 100 && written(directory) < expected; wait++) {
            Thread.sleep(100);
        }
        handler.close();

        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Matcher written = FILE_LINE.matcher(line);
                    assertThat(written.matches()).as(line).isTrue();
                    lines.add(written.group(1));
                }
                Files.delete(file);
            }
        }
        Files.delete(directory);
        assertThat(lines).allSatisfy(line -> assertThat(line).matches(LINE));
        assertThat(paths).isGreaterThanOrEqualTo(HIDDEN.size() - 1);
        assertThat(forms).isEqualTo(2 * HIDDEN.size());
        assertThat(lines).filteredOn(line -> line.startsWith("GET /p")).hasSize(paths);
        assertThat(lines).filteredOn(line -> line.startsWith("GET /c")).hasSize(cookies)
                .allSatisfy(line -> assertThat(line).contains("ok(1 bytes)"));
        assertThat(lines).filteredOn(line -> line.startsWith("POST /setcookie")).hasSize(forms);
        assertThat(lines).hasSize(paths + cookies + forms);
    }

    @Test
    void theLogNeverHoldsASigningKeyOrASignedValue() {
        HttpResponse<String> set = http.post("/setcookie", List.of("name", "user", "value", "ada", "signed", "on"));
        String cookie = set.headers().firstValue("Set-Cookie").orElseThrow().replaceFirst(";.*", "");
        http.get("/getcookie?name=user", "Cookie", cookie);

        assertThat(log.messages()).isNotEmpty().noneMatch(line -> line.contains("it-current-key")
                || line.contains("it-previous-key") || line.contains("ada") || line.contains(cookie.substring(9)));
    }

    @Test
    void aFloodOfNewCookieNamesLeavesTheHeapFlat() {
        log.close();
        for (int i = 0; i < 1_000; i++) {
            http.get("/getcookie", "Cookie", "warm" + i + "=1");
        }
        long before = usedHeapAfterGc();
        for (int i = 0; i < 10_000; i++) {
            assertThat(http.get("/getcookie", "Cookie", "flood" + i + "=value" + i).statusCode()).isEqualTo(200);
        }
        long after = usedHeapAfterGc();

        System.out.printf("heap after GC: %,d bytes before, %,d after 10,000 new cookie names (%+,d)%n",
                before, after, after - before);
        assertThat(after - before).isLessThan(16L * 1024 * 1024);
    }

    private static long written(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            long lines = 0;
            for (Path file : files.toList()) {
                lines += Files.readAllLines(file, StandardCharsets.UTF_8).size();
            }
            return lines;
        }
    }

    private static int filtered(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Security-Policy").isPresent() ? 1 : 0;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private List<String> linesFor(String pathPrefix) {
        return log.messages().stream().filter(line -> line.startsWith("GET " + pathPrefix)).toList();
    }

}
