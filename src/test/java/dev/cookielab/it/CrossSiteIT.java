package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A form posted to /setcookie from another site is refused and sets nothing. */
class CrossSiteIT extends DeployedApp {

    private static final List<String> FORM = List.of("name", "planted", "value", "1");

    private String ownOrigin() {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "Sec-Fetch-Site, cross-site",
            "Sec-Fetch-Site, same-site",
            "Origin, http://evil.example",
            "Origin, null"})
    void refusesCrossSitePostsWith403AndSetsNothing(String header, String value) {
        HttpResponse<String> html = http.post("/setcookie", FORM, header, value);
        HttpResponse<String> json = http.post("/setcookie", FORM, header, value, "Accept", "application/json");

        assertThat(html.statusCode()).isEqualTo(403);
        assertThat(html.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(html.body()).contains("posted from another site").doesNotContain("Tomcat");
        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(json.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(Json.parse(json.body()).getJsonArray("errors").getJsonObject(0).getString("code"))
                .isEqualTo("cross-site");
    }

    @Test
    void servesOurOwnPagesFormsAndClientsThatSendNeitherHeader() {
        HttpResponse<String> browser = http.post("/setcookie", FORM, "Sec-Fetch-Site", "same-origin", "Origin", ownOrigin());
        HttpResponse<String> curl = http.post("/setcookie", FORM);

        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.headers().allValues("Set-Cookie")).hasSize(1);
        assertThat(curl.statusCode()).isEqualTo(200);
        assertThat(curl.headers().allValues("Set-Cookie")).hasSize(1);
    }
}
