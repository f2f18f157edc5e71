package dev.cookielab.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogTextTest {

    @ParameterizedTest(name = "U+{0} is escaped")
    @ValueSource(strings = {"0000", "0009", "000A", "000D", "001B", "007F", "0085", "009B", "00A0", "200B",
            "200E", "2028", "2029", "202A", "202B", "202C", "202D", "202E", "2066", "2069", "FEFF", "E000"})
    void escapesInvisibleAndLineBreakingCharacters(String hex) {
        char hidden = (char) Integer.parseInt(hex, 16);

        String escaped = LogText.escape("a" + hidden + "b");

        assertThat(escaped).isEqualTo("a\\u" + hex + "b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\nINFO forged entry", "x\u001B[31mred", "\u202Eevil"})
    void escapedTextHoldsNoControlOrFormatCharacter(String text) {
        String escaped = LogText.escape(text);

        assertThat(escaped.codePoints()).allSatisfy(cp -> assertThat(cp).isBetween(0x20, 0x7E));
    }

    @org.junit.jupiter.api.Test
    void escapesUnpairedSurrogatesButKeepsPairs() {
        assertThat(LogText.escape("\uD83C\uDF6A")).isEqualTo("\uD83C\uDF6A");
        assertThat(LogText.escape("x\uD83Cy")).isEqualTo("x\\uD83Cy");
    }
}
