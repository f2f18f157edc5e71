package dev.cookielab.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookielab.cookie.BrowserModel.Outcome;
import dev.cookielab.cookie.BrowserModel.Request;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The browser model's decisions, each named as Chromium names it (DevTools' SetCookieBlockedReason). */
class BrowserModelTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final URI HTTPS = URI.create("https://www.example.co.uk/account/login");
    private static final URI HTTP = URI.create("http://www.example.co.uk/account/login");

    private final BrowserModel browser = new BrowserModel();

    private Outcome receive(String line, URI url) {
        return browser.receive(line, url, NOW, null);
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "a=1; SameSite=None | https | SameSiteNoneInsecure",
            "a=1; Secure | http | SecureOnly",
            "a=1; Secure; Partitioned | http | EXCLUDE_INVALID_PARTITIONED",
            "a=1; Partitioned | https | EXCLUDE_INVALID_PARTITIONED",
            "__Host-a=1; Secure; Path=/ | http | InvalidPrefix",
            "__Secure-a=1 | https | InvalidPrefix",
            "__secure-a=1 | https | InvalidPrefix",
            "__Host-a=1; Secure; Path=/; Domain=www.example.co.uk | https | InvalidPrefix",
            "__Host-a=1; Secure | https | InvalidPrefix",
            "=__Host-a | https | InvalidPrefix",
            "a=1; Domain=co.uk | https | InvalidDomain",
            "a=1; Domain=example.com | https | InvalidDomain",
            "a=1; Domain=ww.example.co.uk | https | InvalidDomain",
            "= | https | NoCookieContent"})
    void refusesAsChromiumNamesIt(String line, String scheme, String chromium) {
        Outcome outcome = receive(line, scheme.equals("https") ? HTTPS : HTTP);

        assertThat(outcome.stored()).isFalse();
        assertThat(outcome.refusals()).extracting(Refusal::chromium).first().isEqualTo(chromium);
        assertThat(browser.jar(NOW)).isEmpty();
    }

    @Test
    void refusesANameAndValueOver4096BytesAndKeepsOneOf4096() {
        assertThat(receive("n=" + "v".repeat(4096), HTTPS).refusals()).extracting(Refusal::chromium)
                .containsExactly("NameValuePairExceedsMaxSize");
        assertThat(receive("n=" + "v".repeat(4095), HTTPS).stored()).isTrue();
    }

    @Test
    void refusesALineWithAControlCharacterButATab() {
        assertThat(receive("a=1\u0001", HTTPS).refusals()).extracting(Refusal::chromium)
                .containsExactly("DisallowedCharacter");
        assertThat(receive("a=1\t2", HTTPS).stored()).isTrue();
    }

    @Test
    void keepsEveryAttributeAsTheBrowserStoresIt() {
        Outcome outcome = receive("sid=abc; Domain=.Example.CO.uk; Path=/app; Max-Age=60; Secure; HttpOnly; "
                + "SameSite=strict; Partitioned", HTTPS);

        assertThat(outcome.cookie()).isEqualTo(new BrowserModel.Stored("sid", "abc", "example.co.uk", false, "/app",
                NOW.plusSeconds(60), true, true, SameSite.STRICT, true, "example.co.uk", NOW));
    }

    @Test
    void derivesTheDefaultPathFromTheUrlsDirectory() {
        assertThat(receive("a=1", HTTPS).cookie().path()).isEqualTo("/account");
        assertThat(receive("b=1; Path=relative", URI.create("https://x.example/one")).cookie().path()).isEqualTo("/");
    }

    @Test
    void ignoresWithoutAWordWhatBrowsersDrop() {
        Outcome outcome = receive("a=1; Max-Age=soon; Expires=someday; Domain=; Colour=blue; SameSite=Maybe; "
                + "Path=" + "/x".repeat(600) + "; HttpOnly; HttpOnly", HTTPS);

        assertThat(outcome.stored()).isTrue();
        assertThat(outcome.ignored()).extracting(BrowserModel.Ignored::attribute).containsExactly("Colour", "Path",
                "HttpOnly", "Expires=someday", "Max-Age=soon", "Domain=", "SameSite=Maybe");
        assertThat(outcome.cookie().expires()).isNull();
        assertThat(outcome.cookie().hostOnly()).isTrue();
        assertThat(outcome.cookie().sameSite()).isNull();
    }

    @Test
    void maxAgeWinsOverExpiresAndBothAreCappedAt400Days() {
        Outcome both = receive("a=1; Expires=Wed, 01 Jan 2020 00:00:00 GMT; Max-Age=100", HTTPS);
        Outcome far = receive("b=1; Max-Age=999999999", HTTPS);
        Outcome expires = receive("c=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT", HTTPS);

        assertThat(both.cookie().expires()).isEqualTo(NOW.plusSeconds(100));
        assertThat(far.cookie().expires()).isEqualTo(NOW.plus(Duration.ofDays(400)));
        assertThat(far.capped()).isTrue();
        assertThat(expires.cookie().expires()).isEqualTo(NOW.plus(Duration.ofDays(400)));
    }

    @Test
    void readsExpiresAgainstTheServersDateWhenTheResponseGivesIt() {
        Outcome outcome = browser.receive("a=1; Expires=Thu, 01 Jan 2015 01:00:00 GMT", HTTPS, NOW,
                Instant.parse("2015-01-01T00:00:00Z"));

        assertThat(outcome.cookie().expires()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void anExpiredCookieDeletesItsNamesake() {
        receive("a=1; Path=/", HTTPS);
        Outcome deletion = receive("a=; Path=/; Max-Age=0", HTTPS);

        assertThat(deletion.deletes()).isTrue();
        assertThat(browser.jar(NOW)).isEmpty();
    }

    @Test
    void aPlainHttpResponseLeavesSecureCookiesAlone() {
        receive("a=1; Secure; Path=/secure", HTTPS);

        assertThat(receive("a=2; Path=/secure/deeper", HTTP).refusals()).extracting(Refusal::chromium)
                .containsExactly("OverwriteSecure");
        assertThat(receive("a=2; Path=/", HTTP).refusals()).isEmpty();
    }

    @Test
    void anIpHostKeepsADomainOfItselfHostOnlyAndRefusesAnyOther() {
        URI ip = URI.create("http://127.0.0.1:8080/");

        assertThat(receive("a=1; Domain=127.0.0.1", ip).cookie().hostOnly()).isTrue();
        assertThat(receive("b=1; Domain=0.0.1", ip).refusals()).extracting(Refusal::chromium)
                .containsExactly("InvalidDomain");
    }

    @Test
    void sendsBackAsSameSiteAndPartitionsDecide() {
        receive("strict=1; Path=/; SameSite=Strict", HTTPS);
        receive("lax=1; Path=/; SameSite=Lax", HTTPS);
        receive("none=1; Path=/; SameSite=None; Secure", HTTPS);
        receive("chip=1; Path=/; SameSite=None; Secure; Partitioned", HTTPS);
        receive("plain=1; Path=/", HTTPS);
        String other = "other.example";

        assertThat(names(Request.sameSite(HTTPS), false)).containsExactly("strict", "lax", "none", "chip", "plain");
        assertThat(names(new Request(HTTPS, other, Request.Kind.NAVIGATION, "GET"), false))
                .containsExactly("lax", "none", "chip", "plain");
        assertThat(names(new Request(HTTPS, other, Request.Kind.NAVIGATION, "POST"), false))
                .as("no SameSite: Lax-allowing-unsafe for two minutes").containsExactly("none", "chip", "plain");
        assertThat(names(new Request(HTTPS, other, Request.Kind.SUBRESOURCE, "GET"), false)).isEmpty();
        assertThat(names(new Request(HTTPS, other, Request.Kind.SUBRESOURCE, "GET"), true)).containsExactly("none");
        assertThat(names(Request.sameSite(HTTP), false)).containsExactly("strict", "lax", "plain");
    }

    private java.util.List<String> names(Request request, boolean thirdParty) {
        return browser.sentWith(request, NOW, thirdParty).stream().map(BrowserModel.Stored::name).toList();
    }
}
