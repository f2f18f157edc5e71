package dev.cookielab.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * abarth/http-state's suites, which WPT's cookies/http-state imports, replayed through the browser model. Where the
 * model (RFC 6265bis, as Chromium does) differs from the suite, the vector is listed in {@link #DIFFERENCES} with the
 * reason, and the test asserts the model's own answer there instead.
 */
class HttpStateTest {

    /** When the suite was written (RFC 6265 is of April 2011): its Expires dates are in the future of this. */
    private static final Instant NOW = Instant.parse("2011-04-01T00:00:00Z");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final String NAMELESS = "RFC 6265bis §5.6 step 3 and Chromium keep a pair without '=', or with an "
            + "empty name, as a cookie whose name is empty (sent as its value alone); the 2011 suite dropped it, and "
            + "WPT's copy of it now expects the cookie.";
    private static final String CONTROL = "RFC 6265bis §5.6 step 1 and Chromium refuse a line holding a control "
            + "character; the 2011 suite expected it cut there, and disables the test for Chromium.";
    private static final String ENCODED_PATH = "Browsers compare Path with the path as the URL writes it: %6F is "
            + "not o. The suite disables the test.";
    private static final String EMPTY_DOMAIN = "Chromium reads the last Domain attribute, here empty, as no Domain "
            + "and keeps the cookie host-only; the suite, which marks the test optional, expected the first Domain to "
            + "stand and the cookie to be refused.";

    /** Test id to what the model sends instead, and why it differs from the 2011 suite. */
    static final Map<String, String[]> DIFFERENCES = Map.ofEntries(
            Map.entry("0004", new String[] {"foo", NAMELESS}),
            Map.entry("0021", new String[] {"a=b; x; c=d", NAMELESS}),
            Map.entry("0023", new String[] {"foo", NAMELESS}),
            Map.entry("0024", new String[] {"foo", NAMELESS}),
            Map.entry("0025", new String[] {"foo", NAMELESS}),
            Map.entry("0026", new String[] {"foo", NAMELESS}),
            Map.entry("0027", new String[] {"bar", NAMELESS}),
            Map.entry("0028", new String[] {"foo", NAMELESS}),
            Map.entry("CHROMIUM0009", new String[] {"BLAHHH", NAMELESS}),
            Map.entry("CHROMIUM0010", new String[] {"\"BLA\\\"HHH\"", NAMELESS}),
            Map.entry("CHROMIUM0012", new String[] {"ABC", NAMELESS}),
            Map.entry("DISABLED_CHROMIUM0022", new String[] {"", CONTROL}),
            Map.entry("DISABLED_CHROMIUM0023", new String[] {"", CONTROL}),
            Map.entry("DISABLED_PATH0029", new String[] {"", ENCODED_PATH}),
            Map.entry("MOZILLA0012", new String[] {"test=\"fubar! = foo; five", NAMELESS}),
            Map.entry("MOZILLA0014", new String[] {"six", NAMELESS}),
            Map.entry("MOZILLA0015", new String[] {"seven", NAMELESS}),
            Map.entry("MOZILLA0016", new String[] {"eight", NAMELESS}),
            Map.entry("MOZILLA0017", new String[] {"eight; test=six", NAMELESS}),
            Map.entry("NAME0023", new String[] {"foo", NAMELESS}),
            Map.entry("NAME0028", new String[] {"a", NAMELESS}),
            Map.entry("NAME0031", new String[] {"\"foo", NAMELESS}),
            Map.entry("NAME0032", new String[] {"\"foo\\\"bar", NAMELESS}),
            Map.entry("NAME0033", new String[] {"aaa", NAMELESS}),
            Map.entry("OPTIONAL_DOMAIN0042", new String[] {"foo=bar", EMPTY_DOMAIN}));

    static Stream<HttpStateVectors.Vector> vectors() {
        return HttpStateVectors.ALL.stream();
    }

    static Stream<HttpStateDates.Date> dates() {
        return HttpStateDates.ALL.stream();
    }

    /** The Cookie header the model's browser sends to the result page after the lines of one test. */
    static String replay(HttpStateVectors.Vector vector) {
        BrowserModel browser = new BrowserModel();
        for (String line : vector.received()) {
            browser.receive(line, URI.create("http://home.example.org:8888/cookie-parser?" + vector.id()), NOW, null);
        }
        return browser.sentWith(BrowserModel.Request.sameSite(URI.create(vector.sentTo())), NOW, false).stream()
                .map(cookie -> cookie.name().isEmpty() ? cookie.value() : cookie.name() + "=" + cookie.value())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "http-state tests/data/parser.json {0}")
    @MethodSource("vectors")
    void eachParserVectorSendsWhatTheSuiteExpectsOrADifferenceListedWithItsReason(HttpStateVectors.Vector vector) {
        String[] difference = DIFFERENCES.get(vector.id());

        assertThat(replay(vector)).as(difference == null ? "as the suite" : difference[1])
                .isEqualTo(difference == null ? vector.expected() : difference[0]);
    }

    @ParameterizedTest(name = "http-state tests/data/dates/{0}")
    @MethodSource("dates")
    void eachDateReadsAsTheSuiteExpects(HttpStateDates.Date date) {
        Instant parsed = CookieDate.parse(date.text());

        assertThat(parsed == null ? null : HTTP_DATE.format(parsed)).as(date.text()).isEqualTo(date.expected());
    }
}
