package dev.cookielab.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookielab.web.LogText;
import java.nio.charset.StandardCharsets;
import dev.cookielab.traffic.TrafficLine.Detail;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrafficLineTest {

    private static final List<String> TUTORIAL_SET = List.of("Name=AskPython; Path=/; HttpOnly; SameSite=Lax");
    private static final Pattern DIGEST = Pattern.compile("#([0-9a-f]{6})");

    private final TrafficLine line = new TrafficLine();

    private String sizes(List<String> sent, List<String> set) {
        return line.format("GET", "/", 200, sent, set, Detail.SIZES);
    }

    private String digests(List<String> sent, List<String> set) {
        return line.format("GET", "/", 200, sent, set, Detail.DIGEST);
    }

    private String values(List<String> sent, List<String> set) {
        return line.format("GET", "/", 200, sent, set, Detail.VALUES);
    }

    @Test
    void masksValuesWithTheirSizeAndKeepsAttributes() {
        String logged = line.format("GET", "/setcookie", 200, List.of("Name=AskPython"), TUTORIAL_SET, Detail.SIZES);

        assertThat(logged).isEqualTo("GET /setcookie 200 cookies=[Name(9 bytes)] "
                + "set-cookie=[Name=<9 bytes>; Path=/; HttpOnly; SameSite=Lax]");
    }

    @Test
    void atFineAddsAKeyedDigestThatIsTheSameForTheSameValueSentAndSet() {
        String logged = digests(List.of(asTomcatHandsItOver("v=café; w=other")), List.of("x=café; Path=/"));

        assertThat(logged).matches("GET / 200 cookies=\\[v\\(5 bytes #([0-9a-f]{6})\\), w\\(5 bytes #[0-9a-f]{6}\\)\\] "
                + "set-cookie=\\[x=<5 bytes #\\1>; Path=/\\]");
        assertThat(digestsIn(logged).get(1)).isNotEqualTo(digestsIn(logged).get(0));
        assertThat(logged).doesNotContain("caf");
    }

    /** The digest is an HMAC under a key made at start: the same value digests alike in one run, not across runs. */
    @Test
    void theDigestIsTheSameForTheSameValueInOneRunOnly() {
        String first = digests(List.of("s=token-1"), List.of());
        String again = digests(List.of("s=token-1"), List.of());
        String otherRun = new TrafficLine().format("GET", "/", 200, List.of("s=token-1"), List.of(), Detail.DIGEST);

        assertThat(first).isEqualTo(again).isNotEqualTo(otherRun);
    }

    @Test
    void showsValuesOnlyWhenAskedTo() {
        assertThat(line.format("GET", "/setcookie", 200, List.of("Name=AskPython"), TUTORIAL_SET, Detail.VALUES))
                .isEqualTo("GET /setcookie 200 cookies=[Name=AskPython] "
                        + "set-cookie=[Name=AskPython; Path=/; HttpOnly; SameSite=Lax]");
    }

    @Test
    void writesAnExchangeWithoutCookiesAsEmptyLists() {
        assertThat(line.format("HEAD", "/", 404, List.of(), List.of(), Detail.SIZES)).isEqualTo("HEAD / 404 cookies=[] set-cookie=[]");
    }

    @Test
    void separatesSeveralCookiesAndHeadersAndGivesEmptyValuesNoDigest() {
        String logged = line.format("POST", "/setcookie", 200, List.of("a=1; b=", "c=2"),
                List.of("a=; Max-Age=0; Path=/", "c=xyz; Path=/"), Detail.DIGEST);

        assertThat(logged).matches(".* cookies=\\[a\\(1 bytes #\\w{6}\\), b\\(0 bytes\\), c\\(1 bytes #\\w{6}\\)\\] "
                + "set-cookie=\\[a=<0 bytes>; Max-Age=0; Path=/ \\| c=<3 bytes #\\w{6}>; Path=/\\]");
    }

    @Test
    void escapesCarriageReturnAndLineFeedInNamesValuesAndPath() {
        String logged = line.format("GET", "/x\r\ny", 200, List.of("evil\r\nINFO: forged=v\n"), List.of(),
                Detail.VALUES);

        assertThat(logged).doesNotContain("\r", "\n")
                .contains("/x\\u000D\\u000Ay", "evil\\u000D\\u000AINFO:\\u0020forged=v\\u000A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AskPython", "café ☕", "\uD83C\uDF6A", "", "\u00FF\u0800"})
    void countsValueSizesInTheUtf8BytesSentAndShowsThemAsText(String value) {
        String sent = asTomcatHandsItOver("v=" + value);

        assertThat(sizes(List.of(sent), List.of()))
                .contains("v(" + value.getBytes(StandardCharsets.UTF_8).length + " bytes");
        assertThat(values(List.of(sent), List.of())).contains("cookies=[v=" + field(value) + "]");
    }

    /**
     * A name or value is shown as {@link LogText} escapes it, whether the line copies it from the header (plain
     * ASCII) or decodes it first (a backslash, a control, anything not ASCII).
     */
    @Property(tries = 2000)
    void showsEachNameAndValueSentAsLogTextEscapesIt(@ForAll("cookieText") String name,
            @ForAll("cookieText") String value) {
        assertThat(values(List.of(asTomcatHandsItOver(name + "=" + value)), List.of())).isEqualTo(
                "GET / 200 cookies=[" + field(name) + "=" + field(value) + "] set-cookie=[]");
    }

    private static String field(String text) {
        StringBuilder out = new StringBuilder();
        LogText.appendEscaped(out, text, TrafficLine.FIELD_DELIMITERS);
        return out.toString();
    }

    /** A header that did not come from Tomcat may hold characters no byte stands for: they are not copied as such. */
    @Test
    void neverCopiesACharacterAboveU00FFFromAHeaderUnescaped() {
        assertThat(values(List.of("a\u202Eb=v\u2028w"), List.of())).doesNotContain("\u202E", "\u2028").startsWith("GET / 200 cookies=[a");
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
        assertThat(values(List.of(" a = 1 ;;\tb=x=y;   ; lonely ;e=;q=\"quoted\"", "h2=second header"), List.of()))
                .isEqualTo(
                "GET / 200 cookies=[a=1, b=x\\u003Dy, =lonely, e=, q=\"quoted\", h2=second\\u0020header] set-cookie=[]");
        assertThat(values(List.of("x; y;z"), List.of()))
                .isEqualTo("GET / 200 cookies=[=x, =y, =z] set-cookie=[]");
    }

    /** What Tomcat would refuse as a cookie is still what the request carried: shown, escaped. */
    @Test
    void showsPairsTomcatWouldRefuseEscaped() {
        assertThat(sizes(List.of(asTomcatHandsItOver("bad name\u202E=v; ok=1")), List.of()))
                .startsWith("GET / 200 cookies=[bad\\u0020name\\u202E(1 bytes), ok(1 bytes)");
    }

    @Test
    void stopsReadingAHugeHeaderOnceTheLineIsFull() {
        String flood = "n=v; ".repeat(100_000);

        assertThat(sizes(List.of(flood), List.of()))
                .hasSize(TrafficLine.MAX_LENGTH).endsWith("...[truncated]");
    }

    /** Tomcat gives a header's value one character per byte received (ISO-8859-1); a browser sends UTF-8. */
    private static List<String> digestsIn(String logged) {
        return DIGEST.matcher(logged).results().map(match -> match.group(1)).toList();
    }

    private static String asTomcatHandsItOver(String header) {
        return new String(header.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 10, 99, 100, 1000, 4095, 12345})
    void writesEverySizesDigits(int size) {
        String value = "x".repeat(size);

        assertThat(sizes(List.of("v=" + value), List.of("w=" + value + "; Path=/")))
                .startsWith("GET / 200 cookies=[v(" + size + " bytes)] set-cookie=[w=<" + size + " bytes>; Path=/]");
    }

    @Test
    void cutsAnOverlongLineVisibly() {
        assertThat(line.format("GET", "/" + "p".repeat(10_000), 200, List.of(), List.of(), Detail.SIZES)).hasSize(TrafficLine.MAX_LENGTH).endsWith("...[truncated]");
    }
}
