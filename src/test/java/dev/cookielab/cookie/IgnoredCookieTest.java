package dev.cookielab.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IgnoredCookieTest {

    /** {@code "a=1", "b=2"} as the cookies a server read. */
    private static List<Map.Entry<String, String>> read(String... pairs) {
        List<Map.Entry<String, String>> read = new ArrayList<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            read.add(Map.entry(pair.substring(0, equals), pair.substring(equals + 1)));
        }
        return read;
    }

    /** A header as the servlet API hands it over: one character per byte sent, the text sent in UTF-8. */
    private static String asSent(String header) {
        return new String(header.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static List<String> pairs(List<IgnoredCookie> ignored) {
        return ignored.stream().map(IgnoredCookie::pair).toList();
    }

    /** Werkzeug's dump_cookie writes non-ASCII as RFC 2109 octal escapes; its parse_cookie reads them back. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"\\342\\230\\203\" | ☃",
            "\"foo\\054bar\" | foo,bar",
            "\"a\\\"b\" | a\"b",
            "\"\\\\\" | \\",
            "\"x\\\" | x\\",
            "\"\\400\" | 400",
            "\"\" | ''"})
    void aQuotedValueIsReadAsWerkzeugReadsIt(String value, String text) {
        assertThat(IgnoredCookie.quotedText(value)).isEqualTo(text);
    }

    @Test
    void aSkippedQuotedPairSaysWhatWerkzeugReadsAndAnUnquotedOneDoesNot() {
        List<IgnoredCookie> ignored = IgnoredCookie.among(List.of("foo=\"\\342\\230\\203\"; note=a b; ok=1"),
                read("ok=1"));

        assertThat(ignored).extracting(IgnoredCookie::decoded).containsExactly("☃", null);
    }

    @Test
    void nothingIsIgnoredWhenEveryPairWasRead() {
        assertThat(IgnoredCookie.among(List.of("a=1; b=2"), read("a=1", "b=2"))).isEmpty();
        assertThat(IgnoredCookie.among(List.of("a=1;; ;b=2 "), read("a=1", "b=2"))).isEmpty();
        assertThat(IgnoredCookie.among(List.of(), read())).isEmpty();
    }

    @Test
    void aValueWithASpaceIsIgnoredAndExplained() {
        List<IgnoredCookie> ignored = IgnoredCookie.among(List.of("a=1; note=a b; c=2"), read("a=1", "c=2"));

        assertThat(ignored).singleElement().satisfies(pair -> {
            assertThat(pair.pair()).isEqualTo("note=a b");
            assertThat(pair.name()).isEqualTo("note");
            assertThat(pair.reason()).startsWith("Its value holds a space, which RFC 6265 §4.1.1 does not allow");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "a b=1 => Its name holds a space: a cookie name must be a token (RFC 6265 §4.1.1).",
            "a(b=1 => Its name holds '(': a cookie name must be a token (RFC 6265 §4.1.1).",
            "=v => It has no name, so there is nothing to read it by.",
            "q=\"a b\" => Its value holds a space",
            "c=1\\2 => Its value holds '\\'",
            "d=x\"y => Its value holds '\"'",
            "$Version=2 => The server did not read it."})
    void eachSkippedPairSaysWhy(String pair, String reason) {
        List<IgnoredCookie> ignored = IgnoredCookie.among(List.of("ok=1; " + pair), read("ok=1"));

        assertThat(ignored).singleElement().extracting(IgnoredCookie::reason).asString().startsWith(reason);
    }

    @Test
    void aCommaIsPartOfTheValueItSpoils() {
        List<IgnoredCookie> ignored = IgnoredCookie.among(List.of("a=1, b=2; c=3"), read("c=3"));

        assertThat(pairs(ignored)).containsExactly("a=1, b=2");
        assertThat(ignored.get(0).reason()).startsWith("Its value holds ','");
    }

    @Test
    void aQuotedValueMatchesItsTextAndAPairWithoutEqualsAnEmptyValue() {
        List<IgnoredCookie> ignored = IgnoredCookie.among(List.of("x=\"b\"; flag; bad=a b; f=1"),
                read("x=b", "flag=", "f=1"));

        assertThat(pairs(ignored)).containsExactly("bad=a b");
    }

    @Test
    void pairsAreReadAsUtf8AcrossSeveralHeaders() {
        List<IgnoredCookie> ignored = IgnoredCookie.among(List.of("a=1", asSent("e=é x"), asSent("g=é")),
                read("a=1", "g=é"));

        assertThat(pairs(ignored)).containsExactly("e=é x");
        assertThat(ignored.get(0).name()).isEqualTo("e");
    }

    @Test
    void saysNothingWhenTheServerReadCookiesNoPairMatches() {
        // An RFC 2109 header: Tomcat splits it at commas too, and reads cookies the ';' pairs do not show.
        assertThat(IgnoredCookie.among(List.of("$Version=1; a=1, b=2; c=x y"), read("a=1", "b=2"))).isEmpty();
    }
}
