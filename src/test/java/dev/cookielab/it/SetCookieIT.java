package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POST /setcookie: any cookie with every attribute, refusals, warnings and deletes, as HTML and JSON. */
class SetCookieIT extends DeployedApp {

    private static final String JSON = "application/json";

    private HttpResponse<String> postJson(String... fields) {
        return http.post("/setcookie", List.of(fields), "Accept", JSON);
    }

    @Test
    void setsEveryAttributeAsAsked() {
        HttpResponse<String> response = postJson("name", "theme", "value", "dark", "maxAge", "3600", "path", "/",
                "domain", "localhost", "sameSite", "Strict", "secure", "on", "httpOnly", "off", "partitioned", "on");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).singleElement().asString().matches(
                "theme=dark; Max-Age=3600; Expires=[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT; "
                        + "Domain=localhost; Path=/; Secure; SameSite=Strict; Partitioned");
        JsonObject body = Json.parse(response.body());
        assertThat(body.getJsonArray("setCookie").getString(0)).isEqualTo(response.headers().firstValue("Set-Cookie").get());
        assertThat(body.getJsonArray("warnings")).isEmpty();
        assertThat(body.getBoolean("browserKeepsIt")).isTrue();
    }

    @Test
    void defaultsToHttpOnlySameSiteLaxPathRootAndASessionCookie() {
        HttpResponse<String> response = postJson("name", "plain", "value", "1");

        assertThat(response.headers().allValues("Set-Cookie")).containsExactly("plain=1; Path=/; HttpOnly; SameSite=Lax");
    }

    @Test
    void encodesAnyTextSoThatItRoundTrips() {
        String text = "café ☕; \"x\" \\ 100% a|b";

        HttpResponse<String> set = postJson("name", "greeting", "value", text);
        String raw = set.headers().firstValue("Set-Cookie").orElseThrow().replaceFirst(";.*", "").substring("greeting=".length());
        JsonObject read = Json.parse(http.get("/getcookie?name=greeting", "Accept", JSON, "Cookie", "greeting=" + raw).body());

        assertThat(raw).isEqualTo("caf%C3%A9%20%E2%98%95%3B%20%22x%22%20%5C%20100%25%20a%7Cb");
        assertThat(read.getString("value")).isEqualTo(text);
        assertThat(read.getString("raw")).isEqualTo(raw);
        assertThat(read.getString("signature")).isEqualTo("unsigned");
    }

    @Test
    void theHtmlResultShowsTheExactHeaderThePredictionAndACheckLink() {
        HttpResponse<String> response = http.post("/setcookie", List.of("name", "theme", "value", "<b>dark</b>"));

        String header = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(response.statusCode()).isEqualTo(200);
        // Each attribute is a span of its own, so that lines break between attributes: the text is the header.
        assertThat(response.body().replaceAll("</?span[^>]*>", ""))
                .contains("Set-Cookie: " + header.replace("<", "&lt;").replace(">", "&gt;"));
        assertThat(response.body())
                .contains("Browsers will keep this cookie until they close.")
                .containsPattern("href=\"/getcookie\\?name=theme&amp;expect=[A-Za-z0-9_-]{16}\"")
                .doesNotContain("<b>dark</b>");
    }

    @Test
    void aCookieTheCheckPageWillNotBeSentComesWithoutACheckLink() {
        HttpResponse<String> set = http.post("/setcookie", List.of("name", "adm", "value", "x", "path", "/admin"));
        HttpResponse<String> delete = http.post("/setcookie", List.of("action", "delete", "name", "adm",
                "path", "/getcookie/x"));

        for (HttpResponse<String> response : List.of(set, delete)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).isNotEmpty();
            assertThat(response.body()).contains("data-code=\"path-elsewhere\"", "data-no-check")
                    .doesNotContain("class=\"check\"", "expect=");
        }
        assertThat(set.body()).contains("Path /admin does not cover /getcookie");
    }

    @Test
    void aCookieSetWithMaxAgeZeroIsShownAsTheDeletionItIs() {
        HttpResponse<String> response = http.post("/setcookie", List.of("name", "theme", "value", "dark",
                "maxAge", "0"));

        assertThat(response.headers().allValues("Set-Cookie")).singleElement().asString()
                .startsWith("theme=dark; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:10 GMT;");
        assertThat(response.body()).contains("<h1>Cookie deleted: theme</h1>",
                        "Browsers will remove this cookie if it lives at <code>Path=/</code> on this host.")
                .contains("href=\"/getcookie?name=theme&amp;expect=deleted\"")
                .doesNotContain("Browsers will keep");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "SameSite=None without Secure => name=n&sameSite=None => samesite-none-insecure",
            "Partitioned without Secure => name=n&partitioned=on => partitioned-insecure",
            "__Secure- without Secure => name=__Secure-n&secure=off => prefix-secure",
            "__Host- with a Path => name=__Host-n&secure=on&path=/app => prefix-host",
            "Max-Age over 400 days => name=n&maxAge=34560001 => max-age-clamped",
            "a Path that does not cover /getcookie => name=n&path=/admin => path-elsewhere"})
    void warnsButStillSetsWhatBrowsersWillDropOrChange(String title, String form, String code) {
        List<String> fields = List.of(form.split("[&=]"));

        HttpResponse<String> json = http.post("/setcookie", fields, "Accept", JSON);
        HttpResponse<String> html = http.post("/setcookie", fields);

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().allValues("Set-Cookie")).hasSize(1);
        assertThat(Json.parse(json.body()).getJsonArray("warnings").getJsonObject(0).getString("code")).isEqualTo(code);
        assertThat(Json.parse(json.body()).getBoolean("browserKeepsIt"))
                .isEqualTo(List.of("max-age-clamped", "path-elsewhere").contains(code));
        assertThat(html.body()).contains("data-code=\"" + code + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "a space in the name => name=a b => name => name-invalid",
            "JSESSIONID => name=JSESSIONID => name => name-reserved",
            "jsessionid in lower case => name=jsessionid => name => name-reserved",
            "letters in Max-Age => name=n&maxAge=abc => maxAge => max-age-invalid",
            "Max-Age over int => name=n&maxAge=2147483648 => maxAge => max-age-invalid",
            "relative path => name=n&path=app => path => path-invalid",
            "foreign domain => name=n&domain=evil.example => domain => domain-invalid",
            "unknown SameSite => name=n&sameSite=Sometimes => sameSite => samesite-invalid",
            "unknown action => name=n&action=explode => action => action-invalid"})
    void refusesBadInputWith400AndSetsNothing(String title, String form, String field, String code) {
        List<String> fields = List.of(form.split("[&=]"));

        HttpResponse<String> json = http.post("/setcookie", fields, "Accept", JSON);
        HttpResponse<String> html = http.post("/setcookie", fields);

        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.headers().allValues("Set-Cookie")).isEmpty();
        JsonObject error = Json.parse(json.body()).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo(field);
        assertThat(error.getString("code")).isEqualTo(code);
        assertThat(error.getString("message")).isNotBlank();
        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(html.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(html.body()).contains("Not set: 1 problem", "data-code=\"" + code + "\"");
    }

    @Test
    void refusesCarriageReturnAndLineFeedInEveryField() {
        for (String field : List.of("name", "value", "maxAge", "path", "domain", "sameSite")) {
            List<String> fields = field.equals("name")
                    ? List.of("name", "x\r\nSet-Cookie: evil=1")
                    : List.of("name", "n", field, "x\r\nSet-Cookie: evil=1");

            HttpResponse<String> response = http.post("/setcookie", fields, "Accept", JSON);

            assertThat(response.statusCode()).as(field).isEqualTo(400);
            assertThat(response.headers().allValues("Set-Cookie")).as(field).isEmpty();
            assertThat(Json.parse(response.body()).getJsonArray("errors").getJsonObject(0).getString("code"))
                    .as(field).isEqualTo("control-character");
        }
    }

    @Test
    void theRefusalPageKeepsTheFormFilledInAndEscaped() {
        HttpResponse<String> response = http.post("/setcookie", List.of("name", "bad name", "value", "\"><b>x</b>",
                "maxAge", "soon", "path", "/p", "sameSite", "None", "secure", "off", "secure", "on", "httpOnly", "off"));

        assertThat(response.body())
                .contains("value=\"bad name\"", "value=\"&#034;&gt;&lt;b&gt;x&lt;/b&gt;\"", "value=\"soon\"", "value=\"/p\"")
                .contains("<option value=\"None\" selected>")
                .containsPattern("name=\"secure\" value=\"on\" checked")
                .doesNotContainPattern("name=\"httpOnly\" value=\"on\" checked")
                .doesNotContain("<b>x</b>");
    }

    @Test
    void refusesACookieThatWouldLockTheBrowserOutAndDeleteAllStillWorks() {
        StringBuilder jar = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            jar.append(i == 0 ? "" : "; ").append("c").append(i).append('=').append("x".repeat(1000));
        }

        HttpResponse<String> withoutJar = postJson("name", "big", "value", "y".repeat(1500));
        HttpResponse<String> refusedWithJar = http.post("/setcookie", List.of("name", "big", "value", "y".repeat(1500)),
                "Accept", JSON, "Cookie", jar.toString());
        HttpResponse<String> home = http.get("/", "Cookie", jar.toString());
        HttpResponse<String> deleteAll = http.post("/setcookie", List.of("action", "delete-all"), "Cookie", jar.toString());

        assertThat(withoutJar.statusCode()).isEqualTo(200);
        assertThat(refusedWithJar.statusCode()).isEqualTo(400);
        assertThat(refusedWithJar.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(Json.parse(refusedWithJar.body()).getJsonArray("errors").getJsonObject(0).getString("code"))
                .isEqualTo("budget-exceeded");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(deleteAll.statusCode()).isEqualTo(200);
        assertThat(deleteAll.headers().allValues("Set-Cookie")).hasSize(2 * 5); // and each partitioned twin
    }

    @Test
    void deleteExpiresTheCookieWithTheSamePathAndDomain() {
        HttpResponse<String> response = postJson("action", "delete", "name", "theme", "value", "ignored",
                "path", "/app", "domain", "localhost");

        // And the partitioned cookie of that name, Path and Domain, which only a Partitioned header reaches.
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly(
                "theme=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:10 GMT; Domain=localhost; Path=/app; HttpOnly; SameSite=Lax",
                "theme=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:10 GMT; Domain=localhost; Path=/app; Secure; HttpOnly; "
                        + "SameSite=Lax; Partitioned");
    }

    @ParameterizedTest
    @CsvSource({"__Host-id, delete", "__SECURE-id, delete", "__Host-id, set"})
    void aNameThatDemandsSecureGetsItWhenTheFieldIsLeftOut(String name, String action) {
        // As the home page's row Delete buttons post, and a JSON client may.
        HttpResponse<String> response = postJson("action", action, "name", name, "value", "1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(header -> assertThat(header).contains("; Secure;"));
        assertThat(Json.parse(response.body()).getJsonArray("warnings")).isEmpty();
        assertThat(Json.parse(response.body()).getBoolean("browserKeepsIt")).isTrue();
    }

    @Test
    void aNameThatDemandsSecureIsLeftWithoutItWhenTheFormSaysOff() {
        HttpResponse<String> response = postJson("action", "delete", "name", "__Host-id", "secure", "off");

        assertThat(response.headers().allValues("Set-Cookie")).first().asString().doesNotContain("Secure");
        assertThat(response.body()).contains("prefix-host");
        assertThat(Json.parse(response.body()).getBoolean("browserKeepsIt")).isFalse();
    }

    /** A name over 1024 bytes (a script can set one) is deleted; one over 4096, which no browser keeps, is counted. */
    @Test
    void deleteAllReachesLongNamesAndCountsTheOnesNoResponseCanDelete() {
        String longName = "N".repeat(1025);

        JsonObject result = Json.parse(http.post("/setcookie", List.of("action", "delete-all"), "Accept", JSON,
                "Cookie", longName + "=1").body());
        HttpResponse<String> rowButton = http.post("/setcookie", List.of("action", "delete", "name", longName));
        JsonObject huge = Json.parse(http.post("/setcookie", List.of("action", "delete-all"), "Accept", JSON,
                "Cookie", "N".repeat(6100) + "=1; small=1").body());

        assertThat(result.getJsonArray("setCookie").getString(0)).startsWith(longName + "=; Max-Age=0");
        assertThat(result.containsKey("left")).isFalse();
        assertThat(rowButton.statusCode()).isEqualTo(200);
        assertThat(rowButton.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                header -> assertThat(header).startsWith(longName + "=;"));
        assertThat(huge.getJsonArray("setCookie").getString(0)).startsWith("small=;");
        assertThat(huge.getInt("left")).isEqualTo(1);
        assertThat(huge.getInt("unwritable")).isEqualTo(1);
        assertThat(http.post("/setcookie", List.of("action", "delete-all"), "Cookie", "N".repeat(6100) + "=1").body())
                .contains("data-unwritable=\"1\"", "over 4096 bytes").doesNotContain("Delete the rest");
    }

    /** Chromium and curl keep both: a __Host- cookie whose Domain is the page's own IP, and Secure from localhost. */
    @ParameterizedTest(name = "Host: {0}")
    @CsvSource(delimiter = '|', value = {"127.0.0.1 | name=__Host-d&value=1&secure=on&domain=127.0.0.1",
            "localhost. | name=fq&value=1&secure=on", "LAB.localhost. | name=fq&value=1&secure=on"})
    void cookiesBrowsersKeepAreNotPredictedDropped(String host, String body) {
        Http.Raw response = http.rawFormPost("/setcookie", host + ":" + base.getPort(), body,
                "Accept: application/json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"warnings\":[]", "\"browserKeepsIt\":true");
    }

    @Test
    void deleteAllExpiresEveryCookieSentButTheReservedOnes() {
        HttpResponse<String> response = http.post("/setcookie", List.of("action", "delete-all"), "Accept", JSON,
                "Cookie", "a=1; __Host-b=2; JSESSIONID=abc");

        assertThat(response.headers().allValues("Set-Cookie")).containsExactly(
                "a=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:10 GMT; Path=/; HttpOnly; SameSite=Lax",
                "a=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:10 GMT; Path=/; Secure; HttpOnly; SameSite=Lax; Partitioned",
                "__Host-b=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:10 GMT; Path=/; Secure; HttpOnly; SameSite=Lax",
                "__Host-b=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:10 GMT; Path=/; Secure; HttpOnly; SameSite=Lax; "
                        + "Partitioned");
        assertThat(Json.parse(response.body()).getJsonArray("setCookie").getValuesAs(JsonString::getString))
                .isEqualTo(response.headers().allValues("Set-Cookie"));
    }
}
