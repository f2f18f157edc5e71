package dev.cookielab.cookie.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookielab.cookie.decode.Decoded.Verdict;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.zip.Deflater;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The formats without a framework to run here (documented layouts), the warnings, and hostile values. */
class DecoderTest {

    private static final Instant NOW = FrameworkVectorsTest.NOW;

    private static Decoded decode(String name, String value) {
        return Decoder.decode(name, value, Map.of(), Keys.of(null), NOW);
    }

    private static JsonObject vector(String framework, String kase) {
        return Vectors.of(framework, kase);
    }

    private static String flaskLike(byte[] json, boolean compress) {
        byte[] body = json;
        if (compress) {
            Deflater deflater = new Deflater(9);
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            body = out.toByteArray();
        }
        return (compress ? "." : "") + Base64.getUrlEncoder().withoutPadding().encodeToString(body)
                + ".aVW5AA.AAAAAAAAAAAAAAAAAAAAAAAAAAA";
    }

    @Test
    void aZipBombStopsAt64KilobytesWithAMessage() {
        byte[] huge = ("{\"a\":\"" + "0".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.US_ASCII);
        String bomb = flaskLike(huge, true);

        Decoded decoded = decode("session", bomb);

        assertThat(bomb.length()).isLessThan(4096);
        assertThat(decoded.id()).isEqualTo("unreadable");
        assertThat(decoded.why()).contains("inflates to more than 64 KB").contains("zip bomb");
    }

    @Test
    void jsonNestedPastTheLimitIsRefusedNotRecursedInto() {
        Decoded decoded = decode("session", flaskLike(("[".repeat(40) + "]".repeat(40)).getBytes(
                StandardCharsets.US_ASCII), false));

        assertThat(decoded.id()).isEqualTo("unreadable");
        assertThat(decoded.why()).contains("nests deeper than 32");
        assertThat(decode("session", flaskLike(("[".repeat(30) + "]".repeat(30)).getBytes(StandardCharsets.US_ASCII),
                false)).id()).isEqualTo("flask-session");
    }

    @Test
    void aValueOver8KilobytesIsNotRead() {
        assertThat(decode("a", "x".repeat(8 * 1024 + 1)).why()).contains("over 8 KB");
        assertThat(decode("a", "x".repeat(8 * 1024)).id()).isEqualTo("unknown");
    }

    @Property(tries = 2000)
    void noValueMakesTheDecoderFail(@ForAll @StringLength(max = 300) String value) {
        for (String name : new String[] {"", "session", "JSESSIONID", "_ga_X", "a.sig"}) {
            Decoded decoded = Decoder.decode(name, value, Map.of("session.sig", value), Keys.of("k"), NOW);
            assertThat(decoded.why()).doesNotContain("fault of the lab's");
        }
    }

    @Property(tries = 500)
    void noPrefixOfARealCookieMakesTheDecoderFail(@ForAll("prefixes") String value) {
        assertThat(decode("session", value).why()).doesNotContain("fault of the lab's");
        assertThat(Decoder.decode("_app_session", value, Map.of(), Keys.of("k"), NOW).why())
                .doesNotContain("fault of the lab's");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> prefixes() {
        return net.jqwik.api.Arbitraries.of(FrameworkVectorsTest.vectors().map(named -> named.getPayload()
                .getString("value")).toList()).flatMap(value -> net.jqwik.api.Arbitraries.integers()
                .between(0, value.length()).map(end -> value.substring(0, end)));
    }

    @Test
    void aJwtWithAlgNoneIsFlagged() {
        Decoded decoded = FrameworkVectorsTest.decode(vector("PyJWT 2.6.0", "PyJWT alg none"), null);

        assertThat(decoded.signature()).isEqualTo(Verdict.NONE);
        assertThat(decoded.warnings()).anyMatch(warning -> warning.startsWith("alg: none"));
    }

    @Test
    void aJwtPastItsExpiryOrBeforeItsStartIsFlagged() {
        JsonObject es256 = vector("jsonwebtoken 9.0.3", "jsonwebtoken ES256, not before a minute later");
        Decoded early = Decoder.decode("access_token", es256.getString("value"), Map.of(), Keys.of(null),
                Instant.parse("2026-01-01T00:00:30Z"));
        Decoded late = Decoder.decode("access_token", es256.getString("value"), Map.of(), Keys.of(null),
                Instant.parse("2026-01-02T00:00:00Z"));

        assertThat(early.warnings()).anyMatch(warning -> warning.startsWith("Not valid before 2026-01-01T00:01:00Z"));
        assertThat(late.warnings()).anyMatch(warning -> warning.startsWith("Expired at 2026-01-01T01:00:00Z"));
        assertThat(late.label(Instant.parse("2026-01-02T00:00:00Z"))).isEqualTo("JWT ES256 · expired");
    }

    @Test
    void aPasswordOrAnEmailInASignedPayloadIsFlagged() {
        Decoded password = FrameworkVectorsTest.decode(vector("Flask 2.2.2 (itsdangerous 2.1.2)",
                "Flask session: a password inside"), null);
        Decoded email = FrameworkVectorsTest.decode(vector("Flask 2.2.2 (itsdangerous 2.1.2)",
                "Flask session: an email inside"), null);

        assertThat(password.warnings()).anyMatch(warning -> warning.contains("password or a token (password)"));
        assertThat(email.warnings()).anyMatch(warning -> warning.contains("personal data (email)"));
        assertThat(email.readable()).startsWith("Signed, not encrypted: anyone who has this cookie can read");
    }

    @Test
    void aWellKnownKeyIsNamed() {
        Decoded decoded = FrameworkVectorsTest.decode(vector("Flask 2.2.2 (itsdangerous 2.1.2)",
                "Flask session: a session of one key"), null);

        assertThat(decoded.wellKnownKey()).isEqualTo("\"dev\"");
        assertThat(decoded.warnings().get(0)).isEqualTo("Signed with a well-known key (\"dev\"): anyone can forge "
                + "this cookie.");
        assertThat(decoded.label(NOW)).isEqualTo("Flask session cookie · well-known key");
    }

    @Test
    void theKeyIsNeverInTheAnswer() {
        // A well-known key is named by its label, as it should be: only a key of the person's own is never shown.
        FrameworkVectorsTest.vectors().map(named -> named.getPayload()).filter(vector -> !vector.isNull("key"))
                .filter(vector -> Keys.WELL_KNOWN.stream().noneMatch(known -> new String(known.secret(),
                        StandardCharsets.UTF_8).equals(vector.getString("key")))).forEach(vector -> {
                    String key = vector.getString("key");
                    String json = Decoder.json(FrameworkVectorsTest.decode(vector, key)).toString();
                    assertThat(json).doesNotContain(key.strip().lines().skip(1).findFirst().orElse(key));
                });
    }

    @Test
    void tomcatsJvmRouteIsFlagged() {
        Decoded decoded = decode("JSESSIONID", "9C5A4EC0D63AFE78B0DBA5FFA80ABDC2.node1");

        assertThat(decoded.why()).contains("128 random bits");
        assertThat(decoded.warnings()).singleElement().asString().contains("jvmRoute, \"node1\"");
    }

    @Test
    void googleAnalyticsCookiesGiveTheirTimes() {
        Decoded ga = decode("_ga", "GA1.1.1234567890.1767225600");
        Decoded gs1 = decode("_ga_ABC123", "GS1.1.1767225600.3.1.1767225700.0.0.0");
        Decoded gs2 = decode("_ga_ABC123", "GS2.1.s1767225600$o3$g1$t1767225700$j0$l0$h0");

        assertThat(ga.id()).isEqualTo("ga");
        assertThat(ga.issuedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(ga.payload().asJsonObject().getString("clientId")).isEqualTo("1234567890.1767225600");
        for (Decoded session : new Decoded[] {gs1, gs2}) {
            assertThat(session.id()).isEqualTo("ga-session");
            assertThat(session.issuedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(session.payload().asJsonObject().getInt("sessionCount")).isEqualTo(3);
            assertThat(session.payload().asJsonObject().getString("lastHit")).isEqualTo("2026-01-01T00:01:40Z");
        }
    }

    @Test
    void cloudflareGivesItsTimestampAlone() {
        Decoded decoded = decode("__cf_bm", "k3xAcD9.aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789_-1767225600-1.0.1.1-"
                + "Yw3abcDEF_ghij.KLMN");

        assertThat(decoded.id()).isEqualTo("cloudflare");
        assertThat(decoded.issuedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aspNetCoreIsRecognisedAsEncrypted() {
        Decoded decoded = decode(".AspNetCore.Cookies", "CfDJ8N3kT2bQx9LmPqRsTuVwXyZ0123456789abcdefghijk");

        assertThat(decoded.id()).isEqualTo("aspnetcore-protected");
        assertThat(decoded.encrypted()).isTrue();
        assertThat(decoded.payload()).isNull();
    }

    /** RFC 9562 appendix A's examples: all three were made at 2022-02-22 19:22:22 UTC. */
    @Test
    void uuidVersionsOneSixAndSevenGiveTheirTime() {
        assertThat(decode("id", "C232AB00-9414-11EC-B3C8-9F6BDECED846").issuedAt())
                .isEqualTo(Instant.parse("2022-02-22T19:22:22Z"));
        assertThat(decode("id", "1EC9414C-232A-6B00-B3C8-9F6BDECED846").issuedAt())
                .isEqualTo(Instant.parse("2022-02-22T19:22:22Z"));
        assertThat(decode("id", "017F22E2-79B0-7CC3-98C4-DC0C0C07398F").issuedAt())
                .isEqualTo(Instant.parse("2022-02-22T19:22:22Z"));
        assertThat(decode("id", "919108f7-52d1-4320-9bac-f847db4148a8").issuedAt()).isNull();
    }

    @Test
    void plainEncodingsAreNamedAndOpened() {
        assertThat(decode("prefs", "eyJ0aGVtZSI6ImRhcmsifQ").id()).isEqualTo("base64-json");
        assertThat(decode("prefs", "eyJ0aGVtZSI6ImRhcmsifQ").signature()).isEqualTo(Verdict.NONE);
        assertThat(decode("prefs", "%7B%22theme%22%3A%22dark%22%7D").payload())
                .isEqualTo(Json.createObjectBuilder().add("theme", "dark").build());
        assertThat(decode("city", "K%C3%B8benhavn").payload()).isEqualTo(Json.createValue("København"));
        assertThat(decode("t", "68656c6c6f2c20776f726c64").payload()).isEqualTo(Json.createValue("hello, world"));
    }

    @Test
    void anUnknownValueSaysSoWithItsShape() {
        Decoded decoded = decode("x", "q8Zr!pL0@w");

        assertThat(decoded.id()).isEqualTo("unknown");
        assertThat(decoded.why()).contains("10 characters of printable ASCII").contains("bits of entropy")
                .contains("does not guess");
        assertThat(((JsonString) decoded.payload()).getString()).isEqualTo("q8Zr!pL0@w");
    }

    @Test
    void cookieSessionsSignatureAloneAsksForItsCookie() {
        Decoded decoded = decode("session.sig", "r-TuIHc2FjyUnOCebDgj9dgJYk4");

        assertThat(decoded.id()).isEqualTo("cookie-session-sig");
        assertThat(decoded.why()).contains("paste the cookie session with it");
    }

    @Test
    void aTornadoValueUnderAnotherNameIsFlagged() {
        JsonObject vector = vector("Tornado 6.2", "Tornado set_secure_cookie: a short value");

        assertThat(Decoder.decode("other", vector.getString("value"), Map.of(), Keys.of(null), NOW).warnings())
                .anyMatch(warning -> warning.contains("not \"other\""));
    }

    @Test
    void pbkdf2RunsOncePerDerivationPerRequestWhateverTheNumberOfCookies() {
        Keys keys = Keys.of("4f3c2b1a".repeat(16));
        Vectors.all().stream().filter(vector -> vector.getString("id").startsWith("rails-")).forEach(vector -> {
            for (int i = 0; i < 20; i++) {
                Decoder.decode(vector.getString("name"), vector.getString("value"), Map.of(), keys, NOW);
            }
        });

        assertThat(keys.derivations()).isLessThanOrEqualTo(4);
    }

    @Test
    void anotherSignersPublicKeyDoesNotVerifyAnRs256OrEs256Token() {
        JsonObject rs256 = vector("PyJWT 2.6.0", "PyJWT RS256");
        JsonObject es256 = vector("PyJWT 2.6.0", "PyJWT ES256");
        JsonObject otherEs256 = vector("jsonwebtoken 9.0.3", "jsonwebtoken ES256, not before a minute later");

        Decoded rsWithEcKey = Decoder.decode("token", rs256.getString("value"), Map.of(),
                Keys.of(es256.getString("key")), NOW);
        Decoded esWithAnotherKey = Decoder.decode("token", es256.getString("value"), Map.of(),
                Keys.of(otherEs256.getString("key")), NOW);

        assertThat(rsWithEcKey.signature()).isEqualTo(Verdict.INVALID);
        assertThat(esWithAnotherKey.signature()).isEqualTo(Verdict.INVALID);
        assertThat(esWithAnotherKey.warnings()).noneMatch(warning -> warning.contains("not a public key"));
    }
}
