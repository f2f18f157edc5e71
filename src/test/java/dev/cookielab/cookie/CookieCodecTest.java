package dev.cookielab.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CookieCodecTest {

    @ParameterizedTest(name = "[{2}] {0} -> {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '\'', value = {
            "AskPython => AskPython => Flask tutorial",
            "hello world => hello%20world => Tomcat CookieExample: 500 on this value",
            "a,b => a%2Cb => RFC 6265bis §4.1.1: comma is not a cookie-octet",
            "a;b => a%3Bb => RFC 6265bis §4.1.1: semicolon",
            "a\\b => a%5Cb => RFC 6265bis §4.1.1: backslash",
            "say \"hi\" => say%20%22hi%22 => RFC 6265bis §4.1.1: DQUOTE",
            "☃ => %E2%98%83 => Werkzeug test_http.py test_cookie_unicode_dumping",
            "café ☕; \"x\" => caf%C3%A9%20%E2%98%95%3B%20%22x%22 => issue 4 browser case",
            "100% => 100%25 => percent itself, so decoding is unambiguous",
            "a|b => a%7Cb => pipe, reserved as the signature separator",
            "()<>@:/[]?={} => ()<>@:/[]?={} => Tomcat TestCookies: separators that are still cookie-octets",
            "dismiss-top=6 => dismiss-top=6 => Werkzeug test_http.py test_parse_cookie"})
    void encodesWhatIsNotACookieOctet(String text, String encoded, String source) {
        assertThat(CookieCodec.encode(text)).isEqualTo(encoded);
        assertThat(CookieCodec.decode(encoded)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t", "\r\n", "\u0000", "\u007F", "\u0085"})
    void encodesControlCharacters(String control) {
        assertThat(CookieCodec.encode("x" + control)).matches("x(%[0-9A-F]{2})+");
    }

    @ParameterizedTest(name = "decode({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
            "%|%",
            "%4|%4",
            "%zz|%zz",
            "50%off|50%off",
            "%E2%82|\uFFFD",
            "%FF|\uFFFD",
            "%41%42|AB",
            "%c3%a9|é"})
    void decodingNeverFailsOnMalformedInput(String raw, String decoded) {
        assertThat(CookieCodec.decode(raw)).isEqualTo(decoded);
    }

    /** Python's unquote and Werkzeug leave these as they are: only ASCII 0-9A-Fa-f are hex digits. */
    @ParameterizedTest(name = "decode({0}) stays as sent")
    @ValueSource(strings = {"%\uFF14\uFF11", "%\u0664\u0661", "w=%\uFF43\uFF13%\uFF41\uFF19", "%\u0664A", "%A\u0661"})
    void digitsOutsideAsciiAreNotHexDigits(String raw) {
        assertThat(CookieCodec.decode(raw)).isEqualTo(raw);
    }

    @Property(tries = 2000)
    void anyTextRoundTrips(@ForAll("text") String text) {
        String encoded = CookieCodec.encode(text);

        assertThat(encoded.chars()).allMatch(ch -> CookieCodec.isCookieOctet(ch) && ch != '|');
        assertThat(CookieCodec.decode(encoded)).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> text() {
        // Any sequence of Unicode scalar values: what a form or a JSON client can send.
        return Arbitraries.integers().between(0, 0x10FFFF)
                .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .list().ofMaxSize(40)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString());
    }
}
