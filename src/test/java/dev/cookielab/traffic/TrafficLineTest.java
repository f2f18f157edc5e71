package dev.cookielab.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.crypto.macs.SipHash;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrafficLineTest {

    private static final byte[] KEY = "a 16-byte key...".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> TUTORIAL_SET = List.of("Name=AskPython; Path=/; HttpOnly; SameSite=Lax");

    private final TrafficLine masked = new TrafficLine(false, new ValueDigest(KEY));
    private final TrafficLine plain = new TrafficLine(true, new ValueDigest(KEY));

    /** The digest computed by another SipHash-1-3: Bouncy Castle's, its top 24 bits in hex. */
    private static String digest(String value) {
        SipHash sipHash = new SipHash(1, 3);
        sipHash.init(new KeyParameter(KEY));
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        sipHash.update(utf8, 0, utf8.length);
        return String.format("%016x", sipHash.doFinal()).substring(0, 6);
    }

    @Test
    void masksValuesWithSizeAndKeyedDigestAndKeepsAttributes() throws Exception {
        String line = masked.format("GET", "/setcookie", 200, List.of("Name=AskPython"),
                TUTORIAL_SET);

        String hash = digest("AskPython");
        assertThat(line).isEqualTo("GET /setcookie 200 cookies=[Name(9 bytes #" + hash + ")] "
                + "set-cookie=[Name=<9 bytes #" + hash + ">; Path=/; HttpOnly; SameSite=Lax]");
        assertThat(line).doesNotContain("AskPython");
    }

    @Test
    void theSameValueGetsTheSameDigestAndAnotherValueAnother() {
        String first = masked.format("GET", "/", 200, List.of("s=token-1"), List.of());
        String again = masked.format("GET", "/", 200, List.of("s=token-1"), List.of());
        String other = masked.format("GET", "/", 200, List.of("s=token-2"), List.of());

        assertThat(first).isEqualTo(again).isNotEqualTo(other);
    }

    @Test
    void anotherKeyGivesOtherDigests() {
        TrafficLine otherKey = new TrafficLine(false, ValueDigest.withRandomKey());
        List<String> sent = List.of("s=token-1");

        assertThat(otherKey.format("GET", "/", 200, sent, List.of()))
                .isNotEqualTo(masked.format("GET", "/", 200, sent, List.of()));
    }

    @Test
    void showsValuesOnlyWhenAskedTo() {
        String line = plain.format("GET", "/setcookie", 200, List.of("Name=AskPython"),
                TUTORIAL_SET);

        assertThat(line).isEqualTo("GET /setcookie 200 cookies=[Name=AskPython] "
                + "set-cookie=[Name=AskPython; Path=/; HttpOnly; SameSite=Lax]");
    }

    @Test
    void writesAnExchangeWithoutCookiesAsEmptyLists() {
        assertThat(masked.format("HEAD", "/", 404, List.of(), List.of())).isEqualTo("HEAD / 404 cookies=[] set-cookie=[]");
    }

    @Test
    void separatesSeveralCookiesAndHeadersAndGivesEmptyValuesNoDigest() throws Exception {
        String line = masked.format("POST", "/setcookie", 200,
                List.of("a=1; b=", "c=2"),
                List.of("a=; Max-Age=0; Path=/", "c=xyz; Path=/"));

        assertThat(line).endsWith("cookies=[a(1 bytes #" + digest("1") + "), b(0 bytes), c(1 bytes #" + digest("2")
                + ")] "
                + "set-cookie=[a=<0 bytes>; Max-Age=0; Path=/ | c=<3 bytes #" + digest("xyz") + ">; Path=/]");
    }

    @Test
    void escapesCarriageReturnAndLineFeedInNamesValuesAndPath() {
        String line = plain.format("GET", "/x\r\ny", 200,
                List.of("evil\r\nINFO: forged=v\n"), List.of());

        assertThat(line).doesNotContain("\r", "\n")
                .contains("/x\\u000D\\u000Ay", "evil\\u000D\\u000AINFO: forged=v\\u000A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AskPython", "café ☕", "\uD83C\uDF6A", "", "\u00FF\u0800"})
    void countsValueSizesInTheUtf8BytesSentAndShowsThemAsText(String value) {
        String sent = asTomcatHandsItOver("v=" + value);

        assertThat(masked.format("GET", "/", 200, List.of(sent), List.of()))
                .contains("v(" + value.getBytes(StandardCharsets.UTF_8).length + " bytes");
        assertThat(plain.format("GET", "/", 200, List.of(sent), List.of())).contains("cookies=[v=" + value + "]");
    }

    /**
     * A name or value is shown as {@link LogText} escapes it, whether the line copies it from the header (plain
     * ASCII) or decodes it first (a backslash, a control, anything not ASCII).
     */
    @Property(tries = 2000)
    void showsEachNameAndValueSentAsLogTextEscapesIt(@ForAll("cookieText") String name,
            @ForAll("cookieText") String value) {
        String line = plain.format("GET", "/", 200, List.of(asTomcatHandsItOver(name + "=" + value)), List.of());

        assertThat(line).isEqualTo(
                "GET / 200 cookies=[" + LogText.escape(name) + "=" + LogText.escape(value) + "] set-cookie=[]");
    }

    /** A header that did not come from Tomcat may hold characters no byte stands for: they are not copied as such. */
    @Test
    void neverCopiesACharacterAboveU00FFFromAHeaderUnescaped() {
        String line = plain.format("GET", "/", 200, List.of("a\u202Eb=v\u2028w"), List.of());

        assertThat(line).doesNotContain("\u202E", "\u2028").startsWith("GET / 200 cookies=[a");
    }

    /** Text of a pair as it reaches the line: no ';' or '=' (which would split it) and no blank (which is trimmed). */
    @Provide
    Arbitrary<String> cookieText() {
        return Arbitraries.strings()
                .withCharRange('\u0000', '\u00FF')
                .withChars('\u202E', '\u2028', '\u20AC', '\uFEFF', '\u4E2D')
                .excludeChars(';', '=', ' ', '\t')
                .ofMaxLength(12);
    }

    /** RFC 6265bis §5.6: pairs split at ';' and the first '=', blanks trimmed; a pair without '=' has no name. */
    @Test
    void readsEachPairOfTheCookieHeadersAsABrowserSendsIt() {
        String line = plain.format("GET", "/", 200,
                List.of(" a = 1 ;;\tb=x=y;   ; lonely ;e=;q=\"quoted\"", "h2=second header"), List.of());

        assertThat(line).isEqualTo(
                "GET / 200 cookies=[a=1, b=x=y, =lonely, e=, q=\"quoted\", h2=second header] set-cookie=[]");
        assertThat(plain.format("GET", "/", 200, List.of("x; y;z"), List.of()))
                .isEqualTo("GET / 200 cookies=[=x, =y, =z] set-cookie=[]");
    }

    /** What Tomcat would refuse as a cookie is still what the request carried: shown, escaped. */
    @Test
    void showsPairsTomcatWouldRefuseEscaped() {
        String line = masked.format("GET", "/", 200, List.of(asTomcatHandsItOver("bad name\u202E=v; ok=1")),
                List.of());

        assertThat(line).startsWith("GET / 200 cookies=[bad name\\u202E(1 bytes #" + digest("v") + "), ok(1 bytes #");
    }

    @Test
    void theSameValueSentAndSetGetsTheSameDigest() {
        String line = masked.format("GET", "/", 200, List.of(asTomcatHandsItOver("v=café")),
                List.of("w=café; Path=/"));

        assertThat(line).isEqualTo("GET / 200 cookies=[v(5 bytes #" + digest("café") + ")] set-cookie=[w=<5 bytes #"
                + digest("café") + ">; Path=/]");
    }

    @Test
    void stopsReadingAHugeHeaderOnceTheLineIsFull() {
        String flood = "n=v; ".repeat(100_000);

        assertThat(masked.format("GET", "/", 200, List.of(flood), List.of()))
                .hasSize(TrafficLine.MAX_LENGTH).endsWith("...[truncated]");
    }

    /** Tomcat gives a header's value one character per byte received (ISO-8859-1); a browser sends UTF-8. */
    private static String asTomcatHandsItOver(String header) {
        return new String(header.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 10, 99, 100, 1000, 4095, 12345})
    void writesEverySizesDigits(int size) {
        String value = "x".repeat(size);
        String line = masked.format("GET", "/", 200, List.of("v=" + value), List.of("w=" + value + "; Path=/"));

        assertThat(line).startsWith("GET / 200 cookies=[v(" + size + " bytes #" + digest(value) + ")] "
                + "set-cookie=[w=<" + size + " bytes #" + digest(value) + ">; Path=/]");
    }

    @Test
    void cutsAnOverlongLineVisibly() {
        String line = masked.format("GET", "/" + "p".repeat(10_000), 200, List.of(), List.of());

        assertThat(line).hasSize(TrafficLine.MAX_LENGTH).endsWith("...[truncated]");
    }
}
