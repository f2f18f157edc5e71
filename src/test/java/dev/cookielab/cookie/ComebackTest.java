package dev.cookielab.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComebackTest {

    private final CookieSigner signer = CookieSigner.fromKeyList("k");

    @Test
    void tellsWhetherTheBrowserSentBackWhatWasSet() {
        List<CookieReport> sent = List.of(CookieReport.of("n", "v1", signer));

        assertThat(Comeback.of(sent, CookieReport.fingerprint("v1"))).isEqualTo(Comeback.AS_SET);
        assertThat(Comeback.of(sent, CookieReport.fingerprint("v2"))).isEqualTo(Comeback.DIFFERENT);
        assertThat(Comeback.of(List.of(), CookieReport.fingerprint("v1"))).isEqualTo(Comeback.MISSING);
    }

    @Test
    void tellsWhetherTheValueSetCameBackBehindAnotherOfItsName() {
        List<CookieReport> sent = CookieReport.all(List.of(Map.entry("n", "old"), Map.entry("n", "new"),
                Map.entry("n", "older")), signer);

        assertThat(Comeback.of(sent, CookieReport.fingerprint("old"))).isEqualTo(Comeback.AS_SET);
        assertThat(Comeback.of(sent, CookieReport.fingerprint("new"))).isEqualTo(Comeback.SHADOWED);
        assertThat(Comeback.of(sent, CookieReport.fingerprint("older"))).isEqualTo(Comeback.SHADOWED);
        assertThat(Comeback.of(sent, CookieReport.fingerprint("other"))).isEqualTo(Comeback.DIFFERENT);
        assertThat(Comeback.of(sent, Comeback.DELETED)).isEqualTo(Comeback.STILL_THERE);
        assertThat(Comeback.SHADOWED.label()).isEqualTo("shadowed");
    }

    @Test
    void onlyAFingerprintOrDeletedIsAnExpectation() {
        assertThat(Comeback.isExpectation(CookieReport.fingerprint("dark"))).isTrue();
        assertThat(Comeback.isExpectation(Comeback.DELETED)).isTrue();
        assertThat(Comeback.isExpectation("dark")).isFalse();
        assertThat(Comeback.isExpectation(CookieReport.fingerprint("dark") + "x")).isFalse();
        assertThat(Comeback.isExpectation("abcdefghijklmno!")).isFalse();
    }

    @Test
    void tellsWhetherADeletedCookieIsGone() {
        assertThat(Comeback.of(List.of(), Comeback.DELETED)).isEqualTo(Comeback.GONE);
        assertThat(Comeback.of(List.of(CookieReport.of("n", "v", signer)), Comeback.DELETED))
                .isEqualTo(Comeback.STILL_THERE);
        assertThat(Comeback.STILL_THERE.label()).isEqualTo("still-there");
    }
}
