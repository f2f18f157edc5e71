package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every response carries the security headers; pages that show cookies are never cached. */
class SecurityHeadersIT extends DeployedApp {

    private Map<String, HttpResponse<String>> everyKindOfResponse() {
        return Map.ofEntries(
                Map.entry("home", http.get("/", "Cookie", "a=1")),
                Map.entry("tutorial set", http.get("/setcookie")),
                Map.entry("tutorial get", http.get("/getcookie", "Cookie", "Name=AskPython")),
                Map.entry("JSON listing", http.get("/cookies", "Cookie", "a=1")),
                Map.entry("form post", http.post("/setcookie", List.of("name", "n", "value", "v"))),
                Map.entry("refused form", http.post("/setcookie", List.of("name", "a b"))),
                Map.entry("cross-site post",
                        http.post("/setcookie", List.of("name", "n"), "Origin", "http://evil.example")),
                Map.entry("404", http.get("/missing")),
                Map.entry("400 page", http.get("/getcookie?name=a%20b")),
                Map.entry("Tomcat's 400 for too many cookies", http.get("/cookies", "Cookie", IntStream.range(0, 201)
                        .mapToObj(i -> "c" + i + "=" + i).collect(Collectors.joining("; ")))),
                Map.entry("405", http.send(java.net.http.HttpRequest.newBuilder(http.uri("/getcookie"))
                        .method("PUT", java.net.http.HttpRequest.BodyPublishers.noBody()))));
    }

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicyAndFriends() {
        everyKindOfResponse().forEach((kind, response) -> {
            HttpHeaders headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(kind).hasValue(
                    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                            + "frame-ancestors 'none'; base-uri 'none'");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(kind).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(kind).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(kind).hasValue("DENY");
            assertThat(headers.firstValue("Cache-Control")).as(kind).hasValue("no-store");
            assertThat(headers.firstValue("Vary")).as(kind).hasValue("Cookie, Accept");
        });
    }

    @Test
    void theStylesheetMayBeCachedButNotSniffed() {
        HttpResponse<String> css = http.get("/static/lab.css");

        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(css.headers().firstValue("Cache-Control")).isEmpty();
        assertThat(css.headers().firstValue("Vary")).isEmpty();
    }

    @Test
    void noPageHoldsInlineScriptOrStyle() {
        everyKindOfResponse().forEach((kind, response) -> assertThat(response.body()).as(kind)
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<style")
                .doesNotContainIgnoringCase(" style=").doesNotContainIgnoringCase(" onclick="));
    }
}
