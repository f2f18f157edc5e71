package dev.cookielab.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CookieSignerTest {

    private final CookieSigner signer = CookieSigner.fromKeyList("new-key, old-key");

    @Test
    void signsWithAnHmacTheVerifierAccepts() {
        String signed = signer.sign("session", "abc");

        assertThat(signed).matches("abc\\|[A-Za-z0-9_-]{43}");
        assertThat(signer.verify("session", signed)).isEqualTo(Signature.VALID);
        assertThat(CookieSigner.unsigned(signed)).isEqualTo("abc");
    }

    @Test
    void acceptsSignaturesFromAnOlderKeyAfterRotation() {
        String signedWithOld = CookieSigner.fromKeyList("old-key").sign("session", "abc");

        assertThat(signer.verify("session", signedWithOld)).isEqualTo(Signature.VALID);
        assertThat(CookieSigner.fromKeyList("other").verify("session", signedWithOld)).isEqualTo(Signature.INVALID);
    }

    @Test
    void aSignatureMovedToAnotherNameIsInvalid() {
        String signed = signer.sign("a", "value");

        assertThat(signer.verify("b", signed)).isEqualTo(Signature.INVALID);
    }

    @Test
    void aChangedValueIsInvalid() {
        String signed = signer.sign("a", "value");

        assertThat(signer.verify("a", "valuf" + signed.substring(5))).isEqualTo(Signature.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc|", "abc|!!!", "abc|short", "abc|AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "abc|é", "|", "||"})
    void malformedSignaturesAreInvalidNeverAnException(String raw) {
        assertThat(signer.verify("a", raw)).isEqualTo(Signature.INVALID);
    }

    @Test
    void aHugeSignatureIsInvalid() {
        assertThat(signer.verify("a", "abc|" + "A".repeat(10_000))).isEqualTo(Signature.INVALID);
    }

    @Test
    void aFlippedCharacterIsInvalid() {
        String signed = signer.sign("a", "abc");
        char last = signed.charAt(signed.length() - 1);
        String flipped = signed.substring(0, signed.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(signer.verify("a", flipped)).isEqualTo(Signature.INVALID);
    }

    @Test
    void aValueWithoutSeparatorIsUnsigned() {
        assertThat(signer.verify("a", "AskPython")).isEqualTo(Signature.UNSIGNED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " , ,"})
    void withoutKeysARandomKeyIsMadeAndSaidSo(String keys) {
        CookieSigner first = CookieSigner.fromKeyList(keys);
        CookieSigner second = CookieSigner.fromKeyList(null);

        assertThat(first.generatedKey()).isTrue();
        assertThat(second.verify("a", first.sign("a", "v"))).isEqualTo(Signature.INVALID);
        assertThat(signer.generatedKey()).isFalse();
    }
}
