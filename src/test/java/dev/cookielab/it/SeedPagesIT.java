package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Flask tutorial's two pages, as a browser or curl sees them. */
class SeedPagesIT extends DeployedApp {

    @Test
    void setCookieSaysSoAndSetsTheTutorialCookieWithSecureDefaults() {
        HttpResponse<String> response = http.get("/setcookie");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=utf-8"));
        // Each attribute of the header shown is a span of its own, so that lines break between attributes.
        assertThat(response.body().replaceAll("</?span[^>]*>", "")).contains("The Cookie has been Set",
                "Set-Cookie: Name=AskPython; Path=/; HttpOnly; SameSite=Lax");
        assertThat(response.headers().allValues("Set-Cookie"))
                .containsExactly("Name=AskPython; Path=/; HttpOnly; SameSite=Lax");
    }

    @Test
    void setCookieIgnoresQueryParameters() {
        HttpResponse<String> response = http.get("/setcookie?name=evil&value=x&Name=other");

        assertThat(response.headers().allValues("Set-Cookie"))
                .containsExactly("Name=AskPython; Path=/; HttpOnly; SameSite=Lax");
    }

    @Test
    void getCookieReadsTheTutorialCookie() {
        HttpResponse<String> response = http.get("/getcookie", "Cookie", "Name=AskPython");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("The Site : AskPython");
    }

    @Test
    void getCookieSaysNoneWithoutTheCookie() {
        HttpResponse<String> response = http.get("/getcookie", "Cookie", "Other=AskPython");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("The Site : None").doesNotContain("The Site : AskPython");
    }

    /** The tutorial's text stays exact; the page adds a way forward, which sets the tutorial's cookie. */
    @Test
    void getCookieWithoutTheCookieOffersToSetItFirst() {
        String none = http.get("/getcookie").body();
        String found = http.get("/getcookie", "Cookie", "Name=AskPython").body();
        String other = http.get("/getcookie?name=theme").body();

        assertThat(none).contains("<p class=\"result\">The Site : None</p>",
                "<p data-set-first><a href=\"/setcookie\">Set it first");
        assertThat(found).doesNotContain("data-set-first");
        assertThat(other).contains("<p data-set-first><a href=\"/\">Set it first");
    }

    /** Every page names its icon, so that browsers do not ask for /favicon.ico and log a 404 on every page. */
    @Test
    void everyPageLinksAnIconThatIsServed() {
        HttpResponse<String> icon = http.get("/static/favicon.svg");

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith("<svg");
        for (String page : List.of("/", "/getcookie", "/setcookie", "/missing")) {
            assertThat(http.get(page).body()).contains("<link rel=\"icon\" href=\"/static/favicon.svg\"");
        }
    }

    @Test
    void theNavigationSaysWhatEachLinkDoes() {
        assertThat(http.get("/").body()).contains("<a href=\"/\">Lab</a>",
                "<a href=\"/setcookie\">Tutorial: set <code>Name</code></a>",
                "<a href=\"/getcookie\">Tutorial: read it</a>");
    }

    @Test
    void homeLinksBothPagesAndListsTheCookiesSent() {
        HttpResponse<String> response = http.get("/", "Cookie", "Name=AskPython; theme=dark");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("href=\"/setcookie\"", "href=\"/getcookie\"")
                .contains("<code>theme</code>", "<code>dark</code>", "<code>Name</code>", "<code>AskPython</code>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "'><img/src=x/onerror=alert(1)>"})
    void hostileCookieValuesAreRenderedEscaped(String payload) {
        // Payloads written without spaces or double quotes, which RFC 6265 parsing would drop.
        String header = "Name=" + payload;
        String escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#039;");

        for (String page : new String[] {"/", "/getcookie"}) {
            String body = http.get(page, "Cookie", header).body();

            assertThat(body).as(page).doesNotContain(payload).contains(escaped);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/setcookie", "/getcookie", "/no-such-page", "/static/lab.css"})
    void noPageEverStartsASession(String path) {
        HttpResponse<String> response = http.get(path, "Cookie", "Name=AskPython");

        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(h -> h.toUpperCase().contains("JSESSIONID"));
        assertThat(response.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void unknownPagesGetAPlainNotFoundWithoutServerDetails() {
        HttpResponse<String> response = http.get("/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Not found", "/no-such-page").doesNotContain("Tomcat", "Exception");
    }

    @Test
    void wrongMethodGetsA405PageWithoutServerDetails() {
        HttpResponse<String> response = http.send(
                java.net.http.HttpRequest.newBuilder(http.uri("/getcookie")).method("DELETE",
                        java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("Method not allowed").doesNotContain("Tomcat", "Exception");
    }

    @Test
    void stylesheetIsServed() {
        HttpResponse<String> response = http.get("/static/lab.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }
}
