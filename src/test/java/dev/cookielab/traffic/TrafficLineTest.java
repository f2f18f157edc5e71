package dev.cookielab.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookielab.traffic.TrafficLine.SentCookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrafficLineTest {

    private static final List<String> TUTORIAL_SET = List.of("Name=AskPython; Path=/; HttpOnly; SameSite=Lax");

    @Test
    void masksValuesAndKeepsAttributes() {
        String line = TrafficLine.format("GET", "/setcookie", 200,
                List.of(new SentCookie("Name", "AskPython")), TUTORIAL_SET, false);

        assertThat(line).isEqualTo("GET /setcookie 200 cookies=[Name(9 bytes)] "
                + "set-cookie=[Name=<9 bytes>; Path=/; HttpOnly; SameSite=Lax]");
        assertThat(line).doesNotContain("AskPython");
    }

    @Test
    void showsValuesOnlyWhenAskedTo() {
        String line = TrafficLine.format("GET", "/setcookie", 200,
                List.of(new SentCookie("Name", "AskPython")), TUTORIAL_SET, true);

        assertThat(line).isEqualTo("GET /setcookie 200 cookies=[Name=AskPython] "
                + "set-cookie=[Name=AskPython; Path=/; HttpOnly; SameSite=Lax]");
    }

    @Test
    void writesAnExchangeWithoutCookiesAsEmptyLists() {
        assertThat(TrafficLine.format("HEAD", "/", 404, List.of(), List.of(), false))
                .isEqualTo("HEAD / 404 cookies=[] set-cookie=[]");
    }

    @Test
    void separatesSeveralCookiesAndHeaders() {
        String line = TrafficLine.format("POST", "/setcookie", 200,
                List.of(new SentCookie("a", "1"), new SentCookie("b", "")),
                List.of("a=; Max-Age=0; Path=/", "c=xyz; Path=/"), false);

        assertThat(line).endsWith("cookies=[a(1 bytes), b(0 bytes)] "
                + "set-cookie=[a=<0 bytes>; Max-Age=0; Path=/ | c=<3 bytes>; Path=/]");
    }

    @Test
    void escapesCarriageReturnAndLineFeedInNamesValuesAndPath() {
        String line = TrafficLine.format("GET", "/x\r\ny", 200,
                List.of(new SentCookie("evil\r\nINFO: forged", "v\n")), List.of(), true);

        assertThat(line).doesNotContain("\r", "\n")
                .contains("/x\\u000D\\u000Ay", "evil\\u000D\\u000AINFO: forged=v\\u000A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AskPython", "café ☕", "\uD83C\uDF6A", "", "\u00FF\u0800"})
    void countsValueSizesInUtf8Bytes(String value) {
        assertThat(TrafficLine.utf8Length(value)).isEqualTo(value.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void cutsAnOverlongLineVisibly() {
        String line = TrafficLine.format("GET", "/" + "p".repeat(10_000), 200, List.of(), List.of(), false);

        assertThat(line).hasSize(TrafficLine.MAX_LENGTH).endsWith("...[truncated]");
    }
}
