package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.CookieSigner;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading: /getcookie for any name, the /cookies listing, signatures and the set-then-check round trip. */
class ReadCookieIT extends DeployedApp {

    private static final String JSON = "application/json";

    private JsonObject getJson(String path, String cookieHeader) {
        HttpResponse<String> response = http.get(path, "Accept", JSON, "Cookie", cookieHeader);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(JSON));
        return Json.parse(response.body());
    }

    private String cookieSetBy(HttpResponse<String> response) {
        return response.headers().firstValue("Set-Cookie").orElseThrow().replaceFirst(";.*", "");
    }

    @Test
    void readsAnyCookieByName() {
        JsonObject cookie = getJson("/getcookie?name=theme", "Name=AskPython; theme=dark%20blue");

        assertThat(cookie.getString("name")).isEqualTo("theme");
        assertThat(cookie.getBoolean("present")).isTrue();
        assertThat(cookie.getString("value")).isEqualTo("dark blue");
        assertThat(cookie.getString("raw")).isEqualTo("dark%20blue");
        assertThat(cookie.getString("signature")).isEqualTo("unsigned");
    }

    @Test
    void saysWhenACookieIsAbsent() {
        JsonObject cookie = getJson("/getcookie?name=theme", "Name=AskPython");

        assertThat(cookie.getBoolean("present")).isFalse();
        assertThat(cookie.containsKey("value")).isFalse();
    }

    /** Only ASCII 0-9A-Fa-f are hex digits: fullwidth and Arabic-Indic digits are shown as sent, as Werkzeug does. */
    @ParameterizedTest
    @ValueSource(strings = {"%\uFF14\uFF11", "%\u0664\u0661", "%\uFF43\uFF13%\uFF41\uFF19"})
    void percentFollowedByDigitsThatAreNotAsciiStaysAsSent(String raw) {
        String utf8AsLatin1 = new String(raw.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        Http.Raw response = http.rawGet("/getcookie?name=v", "Accept: application/json", "Cookie: v=" + utf8AsLatin1);

        String body = new String(response.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        JsonObject cookie = Json.parse(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1));
        assertThat(cookie.getString("raw")).isEqualTo(raw);
        assertThat(cookie.getString("value")).isEqualTo(raw);
    }

    @Test
    void defaultsToTheTutorialsCookie() {
        assertThat(getJson("/getcookie", "Name=AskPython").getString("value")).isEqualTo("AskPython");
        assertThat(http.get("/getcookie?name=theme", "Cookie", "theme=dark").body()).contains("theme : dark");
    }

    @Test
    void listsEveryCookieInHttpbinsShape() {
        JsonObject listing = getJson("/cookies", "Name=AskPython; greeting=caf%C3%A9");

        assertThat(listing).containsOnlyKeys("cookies", "formats");
        assertThat(listing.getJsonObject("cookies").getString("Name")).isEqualTo("AskPython");
        assertThat(listing.getJsonObject("cookies").getString("greeting")).isEqualTo("café");
        assertThat(listing.getJsonObject("formats").getJsonObject("greeting").getString("id"))
                .isEqualTo("percent-encoded");
        assertThat(http.get("/cookies").body()).isEqualTo("{\"cookies\":{},\"formats\":{}}");
    }

    @Test
    void theHomePageListsNameValueRawSizeAndSignature() {
        String body = http.get("/", "Cookie", "greeting=caf%C3%A9").body();

        assertThat(body).contains("<code>greeting</code>", "<code>café</code>", "<code>caf%C3%A9</code>",
                "data-label=\"Bytes\">18</td>", "unsigned");
    }

    @Test
    void aNameSentTwiceIsReadAsItsFirstCookieAndTheOthersAreShownShadowed() {
        String header = "dup=first; other=1; dup=second; dup=third; other=2; solo=x";

        JsonObject listing = getJson("/cookies", header);
        assertThat(listing.getJsonObject("cookies")).containsOnlyKeys("dup", "other", "solo");
        assertThat(listing.getJsonObject("cookies").getString("dup")).isEqualTo("first");
        assertThat(listing.getJsonObject("shadowed").toString())
                .isEqualTo("{\"dup\":[\"second\",\"third\"],\"other\":[\"2\"]}");

        JsonObject one = getJson("/getcookie?name=dup", header);
        assertThat(one.getString("value")).isEqualTo("first");
        assertThat(one.getJsonArray("shadowed")).extracting(other -> other.asJsonObject().getString("value"))
                .containsExactly("second", "third");
        assertThat(getJson("/getcookie?name=solo", header).containsKey("shadowed")).isFalse();

        String page = http.get("/getcookie?name=dup", "Cookie", header).body();
        assertThat(page).contains("dup : first", "Your browser sent 3 cookies named <code>dup</code>",
                "<td><code>second</code></td>", "<td><code>third</code></td>");

        String home = http.get("/", "Cookie", header).body();
        assertThat(home).contains("data-sent-twice=\"true\"", "<code>dup</code>, <code>other</code>.");
        assertThat(home.split("<code>dup</code><span class=\"hint\"> shadowed</span>", -1)).hasSize(3);
        assertThat(home.split("class=\"name\"><code>dup</code></th>", -1)).hasSize(2);
    }

    @Test
    void aPageWithNoNameSentTwiceSaysNothingOfIt() {
        assertThat(http.get("/", "Cookie", "a=1; b=2").body()).doesNotContain("data-sent-twice", "shadowed");
        assertThat(http.get("/getcookie?name=a", "Cookie", "a=1; b=2").body()).doesNotContain("Also sent");
    }

    @Test
    void refusesAnExpectationTheCheckLinkNeverCarries() {
        HttpResponse<String> html = http.get("/getcookie?name=theme&expect=dark", "Cookie", "theme=dark");
        HttpResponse<String> json = http.get("/getcookie?name=theme&expect=dark", "Accept", JSON, "Cookie", "theme=dark");

        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(html.body()).contains("It is not the value itself").doesNotContain("data-comeback");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(Json.parse(json.body()).getJsonArray("errors").getJsonObject(0).getString("code"))
                .isEqualTo("expect-invalid");
    }

    /** Tomcat skips a pair RFC 6265 does not allow, without a word; the pages and the JSON say which, and why. */
    @Test
    void pairsTomcatSkipsAreListedWithTheReason() {
        String header = "a=1; note=a b; x=\"b\"; y=\"a b\"; =v; h=<b>x y</b>; c=2";

        JsonObject all = getJson("/cookies", header);
        JsonObject note = getJson("/getcookie?name=note", header);
        String home = http.get("/", "Cookie", header).body();
        String get = http.get("/getcookie?name=note", "Cookie", header).body();

        assertThat(all.getJsonObject("cookies").keySet()).containsExactly("a", "x", "c");
        assertThat(all.getJsonArray("ignored").getValuesAs(JsonObject.class)).extracting(pair -> pair.getString("pair"))
                .containsExactly("note=a b", "y=\"a b\"", "=v", "h=<b>x y</b>");
        assertThat(all.getJsonArray("ignored").getJsonObject(0).getString("reason"))
                .startsWith("Its value holds a space");
        assertThat(note.getBoolean("present")).isFalse();
        assertThat(note.getJsonArray("ignored")).hasSize(1);
        assertThat(home).contains("data-ignored=\"true\"", "<code>note=a b</code>")
                .contains("<code>h=&lt;b&gt;x y&lt;/b&gt;</code>").doesNotContain("<b>x");
        assertThat(get).contains("note : None", "data-ignored=\"true\"", "<code>note=a b</code>")
                .doesNotContain("<code>=v</code>");
        // A Delete button for each skipped pair whose name a Set-Cookie can carry: not for "=v".
        assertThat(home).contains("aria-label=\"Delete note\"", "aria-label=\"Delete y\"", "aria-label=\"Delete h\"");
        assertThat(home.split("aria-label=\"Delete ", -1)).hasSize(3 + 3 + 1);
    }

    /**
     * Werkzeug's dump_cookie (Flask's set_cookie) writes ☃ as {@code "\342\230\203"}, which Tomcat skips: the lab
     * still does not read it, but says what Werkzeug reads in it.
     */
    @Test
    void aPairInWerkzeugsQuotedFormIsSkippedAndShownAsWerkzeugReadsIt() {
        String header = "foo=\"\\342\\230\\203\"; list=\"foo\\054bar\"; a=1";

        JsonObject all = getJson("/cookies", header);
        String home = http.get("/", "Cookie", header).body();

        assertThat(all.getJsonObject("cookies").keySet()).containsExactly("a");
        assertThat(all.getJsonArray("ignored").getValuesAs(JsonObject.class))
                .extracting(pair -> pair.getString("decoded")).containsExactly("☃", "foo,bar");
        assertThat(getJson("/getcookie?name=foo", header).getJsonArray("ignored").getJsonObject(0)
                .getString("decoded")).isEqualTo("☃");
        assertThat(home).contains("Werkzeug (Flask) reads its quoted value as <code>☃</code>");
        // The text a browser renders: the reason's last sentence and Werkzeug's reading are two sentences.
        assertThat(home.replaceAll("<[^>]*>", "")).contains("percent-encodes them). Werkzeug (Flask) reads");
    }

    /**
     * Issue 32: a surrogate's bytes decode to one U+FFFD here and to three in Werkzeug and WHATWG (docs/api.md); the
     * bytes themselves stand beside the decoded text, so that nothing is hidden.
     */
    @Test
    void aValueWhoseBytesAreNotUtf8ShowsTheBytesBesideItsReplacementCharacter() {
        String percent = http.get("/getcookie?name=s", "Cookie", "s=%ED%A0%80").body();
        String quoted = http.get("/", "Cookie", "q=\"\\355\\240\\200\"").body();

        assertThat(percent).contains("<p class=\"result\">s : \uFFFD</p>", "data-raw",
                "the value was sent as <code>%ED%A0%80</code>");
        assertThat(quoted).contains("Werkzeug (Flask) reads its quoted value as <code>\uFFFD</code>. Each &#xFFFD; "
                + "stands for bytes that are not UTF-8", "<code>q=&#034;\\355\\240\\200&#034;</code>");
    }

    @Test
    void aHeaderTomcatReadsWholeSaysNothingOfSkippedPairs() {
        assertThat(getJson("/cookies", "a=1; b=\"2\"; flag").containsKey("ignored")).isFalse();
        assertThat(http.get("/", "Cookie", "a=1; b=2").body()).doesNotContain("data-ignored");
    }

    @Test
    void deleteAllAlsoExpiresSkippedPairsWhoseNameCanBeSet() {
        HttpResponse<String> response = http.post("/setcookie", List.of("action", "delete-all"), "Accept", JSON,
                "Cookie", "a=1; note=a b; a b=2");

        assertThat(response.headers().allValues("Set-Cookie")).extracting(header -> header.replaceFirst("=.*", ""))
                .containsExactly("a", "a", "note", "note"); // each with its partitioned twin
    }

    /** RFC 6265 allows a value in double quotes; Tomcat's Rfc6265CookieProcessor hands it over without them. */
    @Test
    void aQuotedValueIsShownAsTomcatHandsItOverWithoutItsQuotes() {
        JsonObject cookie = getJson("/getcookie?name=x", "x=\"quoted\"");

        assertThat(cookie.getString("raw")).isEqualTo("quoted");
        assertThat(cookie.getInt("bytes")).isEqualTo("x=quoted".length());
    }

    @Test
    void refusesANameThatIsNotACookieName() {
        HttpResponse<String> html = http.get("/getcookie?name=a%20b");
        HttpResponse<String> json = http.get("/getcookie?name=a%3Bb", "Accept", JSON);

        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(html.body()).contains("name must be a cookie name");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(Json.parse(json.body()).getJsonArray("errors").getJsonObject(0).getString("code"))
                .isEqualTo("name-invalid");
    }

    @Test
    void aSignedCookieVerifiesAndATamperedOneDoesNot() {
        String cookie = cookieSetBy(http.post("/setcookie", List.of("name", "user", "value", "ada", "signed", "on")));
        String tampered = cookie.replace("user=ada|", "user=eve|");

        assertThat(cookie).matches("user=ada\\|[A-Za-z0-9_-]{43}");
        JsonObject valid = getJson("/getcookie?name=user", cookie);
        assertThat(valid.getString("value")).isEqualTo("ada");
        assertThat(valid.getString("signature")).isEqualTo("valid");
        assertThat(getJson("/getcookie?name=user", tampered).getString("signature")).isEqualTo("invalid");
    }

    @Test
    void aCookieSignedWithThePreviousKeyStillVerifies() {
        String signedBefore = CookieSigner.fromKeyList("it-previous-key").sign("user", "ada");
        String signedElsewhere = CookieSigner.fromKeyList("some-other-key").sign("user", "ada");

        assertThat(getJson("/getcookie?name=user", "user=" + signedBefore).getString("signature")).isEqualTo("valid");
        assertThat(getJson("/getcookie?name=user", "user=" + signedElsewhere).getString("signature")).isEqualTo("invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada|", "ada|!!!", "ada|AAAA", "|", "ada|x|y"})
    void malformedSignaturesAreReportedInvalid(String raw) {
        HttpResponse<String> html = http.get("/getcookie?name=user", "Cookie", "user=" + raw);

        assertThat(getJson("/getcookie?name=user", "user=" + raw).getString("signature")).isEqualTo("invalid");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("class=\"sig-invalid\"");
    }

    @Test
    void theCheckLinkTellsWhetherTheBrowserSentBackWhatWasSet() {
        HttpResponse<String> set = http.post("/setcookie", List.of("name", "theme", "value", "dark"));
        String cookie = cookieSetBy(set);
        String expect = CookieReport.fingerprint("dark");

        assertThat(set.body()).contains("expect=" + expect);
        assertThat(http.get("/getcookie?name=theme&expect=" + expect, "Cookie", cookie).body())
                .contains("data-comeback=\"as-set\"");
        assertThat(http.get("/getcookie?name=theme&expect=" + expect, "Cookie", "theme=light").body())
                .contains("data-comeback=\"different\"");
        assertThat(http.get("/getcookie?name=theme&expect=" + expect).body()).contains("data-comeback=\"missing\"");
        assertThat(http.get("/getcookie?name=theme&expect=" + expect, "Cookie", "theme=light; " + cookie).body())
                .contains("data-comeback=\"shadowed\"");
        assertThat(getJson("/getcookie?name=theme&expect=deleted", "other=1").getString("comeback")).isEqualTo("gone");
        assertThat(getJson("/getcookie?name=theme&expect=deleted", cookie).getString("comeback"))
                .isEqualTo("still-there");
    }
}
