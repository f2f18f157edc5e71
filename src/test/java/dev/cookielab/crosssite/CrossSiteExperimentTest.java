package dev.cookielab.crosssite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookielab.cookie.CookieSpec;
import dev.cookielab.cookie.SameSite;
import dev.cookielab.crosssite.CrossSiteExperiment.Probe;
import dev.cookielab.crosssite.CrossSiteExperiment.TestCookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossSiteExperimentTest {

    @ParameterizedTest(name = "{1} on {0}: {2}")
    @CsvSource({
            "link, strict, false", "link, lax, true", "link, default, true", "link, partitioned, true",
            "link, iframe-partitioned, false", "form-post, lax, false", "form-post, default, false",
            "form-post, none, true", "img, none, true", "img, lax, false", "img, partitioned, false",
            "iframe, iframe-partitioned, true", "fetch, iframe-unpartitioned, true", "fetch-omit, none, false"})
    void expectsWhatRfc6265bisAndChipsSayWithThirdPartyCookiesAllowed(String probe, String cookie, boolean sent) {
        assertThat(CrossSiteExperiment.expected(Probe.of(probe), cookie(cookie))).isEqualTo(sent);
    }

    private static TestCookie cookie(String label) {
        return TestCookie.valueOf(label.toUpperCase().replace('-', '_'));
    }

    @Test
    void eachKnownDifferenceHasItsReason() {
        assertThat(CrossSiteExperiment.ifItDiffers(Probe.IMG, TestCookie.NONE)).startsWith("Third-party cookies");
        assertThat(CrossSiteExperiment.ifItDiffers(Probe.LINK, TestCookie.IFRAME_UNPARTITIONED))
                .startsWith("Refused when the iframe set it");
        assertThat(CrossSiteExperiment.ifItDiffers(Probe.FORM_POST, TestCookie.DEFAULT))
                .startsWith("Lax-allowing-unsafe");
        assertThat(CrossSiteExperiment.ifItDiffers(Probe.LINK, TestCookie.STRICT)).startsWith("Your browser's own policy");
    }

    @Test
    void plantsFiveTopLevelAndTwoInTheFrameAllUnderThePrefixAndSecureWhereRequired() {
        assertThat(CrossSiteExperiment.planted(false)).extracting(CookieSpec::name).containsExactly("cl-xs-strict",
                "cl-xs-lax", "cl-xs-none", "cl-xs-default", "cl-xs-partitioned");
        assertThat(CrossSiteExperiment.planted(false)).allMatch(spec -> spec.secure() == (spec.sameSite() == SameSite.NONE))
                .allMatch(spec -> spec.maxAge() == 600 && spec.httpOnly());
        assertThat(CrossSiteExperiment.planted(false).get(3).sameSite()).isNull();
        assertThat(CrossSiteExperiment.framePair(false)).extracting(CookieSpec::partitioned).containsExactly(true, false);
    }

    @Test
    void clearingExpiresEachNameInBothJarsWhereSecureCookiesCanLive() {
        assertThat(CrossSiteExperiment.clearing(true)).hasSize(14).allMatch(CookieSpec::deletes)
                .filteredOn(CookieSpec::partitioned).hasSize(7);
        assertThat(CrossSiteExperiment.clearing(false)).hasSize(7).noneMatch(CookieSpec::secure);
    }
}
