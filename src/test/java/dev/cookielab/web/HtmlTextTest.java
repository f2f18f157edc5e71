package dev.cookielab.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

    @ParameterizedTest(name = "text({0}) = {1}")
    @CsvSource(delimiterString = " => ", value = {
            "abc\u202Etxt.exe => abc[U+202E]txt.exe",
            "a\u200Bb => a[U+200B]b",
            "line\u0085break => line[U+0085]break",
            "café ☕ x => café ☕ x",
            "\uD83C\uDF6A and x\uD83Cy => \uD83C\uDF6A and x[U+D83C]y",
            "plain text, then <b> => plain text, then &lt;b&gt;",
            "<b a=\"1\">'&' => &lt;b a=&#034;1&#034;&gt;&#039;&amp;&#039;"})
    void escapesMarkupLikeCOutAndShowsHiddenCharacters(String text, String shown) {
        assertThat(HtmlText.text(text)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "attribute({0}) = {1}")
    @CsvSource(delimiterString = " => ", value = {
            "\"><b a='1'>&x => &#034;&gt;&lt;b a=&#039;1&#039;&gt;&amp;x",
            "abc\u202Etxt => abc&#x202E;txt",
            "a b => a b"})
    void escapesMarkupAndHiddenCharactersForAttributes(String text, String escaped) {
        assertThat(HtmlText.attribute(text)).isEqualTo(escaped);
    }

    @Test
    void givesPlainTextBackAsItIs() {
        String plain = "AskPython: letters, digits 0-9 and !#$%()*+,-./:;=?@[]^_`{|}~";

        assertThat(HtmlText.text(plain)).isSameAs(plain);
        assertThat(HtmlText.attribute(plain)).isSameAs(plain);
    }

    @Test
    void keepsLineBreaksForABlockAndShowsOtherHiddenCharacters() {
        assertThat(HtmlText.lines("{\n  \"a\": \"<b>\u202E\"\n}")).isEqualTo(
                "{\n  &#034;a&#034;: &#034;&lt;b&gt;[U+202E]&#034;\n}".replace("&#034;", HtmlText.text("\"")));
    }
}
