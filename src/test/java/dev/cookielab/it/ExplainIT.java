package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Explain over HTTP: the page, the JSON a CI script reads, the limits, and "Try it in this browser". */
class ExplainIT extends DeployedApp {

    private static final String JSON = "application/json";
    /** What {@code curl -si https://app.example.com/login} prints, less the body. */
    private static final String CURL_I = "HTTP/2 200\r\ndate: Mon, 07 Dec 2026 12:00:00 GMT\r\n"
            + "content-type: text/html\r\nset-cookie: sid=abc123; Path=/; Secure; HttpOnly; SameSite=Lax\r\n"
            + "set-cookie: tracker=1; SameSite=None\r\nset-cookie: pref=dark; Max-Age=soon; Colour=blue\r\n\r\n";

    private HttpResponse<String> postText(String text, String query, String... headers) {
        return http.send(HttpRequest.newBuilder(http.uri("/explain" + query))
                .POST(HttpRequest.BodyPublishers.ofString(text)), concat(headers, "Content-Type",
                "text/plain; charset=utf-8"));
    }

    private static String[] concat(String[] headers, String... more) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    @Test
    void thePageOffersTheFormWithThisPagesOwnUrl() {
        String page = http.get("/explain").body();

        assertThat(page).contains("<h1>Explain a <code>Set-Cookie</code></h1>", "name=\"text\"",
                "value=\"" + base.toString().replaceAll("/$", "") + "/explain\"", "<a href=\"/explain\">Explain</a>");
    }

    /** The README's CI check: curl -si … | curl --data-binary @- -H 'Accept: application/json' …/explain?url=… */
    @Test
    void aPipedResponseHeadIsExplainedAsJsonLineByLine() {
        HttpResponse<String> response = postText(CURL_I, "?url=https://app.example.com/login", "Accept", JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        JsonObject body = Json.parse(response.body());
        assertThat(body.getString("url")).isEqualTo("https://app.example.com/login");
        List<JsonObject> lines = body.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(line -> line.getString("line")).containsExactly(
                "sid=abc123; Path=/; Secure; HttpOnly; SameSite=Lax", "tracker=1; SameSite=None",
                "pref=dark; Max-Age=soon; Colour=blue");
        assertThat(lines).extracting(line -> line.getBoolean("stored")).containsExactly(true, false, true);
        JsonObject sid = lines.get(0).getJsonObject("cookie");
        assertThat(sid.getString("domain")).isEqualTo("app.example.com");
        assertThat(sid.getBoolean("hostOnly")).isTrue();
        assertThat(sid.getString("sameSite")).isEqualTo("Lax");
        assertThat(sid.isNull("expires")).isTrue();
        JsonObject refused = lines.get(1).getJsonObject("refused");
        assertThat(refused.getString("code")).isEqualTo("samesite-none-insecure");
        assertThat(refused.getString("chromium")).isEqualTo("SameSiteNoneInsecure");
        assertThat(refused.getString("fix")).isNotBlank();
        assertThat(lines.get(2).getJsonArray("ignored").getValuesAs(JsonObject.class))
                .extracting(ignored -> ignored.getString("attribute")).containsExactly("Colour", "Max-Age=soon");
        assertThat(body.getJsonArray("jar").getValuesAs(JsonObject.class))
                .extracting(cookie -> cookie.getString("name")).containsExactly("sid", "pref");
        JsonObject plainHttp = body.getJsonArray("sentTo").getValuesAs(JsonObject.class).stream()
                .filter(target -> target.getString("request").startsWith("http://")).findFirst().orElseThrow();
        assertThat(plainHttp.getJsonArray("cookies").getJsonObject(0).getBoolean("sent")).as("Secure").isFalse();
    }

    @Test
    void thePageSaysWhatTheBrowserKeepsRefusesAndIgnoresEscaped() {
        String page = http.post("/explain", List.of("text", "Set-Cookie: x=<b>1</b>; Secure\nBad=1; SameSite=None",
                "url", "http://plain.example/")).body();

        assertThat(page).contains("data-refused=\"SecureOnly\"", "data-refused=\"SameSiteNoneInsecure\"",
                "&lt;b&gt;1&lt;/b&gt;").doesNotContain("<b>1</b>");
    }

    @Test
    void aPastedCookieHeaderIsListedPairByPair() {
        String page = http.post("/explain", List.of("text", "Cookie: a=1; b=<x>; a=2")).body();

        assertThat(page).contains("data-cookie-pairs=\"3\"", "<pre class=\"header\">b=&lt;x&gt;</pre>",
                "No <code>Set-Cookie</code> line");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a paste over 64 KB | 65537 | 1 | http://a.example/ | 413 | paste-too-large",
            "over 100 lines | 10 | 101 | http://a.example/ | 400 | paste-too-many-lines",
            "a URL that is not http(s) | 10 | 1 | ftp://a.example/ | 400 | url-invalid",
            "a URL without a host | 10 | 1 | https:/nohost | 400 | url-invalid"})
    void badInputGetsA4xxNamingTheLimitAndSetsNothing(String what, int bytes, int lines, String url, int status,
            String code) {
        String text = ("a=" + "v".repeat(Math.max(0, bytes / lines - 3)) + "\n").repeat(lines);

        HttpResponse<String> response = postText(text, "?url=" + url, "Accept", JSON);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(Json.parse(response.body()).getJsonArray("errors").getJsonObject(0).getString("code"))
                .isEqualTo(code);
    }

    @Test
    void tryItInThisBrowserReplaysTheExactLinesFromTheLabsOwnPageOnly() {
        String own = base.toString().replaceAll("/$", "") + "/explain";
        String text = "Set-Cookie: a=1; Path=/; SameSite=Lax\nb=2;  Max-Age=60 ; HttpOnly";

        HttpResponse<String> replay = http.post("/explain", List.of("text", text, "url", own, "action", "replay"),
                "Sec-Fetch-Site", "same-origin");
        HttpResponse<String> crossSite = http.post("/explain", List.of("text", text, "url", own, "action",
                "replay"), "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> elsewhere = http.post("/explain", List.of("text", text, "url",
                "https://app.example.com/", "action", "replay"));
        HttpResponse<String> nul = http.post("/explain", List.of("text", "a=1\u0000", "url", own, "action",
                "replay"));

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.headers().allValues("Set-Cookie")).containsExactly("a=1; Path=/; SameSite=Lax",
                "b=2;  Max-Age=60 ; HttpOnly");
        assertThat(replay.body()).contains("data-replayed", "value=\"compare\"");
        for (HttpResponse<String> refused : List.of(crossSite, elsewhere, nul)) {
            assertThat(refused.statusCode()).isIn(400, 403);
            assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void theComparisonSetsWhatTheBrowserSentBesideThePrediction() {
        String own = base.toString().replaceAll("/$", "") + "/explain";

        String page = http.post("/explain", List.of("text", "a=1; Path=/\nb=2; Path=/\nc=3; Path=/", "url", own,
                "action", "compare"), "Cookie", "a=1; b=other").body();

        assertThat(page).contains("data-name=\"a\" data-agrees=\"true\"", "data-name=\"b\" data-agrees=\"false\"",
                "data-name=\"c\" data-agrees=\"false\"");
    }

    @Test
    void aResultPageLinksADroppedCookieToItsExplanation() {
        String page = http.post("/setcookie", List.of("name", "t", "value", "1", "sameSite", "None")).body();
        String link = page.replaceAll("(?s).*<a data-why href=\"([^\"]*)\".*", "$1").replace("&amp;", "&");

        assertThat(link).startsWith("/explain?text=t%3D1");
        assertThat(http.get(link).body()).contains("data-refused=\"SameSiteNoneInsecure\"");
    }
}
