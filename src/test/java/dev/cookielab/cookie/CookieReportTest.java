package dev.cookielab.cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CookieReportTest {

    private final CookieSigner signer = CookieSigner.fromKeyList("k");

    @Test
    void numbersEachCookieAmongThoseOfItsName() {
        List<CookieReport> sent = CookieReport.all(List.of(Map.entry("a", "1"), Map.entry("b", "2"),
                Map.entry("a", "3"), Map.entry("a", "4")), signer);

        assertThat(sent).extracting(CookieReport::name, CookieReport::value, CookieReport::shadowedBy)
                .containsExactly(tuple("a", "1", 0), tuple("b", "2", 0), tuple("a", "3", 1), tuple("a", "4", 2));
    }

    @Test
    void reportsTheDecodedValueTheRawOneAndTheSizeSent() {
        CookieReport report = CookieReport.of("greeting", "caf%C3%A9", signer);

        assertThat(report).extracting(CookieReport::value, CookieReport::raw, CookieReport::bytes,
                CookieReport::signature, CookieReport::shadowedBy)
                .containsExactly("café", "caf%C3%A9", 18, Signature.UNSIGNED, 0);
    }
}
