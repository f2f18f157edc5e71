package dev.cookielab.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chromium's net/cookies/parsed_cookie_unittest.cc, the vectors that concern how a line is read (name, value, flags,
 * Path, sizes), replayed through the model's parser. Each test names Chromium's. Facts carried over, in our own form.
 */
class ChromiumParsedCookieTest {

    private static SetCookieLine parse(String line) {
        return SetCookieLine.parse(line, new ArrayList<>());
    }

    @Test
    void testBasic() {
        SetCookieLine plain = parse("a=b");
        SetCookieLine full = parse("c=d; secure; httponly; path=/foo; domain=bar.test; max-age=60; samesite=lax; "
                + "priority=high; partitioned;");

        assertThat(List.of(plain.name(), plain.value())).containsExactly("a", "b");
        assertThat(plain.secure() || plain.httpOnly() || plain.partitioned()).isFalse();
        assertThat(plain.path()).isNull();
        assertThat(plain.sameSite()).isNull();
        assertThat(List.of(full.name(), full.value(), full.path(), full.domain())).containsExactly("c", "d", "/foo",
                "bar.test");
        assertThat(full.secure() && full.httpOnly() && full.partitioned()).isTrue();
        assertThat(full.maxAge()).isEqualTo(60);
        assertThat(full.sameSite()).isEqualTo(SameSite.LAX);
    }

    @ParameterizedTest(name = "TestEmpty: \"{0}\"")
    @ValueSource(strings = {"", "     ", "=", "=;", " =;", "= ;", " = ;", ";", " ;", " ; ", "\t", "\t;", "\t=\t",
            "\t=", "=\t"})
    void testEmpty(String line) {
        assertThat(parse(line).refusal()).isEqualTo(Refusal.NO_COOKIE_CONTENT);
    }

    @Test
    void testQuoted() {
        // Chromium keeps a quoted Path as it is ("\"/\""), then stores the default path: here the Path is ignored.
        String[][] cases = {{"\"zzz \"  ", "\"zzz \""}, {"\"zz;pp\" ;", "\"zz"},
                {"\"zzz \"   \"ppp\" ", "\"zzz \"   \"ppp\""}, {"A\"B", "A\"B"}};
        for (String[] test : cases) {
            SetCookieLine parsed = parse("aBc=" + test[0] + " ; path=\"/\"  ; httponly ");
            assertThat(List.of(parsed.name(), parsed.value())).as(test[0]).containsExactly("aBc", test[1]);
            assertThat(parsed.httpOnly()).isTrue();
            assertThat(parsed.secure()).isFalse();
        }
    }

    @Test
    void testNamelessAttributeCaseAndDoubleQuotedNameless() {
        SetCookieLine nameless = parse("BLAHHH; path=/; secure;");
        SetCookieLine cased = parse("BLAH; Path=/; sECuRe; httpONLY; sAmESitE=LaX; pRIoRitY=hIgH; pARTitIoNeD;");
        SetCookieLine quoted = parse("\"BLA\\\"HHH\"; path=/; secure;");

        assertThat(List.of(nameless.name(), nameless.value(), nameless.path())).containsExactly("", "BLAHHH", "/");
        assertThat(nameless.secure()).isTrue();
        assertThat(List.of(cased.name(), cased.value(), cased.path())).containsExactly("", "BLAH", "/");
        assertThat(cased.secure() && cased.httpOnly() && cased.partitioned()).isTrue();
        assertThat(cased.sameSite()).isEqualTo(SameSite.LAX);
        assertThat(quoted.value()).isEqualTo("\"BLA\\\"HHH\"");
    }

    @Test
    void quoteOffTheEndMissingNameAndMissingValue() {
        assertThat(List.of(parse("a=\"B").name(), parse("a=\"B").value())).containsExactly("a", "\"B");
        assertThat(List.of(parse("=ABC").name(), parse("=ABC").value())).containsExactly("", "ABC");
        SetCookieLine missingValue = parse("ABC=;  path = /wee");
        assertThat(List.of(missingValue.name(), missingValue.value(), missingValue.path()))
                .containsExactly("ABC", "", "/wee");
    }

    @Test
    void whitespaceAndMultipleEquals() {
        SetCookieLine spaced = parse("  A  = BC  ;secure;;;   samesite = lax     ");
        SetCookieLine equals = parse("  A=== BC  ;secure;;;   httponly");

        assertThat(List.of(spaced.name(), spaced.value())).containsExactly("A", "BC");
        assertThat(spaced.secure()).isTrue();
        assertThat(spaced.sameSite()).isEqualTo(SameSite.LAX);
        assertThat(List.of(equals.name(), equals.value())).containsExactly("A", "== BC");
        assertThat(equals.secure() && equals.httpOnly()).isTrue();
    }

    @Test
    void quotedTrailingWhitespaceTrailingWhitespaceAndLotsOfPairs() {
        SetCookieLine quoted = parse("ANCUUID=\"zohNumRKgI0oxyhSsV3Z7D\"  ; expires=Sun, 18-Apr-2027 21:06:29 GMT ; "
                + "path=/  ;  ");
        SetCookieLine plain = parse("ANCUUID=zohNumRKgI0oxyhSsV3Z7D  ; expires=Sun, 18-Apr-2027 21:06:29 GMT ; "
                + "path=/  ;  ");

        assertThat(quoted.value()).isEqualTo("\"zohNumRKgI0oxyhSsV3Z7D\"");
        assertThat(plain.value()).isEqualTo("zohNumRKgI0oxyhSsV3Z7D");
        assertThat(plain.expires()).isNotNull();
        assertThat(plain.path()).isEqualTo("/");
        for (int i = 1; i < 100; i++) {
            SetCookieLine pairs = parse("a=b;" + ";".repeat(i) + "secure");
            assertThat(pairs.secure()).isTrue();
            assertThat(pairs.value()).isEqualTo("b");
        }
    }

    @Test
    void enforceSizeConstraints() {
        String maxName = "a".repeat(4096);
        String maxValue = "b".repeat(4096);
        String almostName = maxName.substring(1);
        String almostValue = maxValue.substring(1);

        for (String valid : List.of(maxName + "=", maxName + "=; path=/foo;", "=" + maxValue, "=" + maxValue
                + "; path=/foo;", almostName + "=x", almostName + "=x; path=/foo;", "x=" + almostValue, "x="
                + almostValue + "; path=/foo;")) {
            assertThat(parse(valid).refusal()).as(valid.length() + " chars").isNull();
        }
        for (String tooLarge : List.of(maxName + "X=", "=" + maxValue + "X", almostName + "=xX", "xX=" + almostValue)) {
            assertThat(parse(tooLarge).refusal()).isEqualTo(Refusal.NAME_VALUE_TOO_LARGE);
        }
    }
}
