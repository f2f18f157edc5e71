package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookielab.cookie.decode.Vectors;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Decode over HTTP: its own page and JSON, on the Explain page, with and without a key, and on the lab's rows. */
class DecodeIT extends DeployedApp {

    private static final String JSON = "application/json";
    private static final JsonObject FLASK = Vectors.of("Flask 2.2.2 (itsdangerous 2.1.2)", "Flask session: an email inside");
    private static final JsonObject RAILS = Vectors.of("actionpack 6.1.7.10 (Rails 7.0 defaults (PBKDF2-SHA256))",
            "encrypted _app_session");

    private JsonObject explain(String text, String key) {
        HttpResponse<String> response = http.post("/explain", key == null ? List.of("text", text)
                : List.of("text", text, "key", key), "Accept", JSON);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    @Test
    void aFlaskSetCookieIsReadAndItsSignatureCheckedWithTheKey() {
        String key = FLASK.getString("key");
        LogCapture log = LogCapture.of("");
        HttpResponse<String> response = http.post("/explain", List.of("text", FLASK.getString("setCookie"), "key",
                key), "Accept", JSON);
        log.close();

        JsonObject format = Json.parse(response.body()).getJsonArray("lines").getJsonObject(0)
                .getJsonObject("format");
        assertThat(format.getString("id")).isEqualTo("flask-session");
        assertThat(format.getString("signature")).isEqualTo("valid");
        assertThat(format.getJsonObject("payload").getString("email")).isEqualTo("ada@example.com");
        assertThat(format.getString("issuedAt")).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(format.getString("readable")).startsWith("Signed, not encrypted: anyone who has this cookie");
        assertThat(format.getJsonArray("warnings").getString(0)).contains("personal data (email)");
        assertThat(response.body()).doesNotContain(key);
        assertThat(log.records()).extracting(LogRecord::getMessage).noneMatch(message -> message != null
                && message.contains(key));
        assertThat(explain(FLASK.getString("setCookie"), "another-key").getJsonArray("lines").getJsonObject(0)
                .getJsonObject("format").getString("signature")).isEqualTo("invalid");
    }

    @Test
    void aLoneValueIsDecodedAndAWellKnownKeyNamed() {
        JsonObject jwt = Vectors.of("jsonwebtoken 9.0.3", "jsonwebtoken HS256");

        JsonObject body = explain(jwt.getString("value"), null);

        assertThat(body.getJsonArray("lines")).isEmpty();
        JsonObject format = body.getJsonObject("value").getJsonObject("format");
        assertThat(format.getString("id")).isEqualTo("jwt");
        assertThat(format.getString("algorithm")).isEqualTo("HS256");
        assertThat(format.getString("signature")).isEqualTo("valid");
        assertThat(format.getString("wellKnownKey")).isEqualTo("\"shhhhh\"");
        assertThat(format.getString("expiresAt")).isEqualTo("2026-01-01T01:00:00Z");
        assertThat(format.getJsonArray("warnings").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .anyMatch(warning -> warning.contains("anyone can forge this cookie"))
                .anyMatch(warning -> warning.startsWith("Expired at"));
    }

    @Test
    void aCookieHeaderIsDecodedPairByPairWithCookieSessionsSignatureChecked() {
        JsonObject session = Vectors.first("cookie-session");
        String header = "Cookie: " + session.getString("setCookie").split(";")[0] + "; "
                + session.getString("companion") + "; _ga=GA1.1.1234567890.1767225600";

        List<JsonObject> cookies = explain(header, null).getJsonArray("cookies").getValuesAs(JsonObject.class);

        assertThat(cookies).extracting(cookie -> cookie.getJsonObject("format").getString("id"))
                .containsExactly("cookie-session", "cookie-session-sig", "ga");
        assertThat(cookies.get(0).getJsonObject("format").getString("wellKnownKey")).isEqualTo("\"key1\"");
        assertThat(cookies.get(2).getJsonObject("format").getString("issuedAt")).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void railsIsDecryptedWithItsSecretKeyBaseAndNotWithout() {
        JsonObject with = explain(RAILS.getString("setCookie"), RAILS.getString("key")).getJsonArray("lines")
                .getJsonObject(0).getJsonObject("format");
        JsonObject without = explain(RAILS.getString("setCookie"), null).getJsonArray("lines").getJsonObject(0)
                .getJsonObject("format");

        assertThat(with.getBoolean("encrypted")).isTrue();
        assertThat(with.getJsonObject("payload")).isEqualTo(RAILS.get("payload"));
        assertThat(with.getString("signature")).isEqualTo("valid");
        assertThat(without.isNull("payload")).isTrue();
        assertThat(without.getString("signature")).isEqualTo("unchecked");
    }

    @Test
    void theKeyIsRefusedInAUrlAndFromAnotherSite() {
        String key = "a-long-random-key-nobody-knows-0f9e8d";
        HttpResponse<String> inQuery = http.post("/explain?key=" + key, List.of("text", "abc"), "Accept", JSON);
        HttpResponse<String> onGet = http.get("/explain?text=abc&key=" + key);
        HttpResponse<String> crossSite = http.post("/explain", List.of("text", "abc", "key", key),
                "Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example");

        assertThat(inQuery.statusCode()).isEqualTo(400);
        assertThat(Json.parse(inQuery.body()).getJsonArray("errors").getJsonObject(0).getString("code"))
                .isEqualTo("key-in-url");
        assertThat(onGet.statusCode()).isEqualTo(400);
        assertThat(onGet.body()).contains("The key travels only in the body of a POST").doesNotContain(key);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void thePageShowsThePayloadEscapedAndNeverTheKey() {
        String key = FLASK.getString("key");
        String page = http.post("/explain", List.of("text", FLASK.getString("value"), "key", key)).body();
        String form = http.get("/explain").body();

        assertThat(page).contains("data-format=\"flask-session\"", "data-verdict=\"valid\"",
                "Signed, not encrypted: anyone who has this cookie can read the payload",
                "&#034;email&#034;: &#034;ada@example.com&#034;", "<dt>Signed</dt>")
                .doesNotContain(key);
        assertThat(form).contains("<textarea id=\"key\" name=\"key\"", "autocomplete=\"off\"");
    }

    @Test
    void aRowOfTheLabNamesItsFormatAndLinksToTheDecoding() {
        JsonObject jwt = Vectors.of("PyJWT 2.6.0", "PyJWT HS256");
        String cookie = "token=" + jwt.getString("value") + "; theme=dark";

        String home = http.get("/", "Cookie", cookie).body();
        JsonObject all = Json.parse(http.get("/cookies", "Cookie", cookie, "Accept", JSON).body());
        JsonObject one = Json.parse(http.get("/getcookie?name=token", "Cookie", cookie, "Accept", JSON).body());
        String decoding = http.get("/decode?cookie=token", "Cookie", cookie).body();
        String getPage = http.get("/getcookie?name=token", "Cookie", cookie).body();
        String missing = http.get("/decode?cookie=absent", "Cookie", cookie).body();

        assertThat(home).contains("data-format=\"jwt\" href=\"/decode?cookie=token\"", "JWT HS256 · expired");
        assertThat(all.getJsonObject("formats").getJsonObject("token").getString("id")).isEqualTo("jwt");
        assertThat(all.getJsonObject("formats").getJsonObject("theme").getString("id")).isEqualTo("unknown");
        assertThat(one.getJsonObject("format").getString("wellKnownKey")).isEqualTo("\"your-256-bit-secret\"");
        assertThat(decoding).contains("token=" + jwt.getString("value"), "data-format=\"jwt\"",
                "&#034;sub&#034;: &#034;ada&#034;");
        assertThat(getPage).contains("<a class=\"format\" data-format=\"jwt\" href=\"/decode?cookie=token\">");
        assertThat(missing).contains("Your browser sent no cookie named <code>absent</code>");
    }

    @Test
    void theDecodePageReadsAValueAHeaderOrAPairAsJsonWithTheKey() {
        JsonObject rails = RAILS;
        String text = "Cookie: " + rails.getString("name") + "=" + rails.getString("value") + "; theme=dark\n"
                + "Date: Mon, 07 Dec 2026 12:00:00 GMT\n" + FLASK.getString("value");
        HttpResponse<String> response = http.post("/decode", List.of("text", text, "key", rails.getString("key")),
                "Accept", JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonObject> cookies = Json.parse(response.body()).getJsonArray("cookies").getValuesAs(JsonObject.class);
        assertThat(cookies).extracting(cookie -> cookie.getString("name")).containsExactly("_app_session", "theme", "");
        assertThat(cookies.get(0).getJsonObject("format").getJsonObject("payload")).isEqualTo(rails.get("payload"));
        assertThat(cookies.get(2).getJsonObject("format").getString("id")).isEqualTo("flask-session");
        assertThat(response.body()).doesNotContain(rails.getString("key"));
        assertThat(http.get("/decode?text=abc&key=k").statusCode()).isEqualTo(400);
        assertThat(http.get("/decode").body()).contains("<h1>What is inside this cookie?</h1>", "name=\"key\"",
                "<a href=\"/decode\">Decode</a>");
    }

    @Test
    void aKeyOfOver8KilobytesIsRefused() {
        HttpResponse<String> response = http.post("/explain", List.of("text", "abc", "key", "k".repeat(8193)),
                "Accept", JSON);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("key-too-long");
    }
}
