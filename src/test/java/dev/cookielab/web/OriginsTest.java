package dev.cookielab.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginsTest {

    @ParameterizedTest(name = "Sec-Fetch-Site={0}, Origin={1} -> refused {2}")
    @CsvSource(nullValues = "-", value = {
            "-, -, false",
            "same-origin, http://localhost:8080, false",
            "none, -, false",
            "cross-site, -, true",
            "same-site, -, true",
            "-, http://evil.example, true",
            "-, null, true",
            "-, http://localhost:8081, true",
            "-, https://localhost:8080, true",
            "-, HTTP://LOCALHOST:8080, false",
            "same-origin, null, false",
            "cross-site, http://localhost:8080, true"})
    void refusesAnythingButSameOriginTrustingFetchMetadataFirst(String secFetchSite, String origin, boolean refused) {
        assertThat(Origins.refuses(secFetchSite, origin, "http://localhost:8080")).isEqualTo(refused);
    }
}
