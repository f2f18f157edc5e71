package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cookielab.cookie.CookieSigner;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A corpus of hostile and broken input, each case named after where it comes from. Whatever arrives, the
 * app answers 200 with what it could parse, or a 4xx with a plain page; never a 500, a stack trace, a
 * server version, a raw payload, a cookie it was not asked for, or a logged exception.
 */
class BadInputIT extends DeployedApp {

    private static final String JSON = "application/json";

    private LogCapture log;

    @BeforeEach
    void watchTheLog() {
        log = LogCapture.of("");
    }

    /** Tomcat notes its own parse errors once at INFO, with the exception; that is not a failure of ours. */
    @AfterEach
    void nothingWorseThanInfoWasLogged() {
        log.close();
        assertThat(log.records()).filteredOn(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                || (record.getLoggerName() != null && record.getLoggerName().startsWith("dev.cookielab")
                        && record.getThrown() != null))
                .extracting(LogRecord::getMessage).isEmpty();
    }

    private static void assertPlain(String body, String payload) {
        assertThat(body).doesNotContain("Exception", "Apache Tomcat/", "at org.apache", "at dev.cookielab");
        if (payload.contains("<")) {
            assertThat(body).doesNotContain(payload);
        }
    }

    // ---------------------------------------------------------------- malformed Cookie headers

    static Stream<Arguments> malformedCookieHeaders() {
        String many200 = String.join("; ", IntStream.range(0, 200).mapToObj(i -> "c" + i + "=" + i).toList());
        String many201 = String.join("; ", IntStream.range(0, 201).mapToObj(i -> "c" + i + "=" + i).toList());
        return Stream.of(
                arguments("Tomcat TestCookieParsing: empty pairs", List.of("Cookie: foo=bar;a=b; ;")),
                arguments("Tomcat TestCookies: name without value", List.of("Cookie: foo;a=b;bar")),
                arguments("Tomcat TestCookies: separators and a tab", List.of("Cookie: a=()<>@:\\\"/[]?={}\t; foo=bar")),
                arguments("Tomcat TestCookies: RFC 2109 $Version", List.of("Cookie: $Version=1;foo=\"b\\\"ar\";a=b")),
                arguments("Werkzeug test_http.py: JSON as a cookie", List.of("Cookie: {\"a\":true, \"b\":false};a=b")),
                arguments("RFC 6265bis §5.7.3: duplicate names", List.of("Cookie: a=1; a=2; a=3")),
                arguments("RFC 9110 §5.3: two Cookie headers", List.of("Cookie: a=1", "Cookie: b=2")),
                arguments("WPT cookies/encoding: invalid UTF-8 bytes", List.of("Cookie: a=\u00C3\u0028; b=\u00FF\u00FE; c=1")),
                arguments("Tomcat maxCookieCount: 200 cookies", List.of("Cookie: " + many200)),
                arguments("Tomcat maxCookieCount: 201 cookies", List.of("Cookie: " + many201)),
                arguments("Tomcat maxHttpHeaderSize: a 9,000-byte header", List.of("Cookie: a=" + "x".repeat(9_000))),
                arguments("WPT cookies/value/value-ctl: ESC in a value", List.of("Cookie: a=x\u001By; b=1")),
                arguments("WPT cookies/value/value-ctl: NUL in a value", List.of("Cookie: a=x\u0000y; b=1")),
                arguments("RFC 9112 §2.2: bare CR in a value", List.of("Cookie: a=x\ry; b=1")),
                arguments("RFC 6265bis §5.6: empty Cookie header", List.of("Cookie: ")),
                arguments("WPT cookies/name: empty name", List.of("Cookie: =value; b=1")),
                arguments("Werkzeug test_http.py: only semicolons", List.of("Cookie: ;;;;")),
                arguments("Werkzeug test_http.py: quoted value with a space", List.of("Cookie: a=\"b c\"; d=1")),
                arguments("Werkzeug test_http.py: = inside a value", List.of("Cookie: a=b=c; CP=null*")),
                arguments("RFC 6265bis §5.6: a 5,000-byte name", List.of("Cookie: " + "n".repeat(5_000) + "=1")),
                arguments("WPT cookies/name: non-ASCII name", List.of("Cookie: caf\u00C3\u00A9=1; b=2")),
                arguments("Cookie Lab codec: a lone percent", List.of("Cookie: a=%; b=50%off")),
                arguments("Cookie Lab codec: truncated UTF-8", List.of("Cookie: a=%E2%82; b=%FF")),
                arguments("Cookie Lab codec: encoded controls", List.of("Cookie: a=%00%0D%0A%1B; b=1")));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("malformedCookieHeaders")
    void malformedCookieHeadersGetA200ListingOrTomcatsOwn400(String source, List<String> headerLines) {
        for (String path : new String[] {"/", "/getcookie?name=a", "/cookies"}) {
            Http.Raw response = http.rawGet(path, headerLines.toArray(String[]::new));

            assertThat(response.status()).as(path).isIn(200, 400);
            assertThat(response.body()).as(path).doesNotContain("<svg", "<img", "<script");
            if (response.hasHeader("Content-Security-Policy")) {
                assertPlain(response.body(), String.join("", headerLines));
            } else {
                // Tomcat refused it before the app; docker/server.xml hides the details of Tomcat's own page.
                assertThat(response.status()).as(path).isEqualTo(400);
            }
        }
    }

    // ---------------------------------------------------------------- reflected markup

    static Stream<Arguments> reflectedMarkup() {
        return Stream.of(
                arguments("OWASP XSS cheat sheet: svg onload, raw", "x=<svg/onload=alert(1)>", "<svg/onload=alert(1)>"),
                arguments("OWASP XSS cheat sheet: svg onload, encoded", "x=%3Csvg%2Fonload%3Dalert(1)%3E",
                        "<svg/onload=alert(1)>"),
                arguments("OWASP XSS cheat sheet: img onerror in quotes", "x=%22%3Cimg%2Fsrc%2Fonerror%3Dalert(1)%3E%22",
                        "\"<img/src/onerror=alert(1)>\""),
                arguments("OWASP XSS cheat sheet: attribute breakout", "x='-alert(1)-'", "'-alert(1)-'"),
                arguments("OWASP XSS cheat sheet: script close", "x=%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                        "</script><script>alert(1)</script>"),
                arguments("CVE-2021-42574 Trojan Source: U+202E in a value", "x=abc%E2%80%AEtxt.exe", "abc\u202Etxt.exe"),
                arguments("OWASP: attribute breakout with double quote", "x=%22%20autofocus%20onfocus%3Dalert(1)%20x%3D%22",
                        "\" autofocus onfocus=alert(1) x=\""));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("reflectedMarkup")
    void reflectedMarkupIsAlwaysEscaped(String source, String cookie, String decoded) {
        for (String path : new String[] {"/", "/getcookie?name=x"}) {
            HttpResponse<String> response = http.get(path, "Cookie", cookie);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain(decoded).contains(escape(decoded));
        }
        HttpResponse<String> json = http.get("/cookies", "Cookie", cookie);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(JSON));
        assertThat(json.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("reflectedMarkup")
    void markupInTheFormIsEscapedOnTheRefusalPage(String source, String cookie, String decoded) {
        HttpResponse<String> response = http.post("/setcookie", List.of("name", "bad name", "value", decoded,
                "path", decoded));

        assertThat(response.statusCode()).isEqualTo(400);
        String attribute = escape(decoded).replace("[U+202E]", "&#x202E;");
        assertThat(response.body()).doesNotContain(decoded).contains("value=\"" + attribute + "\"");
    }

    /** What c:out makes of text, with hidden characters shown as [U+XXXX] first. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#034;")
                .replace("'", "&#039;").replace("\u202E", "[U+202E]");
    }

    // ---------------------------------------------------------------- header and attribute injection

    static Stream<Arguments> injections() {
        String crlf = "\r\nX-Injected: 1";
        return Stream.of(
                arguments("OWASP HTTP response splitting: CRLF in name", "name", "x" + crlf, "control-character"),
                arguments("OWASP HTTP response splitting: CRLF in value", "value", "v" + crlf, "control-character"),
                arguments("OWASP HTTP response splitting: CRLF in path", "path", "/" + crlf, "control-character"),
                arguments("OWASP HTTP response splitting: CRLF in domain", "domain", "localhost" + crlf, "control-character"),
                arguments("OWASP HTTP response splitting: CRLF in sameSite", "sameSite", "Lax" + crlf, "control-character"),
                arguments("OWASP HTTP response splitting: CRLF in maxAge", "maxAge", "1" + crlf, "control-character"),
                arguments("OWASP HTTP response splitting: bare LF in value", "value", "v\nX-Injected: 1", "control-character"),
                arguments("Issue 5: attribute smuggled into sameSite", "sameSite", "None; Domain=evil.example", "samesite-invalid"),
                arguments("Issue 5: attribute smuggled into path", "path", "/; Domain=evil.example", "path-invalid"),
                arguments("URL Standard path percent-encode set: a space in path", "path", "/a b", "path-invalid"),
                arguments("URL Standard path percent-encode set: a query in path", "path", "/a?b=1", "path-invalid"),
                arguments("RFC 9110 §5.6.2: = smuggled into the name", "name", "a=b", "name-invalid"),
                arguments("RFC 6265bis §5.7: foreign domain", "domain", "evil.example", "domain-invalid"),
                arguments("RFC 6265bis §5.7: look-alike domain", "domain", "localhost.evil.example", "domain-invalid"),
                arguments("OWASP session fixation: JSESSIONID", "name", "JSESSIONID", "name-reserved"),
                arguments("OWASP session fixation: jsessionid", "name", "jsessionid", "name-reserved"),
                arguments("RFC 9110 §5.6.2: trailing space in the name", "name", "JSESSIONID ", "name-invalid"));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("injections")
    void injectionThroughTheFormIsRefusedAndSetsNothing(String source, String field, String text, String code) {
        List<String> fields = field.equals("name") ? List.of("name", text) : List.of("name", "n", field, text);
        for (String accept : new String[] {JSON, "text/html"}) {
            HttpResponse<String> response = http.post("/setcookie", fields, "Accept", accept);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(response.headers().firstValue("X-Injected")).isEmpty();
            assertThat(response.body()).contains(code);
        }
    }

    @Test
    void anAttributeSmuggledIntoTheValueIsEncodedNotApplied() {
        HttpResponse<String> response = http.post("/setcookie",
                List.of("name", "n", "value", "v; Domain=evil.example; Max-Age=99999999"), "Accept", JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        // '=' is a cookie-octet and stays; the ';' and spaces that would start attributes are encoded.
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly(
                "n=v%3B%20Domain=evil.example%3B%20Max-Age=99999999; Path=/; HttpOnly; SameSite=Lax");
    }

    // ---------------------------------------------------------------- numbers and sizes

    static Stream<Arguments> numbersAndSizes() {
        return Stream.of(
                arguments("Issue 5: letters in Max-Age", List.of("name", "n", "maxAge", "abc"), 400),
                arguments("Issue 5: exponent in Max-Age", List.of("name", "n", "maxAge", "1e3"), 400),
                arguments("Issue 5: Max-Age over int", List.of("name", "n", "maxAge", "2147483648"), 400),
                arguments("Issue 5: negative Max-Age", List.of("name", "n", "maxAge", "-5"), 400),
                arguments("Java Integer.decode: hex Max-Age", List.of("name", "n", "maxAge", "0x10"), 400),
                arguments("RFC 6265bis §5.6.2: empty Max-Age is a session cookie", List.of("name", "n", "maxAge", ""), 200),
                arguments("RFC 6265bis §5.6: name+value of 4096 bytes", List.of("name", "n", "value", "v".repeat(4095)), 200),
                arguments("RFC 6265bis §5.6: name+value of 4097 bytes", List.of("name", "n", "value", "v".repeat(4096)), 400),
                arguments("RFC 6265bis §5.6: a 1025-byte path", List.of("name", "n", "path", "/" + "p".repeat(1024)), 400));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("numbersAndSizes")
    void numbersAndSizesAreCheckedAtTheirLimits(String source, List<String> fields, int status) {
        HttpResponse<String> response = http.post("/setcookie", fields, "Accept", JSON);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().allValues("Set-Cookie")).hasSize(status == 200 ? 1 : 0);
    }

    @Test
    void cookiesSetInARowUntilTheBudgetRefusesNeverLockTheBrowserOut() {
        StringBuilder jar = new StringBuilder();
        int set = 0;
        while (true) {
            HttpResponse<String> response = http.post("/setcookie", List.of("name", "c" + set, "value",
                    "x".repeat(900)), "Accept", JSON, "Cookie", jar.length() == 0 ? "none=1" : jar.toString());
            if (response.statusCode() == 400) {
                assertThat(response.body()).contains("budget-exceeded");
                assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
                break;
            }
            assertThat(response.statusCode()).isEqualTo(200);
            String pair = response.headers().firstValue("Set-Cookie").orElseThrow().replaceFirst(";.*", "");
            jar.append(jar.length() == 0 ? "" : "; ").append(pair);
            set++;
        }

        assertThat(set).isBetween(5, 7);
        assertThat(http.get("/", "Cookie", jar.toString()).statusCode()).isEqualTo(200);
        assertThat(http.get("/getcookie", "Cookie", jar.toString()).statusCode()).isEqualTo(200);
        HttpResponse<String> deleteAll = http.post("/setcookie", List.of("action", "delete-all"), "Cookie", jar.toString());
        assertThat(deleteAll.statusCode()).isEqualTo(200);
        assertThat(deleteAll.headers().allValues("Set-Cookie")).hasSize(2 * set); // and each partitioned twin
    }

    /** Tomcat refuses a request with more than 200 cookies (maxCookieCount) before the app sees it. */
    @Test
    void tinyCookiesSetInARowStopAtTomcatsCountAndNeverLockTheBrowserOut() {
        List<String> jar = new ArrayList<>();
        HttpResponse<String> refused = null;
        while (refused == null && jar.size() < 250) {
            HttpResponse<String> response = http.post("/setcookie", List.of("name", "c" + jar.size(), "value", "1"),
                    "Accept", JSON, "Cookie", jar.isEmpty() ? "none=1" : String.join("; ", jar));
            if (response.statusCode() == 200) {
                jar.add(response.headers().firstValue("Set-Cookie").orElseThrow().replaceFirst(";.*", ""));
            } else {
                refused = response;
            }
        }

        assertThat(jar).hasSize(200);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("budget-exceeded", "already sends 200 cookies");
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
        String header = String.join("; ", jar);
        assertThat(http.get("/", "Cookie", header).statusCode()).isEqualTo(200);
        assertThat(http.get("/", "Cookie", header + "; one=more").statusCode()).as("Tomcat's own limit").isEqualTo(400);
        // One response has room for some 56 deleting headers, two for each name on localhost (the cookie and its
        // partitioned twin): "Delete all" expires what fits and says what is left.
        HttpResponse<String> page = http.post("/setcookie", List.of("action", "delete-all"), "Cookie", header);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("data-left=\"1[0-9]{2}\"").contains("Delete the rest");
        List<String> left = new ArrayList<>(jar);
        int rounds = 0;
        while (!left.isEmpty() && rounds < 20) {
            HttpResponse<String> deleteAll = http.post("/setcookie", List.of("action", "delete-all"), "Accept", JSON,
                    "Cookie", String.join("; ", left));
            List<String> expired = deleteAll.headers().allValues("Set-Cookie").stream()
                    .map(line -> line.replaceFirst("=.*", "")).distinct().toList();
            assertThat(deleteAll.statusCode()).isEqualTo(200);
            assertThat(expired).isNotEmpty();
            left.removeIf(pair -> expired.contains(pair.replaceFirst("=.*", "")));
            assertThat(Json.parse(deleteAll.body()).getInt("left", 0)).isEqualTo(left.size());
            rounds++;
        }
        assertThat(left).isEmpty();
        assertThat(rounds).isBetween(7, 8);
    }

    // ---------------------------------------------------------------- signatures

    static Stream<Arguments> badSignatures() {
        String good = CookieSigner.fromKeyList("it-current-key").sign("user", "ada");
        String signature = good.substring(good.indexOf('|') + 1);
        char last = signature.charAt(signature.length() - 1);
        return Stream.of(
                arguments("Cookie Lab: a flipped character", "user=ada|" + signature.substring(0, 42) + (last == 'A' ? 'B' : 'A')),
                arguments("Cookie Lab: an empty signature", "user=ada|"),
                arguments("Cookie Lab: not base64url", "user=ada|!!!"),
                arguments("Cookie Lab: truncated", "user=ada|" + signature.substring(0, 20)),
                arguments("Cookie Lab: a 6 KB signature", "user=ada|" + "A".repeat(6_000)),
                arguments("Cookie Lab: moved to another name", "user=" + CookieSigner.fromKeyList("it-current-key").sign("admin", "ada")),
                arguments("Cookie Lab: signed with an unknown key", "user=" + CookieSigner.fromKeyList("guess").sign("user", "ada")),
                arguments("Cookie Lab: two separators", "user=ada|x|" + signature),
                arguments("Cookie Lab: changed value, kept signature", "user=eve|" + signature));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("badSignatures")
    void badSignaturesReadInvalidWithoutAnException(String source, String cookie) {
        HttpResponse<String> json = http.get("/getcookie?name=user", "Accept", JSON, "Cookie", cookie);
        HttpResponse<String> html = http.get("/", "Cookie", cookie);

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(Json.parse(json.body()).getString("signature")).isEqualTo("invalid");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("class=\"sig-invalid\"");
    }

    @Test
    void aSignatureOverTomcatsHeaderLimitGetsTomcatsOwn400() {
        Http.Raw response = http.rawGet("/getcookie?name=user", "Cookie: user=ada|" + "A".repeat(10_000));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.hasHeader("Content-Security-Policy")).as("refused before the app").isFalse();
    }

    // ---------------------------------------------------------------- parameters Tomcat cannot read

    static Stream<Arguments> unreadableForms() {
        String form = "application/x-www-form-urlencoded";
        return Stream.of(
                arguments("Tomcat Parameters.processParameters: % without two hex digits in a value", form,
                        "name=n&value=%ZZ", 400, "form-unreadable"),
                arguments("Tomcat Parameters.processParameters: a % cut off at the end", form,
                        "name=n&value=abc%", 400, "form-unreadable"),
                arguments("Tomcat Parameters.processParameters: a value without a name", form,
                        "name=n&=v", 400, "form-unreadable"),
                arguments("Issue 25: a value whose bytes are not UTF-8, which Tomcat reads as U+FFFD", form,
                        "name=n&value=caf%E9", 400, "value holds bytes that are not UTF-8"),
                arguments("Issue 25: a charset the server does not know", form + "; charset=bogus-42", "name=n", 415,
                        "charset=bogus-42, which the server does not know"),
                arguments("Issue 25: a charset in which & and = are not ASCII", form + "; charset=utf-16", "name=n",
                        415, "charset=utf-16, in which the server cannot find"),
                arguments("RFC 7578: multipart/form-data, as curl -F sends", "multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nn\r\n--b--\r\n", 415,
                        "form-unsupported"),
                arguments("RFC 8259: a JSON body", "application/json", "{\"name\":\"n\"}", 415, "form-unsupported"),
                arguments("RFC 9110 §8.3: a form sent as text/plain", "text/plain", "name=n", 415, "form-unsupported"),
                arguments("RFC 9110 §8.3.1: the form's type in capitals, with a charset",
                        "Application/X-WWW-Form-URLEncoded; charset=UTF-8", "name=n", 200, ""));
    }

    /** Tomcat skips what it cannot decode and reads the rest: the cookie would be set with the value left out. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("unreadableForms")
    void aFormTomcatCannotReadAllOfIsRefusedAndSetsNothing(String source, String type, String body, int status,
            String code) {
        for (String accept : new String[] {JSON, "text/html"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/setcookie"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)), "Content-Type", type, "Accept", accept);

            assertThat(response.statusCode()).isEqualTo(status);
            if (status == 200) {
                assertThat(response.headers().allValues("Set-Cookie"))
                        .containsExactly("n=; Path=/; HttpOnly; SameSite=Lax");
            } else {
                assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
                assertThat(response.body()).contains(code);
                assertPlain(response.body(), "");
            }
        }
    }

    /** Issue 32: Charset.isSupported throws for a malformed name, which answered 500 with a stack trace logged. */
    @ParameterizedTest(name = "[Issue 32: charset={0}]")
    @ValueSource(strings = {"", "\"\"", "utf 8", "-utf8", "@", "utéf8", "'utf-8'", "utf/8", "*", "utf-8, iso-8859-1"})
    void aMalformedCharsetIsRefusedAs415NamingIt(String charset) {
        for (String accept : new String[] {JSON, "text/html"}) {
            // Over the socket: HttpClient would send the é of utéf8 as '?'.
            Http.Raw response = Http.Raw.of(http.raw(("POST /setcookie HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
                    + "\r\nContent-Type: application/x-www-form-urlencoded; charset=" + charset
                    + "\r\nContent-Length: 14\r\nConnection: close\r\n\r\nname=a&value=1")
                    .getBytes(StandardCharsets.ISO_8859_1)));
            String body = new String(response.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);

            assertThat(response.status()).isEqualTo(415);
            assertThat(response.hasHeader("Set-Cookie")).isFalse();
            if (accept.equals(JSON)) {
                JsonObject error = Json.parse(body).getJsonArray("errors").getJsonObject(0);
                assertThat(error.getString("code")).isEqualTo("form-unsupported");
                assertThat(error.getString("message"))
                        .contains("charset=" + charset.replace("\"", "") + ", which the server");
            } else {
                assertThat(body).contains("form-unsupported").doesNotContain("Exception");
            }
        }
    }

    @Test
    void aFormOverTomcatsMaxPostSizeGetsA413AndSetsNothing() {
        String body = "name=n&value=" + "v".repeat(2 * 1024 * 1024);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/setcookie"))
                .POST(HttpRequest.BodyPublishers.ofString(body)),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", JSON);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(Json.parse(response.body()).getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("larger than the server reads");
    }

    static Stream<Arguments> repeatedFields() {
        return Stream.of(
                arguments("Servlet 6.0 §3.1: a field twice in the body", "/setcookie",
                        List.of("name", "a", "name", "b"), "name"),
                arguments("Servlet 6.0 §3.1: a field in the query string and in the body", "/setcookie?value=x",
                        List.of("name", "n", "value", "y"), "value"),
                arguments("Servlet 6.0 §3.1: action twice", "/setcookie",
                        List.of("name", "n", "action", "delete", "action", "set"), "action"));
    }

    /** getParameter answers with the first of several values: the cookie would be set from one not meant. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("repeatedFields")
    void aFieldSentTwiceIsRefusedAndSetsNothing(String source, String path, List<String> fields, String field) {
        for (String accept : new String[] {JSON, "text/html"}) {
            HttpResponse<String> response = http.post(path, fields, "Accept", accept);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(response.body()).contains("field-repeated", field + " was sent 2 times");
        }
    }

    @Test
    void aCheckboxAfterItsHiddenOffIsNotARepeat() {
        HttpResponse<String> response = http.post("/setcookie",
                List.of("name", "n", "secure", "off", "secure", "on", "httpOnly", "off"), "Accept", JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly("n=; Path=/; Secure; SameSite=Lax");
    }

    @Test
    void aCookieNameAskedForTwiceIsRefused() {
        HttpResponse<String> html = http.get("/getcookie?name=Name&name=other", "Cookie", "Name=AskPython");
        HttpResponse<String> json = http.get("/getcookie?name=Name&name=other", "Cookie", "Name=AskPython",
                "Accept", JSON);

        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(html.body()).contains("name was sent 2 times").doesNotContain("AskPython");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("field-repeated").doesNotContain("AskPython");
    }

    /**
     * A browser at {@code http://[::1]:8080/} sends {@code Host: [::1]:8080}; Tomcat's cookie processor refuses a
     * Domain of {@code [::1]} (or {@code localhost.}, with the trailing dot of a fully qualified name), so taking the host as its own Domain was a 500 ({@code
     * IllegalArgumentException} from {@code addCookie}). {@link java.net.http.HttpClient} will not set Host.
     */
    @ParameterizedTest
    @ValueSource(strings = {"[::1]", "localhost."})
    void theHostAsADomainNoAttributeCanCarryIsRefusedNotA500(String host) {
        String body = "name=n&value=v&domain=" + URLEncoder.encode(host, StandardCharsets.UTF_8);
        Http.Raw response = http.rawFormPost("/setcookie", host + ":8080", body, "Accept: " + JSON);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.hasHeader("Set-Cookie")).isFalse();
        assertThat(response.body()).contains("domain-invalid", "Leave Domain empty");
    }

    /** java.net.URI will not carry {@code %ZZ}: these requests go over a socket as they are. */
    @Test
    void aQueryStringTomcatCannotReadIsRefusedOnAPostToo() {
        String body = "name=n&value=v";
        Http.Raw response = http.rawFormPost("/setcookie?x=%ZZ", "localhost", body, "Accept: " + JSON);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.hasHeader("Set-Cookie")).isFalse();
        assertThat(response.body()).contains("form-unreadable");
    }

    /** Tomcat drops {@code name=%ZZ}: without the check, the page would answer for the tutorial's cookie. */
    @Test
    void aCookieNameTomcatCannotDecodeIsRefusedNotReadAsTheTutorialsCookie() {
        Http.Raw html = http.rawGet("/getcookie?name=%ZZ", "Cookie: Name=AskPython");
        Http.Raw json = http.rawGet("/getcookie?name=%ZZ", "Cookie: Name=AskPython", "Accept: " + JSON);

        assertThat(html.status()).isEqualTo(400);
        assertThat(html.body()).contains("could not all be read").doesNotContain("AskPython");
        assertPlain(html.body(), "");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.body()).contains("form-unreadable").doesNotContain("AskPython");
    }

    // ---------------------------------------------------------------- values to decode

    private static String b64url(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String deflated(String text) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
        deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        byte[] buffer = new byte[64 * 1024];
        int length = deflater.deflate(buffer);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(buffer, length));
    }

    static Stream<Arguments> hostileValues() {
        String signature = ".aVW5AA.AAAAAAAAAAAAAAAAAAAAAAAAAAA";
        return Stream.of(
                arguments("zlib: 2 MB of JSON deflated into a Flask session (zip bomb)", "session=."
                        + deflated("{\"a\":\"" + "0".repeat(2_000_000) + "\"}") + signature, "zip bomb"),
                arguments("JSON: 40 nested arrays in a Flask session", "session=" + b64url("[".repeat(40)
                        + "]".repeat(40)) + signature, "nests deeper than 32"),
                arguments("JSON: 2,900 nested arrays in a lone base64 value", "deep=" + b64url("[".repeat(2900)
                        + "]".repeat(2900)), "nests deeper than 32"),
                arguments("RFC 7515: a JWT whose header is not JSON", "t=" + b64url("{not json") + ".e30.c2ln", ""),
                arguments("RFC 7519: a JWT expiring in 10^30 seconds", "t=" + b64url("{\"alg\":\"HS256\"}") + "."
                        + b64url("{\"exp\":1000000000000000000000000000000}") + ".c2ln", "JSON Web Token"),
                arguments("RFC 3986: a malformed percent escape", "p=%ZZ%7B%22a%22%7D", ""),
                arguments("Rails: an IV of 11 bytes", "_app_session=" + "QUFB".repeat(8) + "--QUFBQUFBQUFBQUFB--"
                        + "QUFBQUFBQUFBQUFBQUFBQQ==".replace("==", "%3D%3D"), ""),
                arguments("Tornado: a field longer than the value", "user=2|1:0|99999:1767225600|4:user|4:YWRh|00", ""),
                arguments("express-session: a 200-character signature", "connect.sid=s%3Aabc." + "A".repeat(200), ""),
                arguments("OWASP XSS: markup inside a base64 payload", "x=" + b64url("{\"x\":\"<script>alert(1)"
                        + "</script>\"}"), "base64 of JSON"));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("hostileValues")
    void hostileValuesToDecodeGetAVerdictNeverA500(String source, String pair, String why) {
        HttpResponse<String> page = http.post("/explain", List.of("text", "Cookie: " + pair, "key", "k"));
        HttpResponse<String> json = http.post("/explain", List.of("text", "Cookie: " + pair), "Accept", JSON);

        assertThat(page.statusCode()).isEqualTo(200);
        assertPlain(page.body(), "<script>alert(1)</script>");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonObject format = Json.parse(json.body()).getJsonArray("cookies").getJsonObject(0).getJsonObject("format");
        assertThat(format.getString("name") + ": " + format.getString("why")).contains(why);
    }

    // ---------------------------------------------------------------- cross-site requests

    static Stream<Arguments> crossSite() {
        return Stream.of(
                arguments("Fetch Metadata: Sec-Fetch-Site cross-site", "Sec-Fetch-Site", "cross-site"),
                arguments("Fetch Metadata: Sec-Fetch-Site same-site", "Sec-Fetch-Site", "same-site"),
                arguments("OWASP CSRF: foreign Origin", "Origin", "http://evil.example"),
                arguments("OWASP CSRF: null Origin (sandboxed frame)", "Origin", "null"),
                arguments("OWASP CSRF: Origin on another port", "Origin", "http://localhost:1"));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("crossSite")
    void crossSitePostsAreRefusedAndSetNothing(String source, String header, String value) {
        HttpResponse<String> response = http.post("/setcookie", List.of("name", "planted", "value", "1"), header, value);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertPlain(response.body(), "");
    }
}
