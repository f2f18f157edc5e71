package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cookie test vectors of the peers' own suites, replayed over HTTP against the deployed WAR: for each Cookie
 * header, what Cookie Lab (on Tomcat 10.1) reads, skips and decodes; for each cookie they generate, what it sets or
 * refuses. Each vector names its source (project, file, test); where Cookie Lab differs from the peer, it says why.
 * Facts carried over, code our own.
 */
class PeerVectorsIT extends DeployedApp {

    private static final String WERKZEUG = "Werkzeug tests/test_http.py ";
    private static final String TOMCAT = "Tomcat test/org/apache/tomcat/util/http/TestCookies.java ";
    private static final String GENERATION =
            "Tomcat test/org/apache/tomcat/util/http/TestCookieProcessorGeneration.java ";
    private static final String PARSING = "Tomcat test/org/apache/tomcat/util/http/TestCookieParsing.java ";
    private static final String HTTPBIN = "go-httpbin httpbin/handlers_test.go TestCookies ";
    private static final String SPLIT = "RFC 6265bis §5.6 and Chromium split the header at every ';' and want token "
            + "names, as Tomcat does";

    /**
     * @param cookies what {@code /cookies} reads, as its JSON, the first value of each name
     * @param shadowed its {@code shadowed} object, or null when no name came twice
     * @param skipped the pairs it lists as not read, in order
     * @param decoded for each skipped pair, what Werkzeug reads in a quoted value (null where there is none)
     */
    private static Arguments read(String source, String header, String cookies, String shadowed, List<String> skipped,
            List<String> decoded, String whyWeDiffer) {
        return arguments(source, header, cookies, shadowed, skipped, decoded, whyWeDiffer);
    }

    static Stream<Arguments> cookieHeaders() {
        return Stream.of(
                read(WERKZEUG + "test_parse_cookie", "dismiss-top=6; CP=null*; PHPSESSID=0a539d42abc001cdc762809248d4b"
                        + "eed;a=42; b=\"\\\";\"; ; fo234{=bar;blub=Blah; \"__Secure-c\"=d;"
                        + "==__Host-eq=bad;__Host-eq=good;",
                        "{\"dismiss-top\":\"6\",\"CP\":\"null*\",\"PHPSESSID\":\"0a539d42abc001cdc762809248d4beed\","
                                + "\"a\":\"42\",\"blub\":\"Blah\",\"__Host-eq\":\"good\"}", null,
                        List.of("b=\"\\\"", "\"", "fo234{=bar", "\"__Secure-c\"=d", "==__Host-eq=bad"),
                        List.of("\\"), "Werkzeug also reads b as '\";' (a ';' inside quotes), fo234{ and "
                                + "\"__Secure-c\": " + SPLIT + ", so b's quoted part ends at the ';' and reads '\\'"),
                read(WERKZEUG + "test_bad_cookies", "first=IamTheFirst ; a=1; oops ; a=2 ;second = andMeTwo;",
                        "{\"first\":\"IamTheFirst\",\"a\":\"1\",\"oops\":\"\",\"second\":\"andMeTwo\"}",
                        "{\"a\":[\"2\"]}", List.of(), List.of(), ""),
                read(WERKZEUG + "test_empty_keys_are_ignored", "spam=ham; duck=mallard; ; ",
                        "{\"spam\":\"ham\",\"duck\":\"mallard\"}", null, List.of(), List.of(), ""),
                read(WERKZEUG + "test_cookie_quoting", "foo=\"foo\\054bar\"", "{}", null,
                        List.of("foo=\"foo\\054bar\""), List.of("foo,bar"),
                        "Werkzeug reads foo as 'foo,bar'; Tomcat skips a backslash in a value (RFC 6265 §4.1.1), so "
                                + "the lab lists the pair and shows what Werkzeug reads"),
                read(WERKZEUG + "test_parse_set_cookie_directive", "foo=\"?foo\"; version=\"0.1\";",
                        "{\"foo\":\"?foo\",\"version\":\"0.1\"}", null, List.of(), List.of(), ""),
                read(WERKZEUG + "test_cookie_unicode_dumping", "foo=\"\\342\\230\\203\"", "{}", null,
                        List.of("foo=\"\\342\\230\\203\""), List.of("☃"),
                        "Werkzeug reads its own octal escapes; Tomcat skips the backslashes: listed, with what "
                                + "Werkzeug reads"),
                read(WERKZEUG + "test_cookie_unicode_parsing", "f\u00f6=f\u00f6", "{}", null,
                        List.of("f\u00f6=f\u00f6"),
                        List.of(), "Werkzeug reads a non-ASCII name; RFC 6265 wants a token, and Tomcat skips it"),
                read(TOMCAT + "testBasicCookieRfc6265", "foo=bar;a=b; ;", "{\"foo\":\"bar\",\"a\":\"b\"}", null,
                        List.of(), List.of(), ""),
                read(TOMCAT + "testNameOnlyAreDroppedRfc6265NoEqualsDefault", "foo;a=b;bar",
                        "{\"foo\":\"\",\"a\":\"b\",\"bar\":\"\"}", null, List.of(), List.of(),
                        "Tomcat's trunk drops a name-only pair by default; Tomcat 10.1 reads 'foo' as foo=\"\""),
                read(TOMCAT + "testNameOnlyAreDroppedRfc6265NoEqualsDefault (bug 49000)",
                        "fred=1; jim=2; bob; george=3",
                        "{\"fred\":\"1\",\"jim\":\"2\",\"bob\":\"\",\"george\":\"3\"}", null, List.of(), List.of(),
                        "Tomcat 10.1 reads the name-only 'bob' as bob=\"\"; the trunk drops it"),
                read(TOMCAT + "testQuotedValueRfc6265", "foo=bar;a=\"b\"", "{\"foo\":\"bar\",\"a\":\"b\"}", null,
                        List.of(), List.of(), "Tomcat 10.1 strips RFC 2109 quotes (a=b); the trunk keeps them"),
                read(TOMCAT + "testInvalidQuotedValueRfc6265", "a=\"b\"x;foo=bar", "{\"foo\":\"bar\"}", null,
                        List.of("a=\"b\"x"), List.of(), ""),
                read(TOMCAT + "testEmptyPairsRfc6265NoEqualsCookieDefault", "foo;a=b;;#;bar=rab",
                        "{\"foo\":\"\",\"a\":\"b\",\"#\":\"\",\"bar\":\"rab\"}", null, List.of(), List.of(),
                        "Tomcat 10.1 reads the name-only 'foo' and '#'; the trunk drops them"),
                read(TOMCAT + "testEmptyPairsRfc6265NoEqualsCookieDefault", "foo;a=b;;\\;bar=rab",
                        "{\"foo\":\"\",\"a\":\"b\",\"bar\":\"rab\"}", null, List.of("\\"), List.of(), ""),
                read(TOMCAT + "testSeparatorsInValueRfc6265", "a=()<>@:\\\"/[]?={}\t; foo=bar", "{\"foo\":\"bar\"}",
                        null, List.of("a=()<>@:\\\"/[]?={}"), List.of(), ""),
                read(TOMCAT + "v1TokenValueRfc6265", "$Version=1; foo=bar;a=b",
                        "{\"$Version\":\"1\",\"foo\":\"bar\",\"a\":\"b\"}", null, List.of(), List.of(), ""),
                read(TOMCAT + "v1QuotedValueRfc6265", "$Version=1;foo=\"bar\";a=b; ; ",
                        "{\"$Version\":\"1\",\"foo\":\"bar\",\"a\":\"b\"}", null, List.of(), List.of(),
                        "Tomcat 10.1 strips the quotes of \"bar\"; the trunk keeps them"),
                read(TOMCAT + "rfc2109Version0Rfc6265", "$Version=0;foo=bar", "{\"$Version\":\"0\",\"foo\":\"bar\"}",
                        null, List.of(), List.of(), ""),
                read(TOMCAT + "disallow8bitInName", "f\u00f6o=bar", "{}", null, List.of("f\u00f6o=bar"), List.of(),
                        ""),
                read(TOMCAT + "allow8BitInV0Value", "foo=b\u00e1r", "{\"foo\":\"b\u00e1r\"}", null, List.of(),
                        List.of(), ""),
                read(TOMCAT + "testJsonInV0", "{\"a\":true, \"b\":false};a=b", "{\"a\":\"b\"}", null,
                        List.of("{\"a\":true, \"b\":false}"), List.of(), ""),
                read(TOMCAT + "testSkipSemicolonOrComma", "$Version=1;x\tx=yyy,foo=bar;a=b",
                        "{\"$Version\":\"1\",\"a\":\"b\"}", null, List.of("x\tx=yyy,foo=bar"), List.of(), ""),
                read(TOMCAT + "testBug60788Rfc6265",
                        "$Version=\"1\"; userId=\"foo\";$Path=\"/\";$Domain=\"www.example.org\"",
                        "{\"$Version\":\"1\",\"userId\":\"foo\",\"$Path\":\"/\",\"$Domain\":\"www.example.org\"}", null,
                        List.of(), List.of(), "Tomcat 10.1 strips the quotes of each value; the trunk keeps them"),
                // TestCookieParsing sends one Cookie header line per cookie: the lines here are split at '\n'.
                read(PARSING + "testRfc6265Equals", "name=equals=middle\nname==equalsstart\nname=equalsend=",
                        "{\"name\":\"equals=middle\"}", "{\"name\":[\"=equalsstart\",\"equalsend=\"]}", List.of(),
                        List.of(), ""),
                read(PARSING + "testRfc6265NameOrValueOnlyDefault", "bob=\nbob\n=bob", "{\"bob\":\"\"}",
                        "{\"bob\":[\"\"]}", List.of("=bob"), List.of(),
                        "Tomcat 10.1 reads the name-only 'bob' as bob=\"\"; the trunk drops it"),
                read(PARSING + "testRfc6265V0", "$Version=0;name=\"val ue\"\n$Version=0;name=\"val\tue\"",
                        "{\"$Version\":\"0\"}", "{\"$Version\":[\"0\"]}",
                        List.of("name=\"val ue\"", "name=\"val\tue\""), List.of("val ue", "val\tue"), ""),
                read(PARSING + "testRfc6265Seps", "name=val/ue", "{\"name\":\"val/ue\"}", null, List.of(), List.of(),
                        ""),
                read(PARSING + "testRfc6265PreserveHeader", "name=\"val\\\"ue\"\nname=\"value\"",
                        "{\"name\":\"value\"}", null, List.of("name=\"val\\\"ue\""), List.of("val\"ue"), ""),
                read(HTTPBIN + "get/ok/no cookies", "", "{}", null, List.of(), List.of(), ""),
                read(HTTPBIN + "get/ok/many cookies", "k1=v1; k2=v2; k3=v3",
                        "{\"k1\":\"v1\",\"k2\":\"v2\",\"k3\":\"v3\"}",
                        null, List.of(), List.of(), ""));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("cookieHeaders")
    void eachPeersCookieHeaderIsReadSkippedOrDecodedAsShown(String source, String header, String cookies,
            String shadowed, List<String> skipped, List<String> decoded, String whyWeDiffer) {
        Stream<String> cookieLines = header.isEmpty() ? Stream.of()
                : Stream.of(header.split("\n")).map(line -> "Cookie: " + asSent(line));
        Http.Raw response = http.rawGet("/cookies",
                Stream.concat(Stream.of("Accept: application/json"), cookieLines).toArray(String[]::new));

        assertThat(response.status()).isEqualTo(200);
        String body = new String(response.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        JsonObject json = Json.parse(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1));
        assertThat(json.getJsonObject("cookies")).hasToString(cookies);
        assertThat(json.containsKey("shadowed") ? json.getJsonObject("shadowed").toString() : null).isEqualTo(shadowed);
        List<JsonObject> ignored = json.containsKey("ignored")
                ? json.getJsonArray("ignored").getValuesAs(JsonObject.class) : List.of();
        assertThat(ignored).extracting(pair -> pair.getString("pair")).isEqualTo(skipped);
        assertThat(ignored).filteredOn(pair -> pair.containsKey("decoded"))
                .extracting(pair -> pair.getString("decoded")).isEqualTo(decoded);
    }

    /** Tomcat's connector refuses a control character in a Cookie header before the app: the client gets its 400. */
    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("refusedByTheConnector")
    void aControlCharacterInACookieIsRefusedBeforeTheApp(String source, String header) {
        Http.Raw response = http.rawGet("/cookies", "Accept: application/json", "Cookie: " + header);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.hasHeader("Content-Security-Policy")).as("answered by the app").isFalse();
    }

    static Stream<Arguments> refusedByTheConnector() {
        return Stream.of(arguments(TOMCAT + "disallowControlInV0Value", "foo=b\u0008r"),
                arguments(TOMCAT + "disallowControlInName", "f\u0008o=bar"));
    }

    /** Form fields for POST /setcookie, what it answers: the status, and the Set-Cookie's start or the error's code. */
    private static Arguments set(String source, List<String> form, int status, String answer, String whyWeDiffer) {
        return arguments(source, form, status, answer, whyWeDiffer);
    }

    static Stream<Arguments> generatedCookies() {
        String defaults = "; Path=/; HttpOnly; SameSite=Lax";
        String encodes = "the lab percent-encodes what is not a cookie-octet rather than quote it or refuse it";
        return Stream.of(
                set(GENERATION + "v0SimpleCookie", List.of("name", "foo", "value", "bar"), 200, "foo=bar" + defaults,
                        "the lab adds HttpOnly and SameSite=Lax by default"),
                set(GENERATION + "v0NullValue", List.of("name", "foo", "value", ""), 200, "foo=" + defaults, ""),
                set(GENERATION + "v0QuotedValue", List.of("name", "foo", "value", "\"bar\""), 200,
                        "foo=%22bar%22" + defaults, "Tomcat sends the quotes as they are; " + encodes),
                set(GENERATION + "v0ValueContainsSemicolon", List.of("name", "foo", "value", "a;b"), 200,
                        "foo=a%3Bb" + defaults, "Tomcat refuses it (IllegalArgumentException); " + encodes),
                set(GENERATION + "v0ValueContainsComma", List.of("name", "foo", "value", "a,b"), 200,
                        "foo=a%2Cb" + defaults, "Tomcat refuses it; " + encodes),
                set(GENERATION + "v0ValueContainsSpace", List.of("name", "foo", "value", "a b"), 200,
                        "foo=a%20b" + defaults, "Tomcat refuses it; " + encodes),
                set(GENERATION + "v0ValueContainsEquals", List.of("name", "foo", "value", "a=b"), 200,
                        "foo=a=b" + defaults, ""),
                set(GENERATION + "v0ValueContainsBackslashAndQuote", List.of("name", "foo", "value", "a\"b\\c"), 200,
                        "foo=a%22b%5Cc" + defaults, "Tomcat refuses it; " + encodes),
                set(GENERATION + "v1ValueUTF8", List.of("name", "foo", "value", "\u2300"), 200,
                        "foo=%E2%8C%80" + defaults, "Tomcat sends the UTF-8 bytes as they are; " + encodes),
                set(GENERATION + "v1TestMaxAgePositive", List.of("name", "foo", "value", "bar", "maxAge", "100"), 200,
                        "foo=bar; Max-Age=100; Expires=", ""),
                set(GENERATION + "v1TestMaxAgeZero", List.of("name", "foo", "value", "bar", "maxAge", "0"), 200,
                        "foo=bar; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:10 GMT", ""),
                set(GENERATION + "v1TestMaxAgeNegative", List.of("name", "foo", "value", "bar", "maxAge", "-100"), 400,
                        "max-age-invalid", "Tomcat leaves Max-Age out; the lab says a negative Max-Age means nothing"),
                set(GENERATION + "v1TestDomainValid01", List.of("name", "foo", "value", "bar", "domain",
                        "example.com"), 400, "domain-invalid", "this page is not on example.com: browsers drop it"),
                set(GENERATION + "v1TestDomainInvalid01", List.of("name", "foo", "value", "bar", "domain",
                        "example.com."), 400, "domain-invalid", ""),
                set(GENERATION + "v1TestDomainInvalid07", List.of("name", "foo", "value", "bar", "domain",
                        "exam$ple.com"), 400, "domain-invalid", ""),
                set(GENERATION + "v1TestPathValid", List.of("name", "foo", "value", "bar", "path", "/example"), 200,
                        "foo=bar; Path=/example", "set, with the path-elsewhere warning"),
                set(GENERATION + "v1TestPathInvalid01", List.of("name", "foo", "value", "bar", "path", "exa\tmple"),
                        400, "control-character", ""),
                set(GENERATION + "testSameSiteCookies", List.of("name", "foo", "value", "bar", "sameSite", "strict"),
                        200, "foo=bar; Path=/; HttpOnly; SameSite=Strict", ""),
                set(WERKZEUG + "test_dump_cookie", List.of("name", "foo", "value", "bar baz blub", "maxAge", "360"),
                        200, "foo=bar%20baz%20blub; Max-Age=360; Expires=", "Werkzeug quotes it; " + encodes),
                set(WERKZEUG + "test_dump_cookie", List.of("name", "key", "value", "xxx/"), 200, "key=xxx/" + defaults,
                        ""),
                set(WERKZEUG + "test_dump_cookie", List.of("name", "key", "value", "xxx="), 200, "key=xxx=" + defaults,
                        ""),
                set(WERKZEUG + "test_cookie_quoting", List.of("name", "foo", "value", "?foo"), 200,
                        "foo=?foo" + defaults, ""),
                set(WERKZEUG + "test_cookie_unicode_dumping", List.of("name", "foo", "value", "☃"), 200,
                        "foo=%E2%98%83" + defaults, "Werkzeug writes \"\\342\\230\\203\", which Tomcat skips; "
                                + "percent-encoding reaches every server"),
                set(WERKZEUG + "test_cookie_domain_resolving", List.of("name", "foo", "value", "bar", "domain",
                        "☃.com"), 400, "domain-invalid", "Werkzeug converts it to punycode; the lab asks for it"),
                set(WERKZEUG + "test_cookie_samesite_invalid", List.of("name", "foo", "value", "bar", "sameSite",
                        "invalid"), 400, "samesite-invalid", ""),
                set(WERKZEUG + "test_cookie_partitioned_sets_secure", List.of("name", "foo", "value", "bar",
                        "partitioned", "on", "secure", "off"), 200, "foo=bar" + defaults + "; Partitioned",
                        "Werkzeug adds Secure; the lab sends what was asked and warns partitioned-insecure"),
                set(HTTPBIN.replace("TestCookies ", "TestCookies set/") + "defaults/http", List.of("name", "k1",
                        "value", "v1"), 200, "k1=v1" + defaults, "go-httpbin sets HttpOnly and Path=/ too"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("generatedCookies")
    void eachPeersGeneratedCookieIsSetOrRefusedAsShown(String source, List<String> form, int status, String answer,
            String whyWeDiffer) {
        HttpResponse<String> response = http.post("/setcookie", form, "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(status);
        JsonObject json = Json.parse(response.body());
        if (status == 200) {
            assertThat(json.getJsonArray("setCookie").getString(0)).startsWith(answer);
        } else {
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(json.getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(error -> error.getString("code")).contains(answer);
        }
    }

    /** A header as a client sends it: its UTF-8 bytes, one character per byte on the socket. */
    private static String asSent(String header) {
        return new String(header.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
