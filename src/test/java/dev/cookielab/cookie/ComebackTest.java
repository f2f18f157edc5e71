package dev.cookielab.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComebackTest {

    private final CookieSigner signer = CookieSigner.fromKeyList("k");

    @Test
    void tellsWhetherTheBrowserSentBackWhatWasSet() {
        CookieReport sent = CookieReport.of("n", "v1", signer);

        assertThat(Comeback.of(sent, CookieReport.fingerprint("v1"))).isEqualTo(Comeback.AS_SET);
        assertThat(Comeback.of(sent, CookieReport.fingerprint("v2"))).isEqualTo(Comeback.DIFFERENT);
        assertThat(Comeback.of(null, CookieReport.fingerprint("v1"))).isEqualTo(Comeback.MISSING);
    }

    @Test
    void tellsWhetherADeletedCookieIsGone() {
        assertThat(Comeback.of(null, Comeback.DELETED)).isEqualTo(Comeback.GONE);
        assertThat(Comeback.of(CookieReport.of("n", "v", signer), Comeback.DELETED)).isEqualTo(Comeback.STILL_THERE);
        assertThat(Comeback.STILL_THERE.label()).isEqualTo("still-there");
    }
}
