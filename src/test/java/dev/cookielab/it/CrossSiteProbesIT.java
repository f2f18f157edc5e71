package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cross-site lab over HTTP: what the probes answer, CORS for the sibling alone, and the widened CSP. */
class CrossSiteProbesIT extends DeployedApp {

    private String sibling() {
        return "http://127.0.0.1:" + base.getPort();
    }

    @Test
    void corsAllowsTheSiblingOriginAloneAndNeverReflectsAForeignOne() {
        HttpResponse<String> sibling = http.get("/crosssite/probe?request=fetch", "Origin", sibling(),
                "Cookie", "cl-xs-none=1; cl-xs-lax=1; theme=dark");
        HttpResponse<String> foreign = http.get("/crosssite/probe?request=fetch", "Origin", "http://evil.example");
        HttpResponse<String> none = http.get("/crosssite/probe?request=fetch");

        assertThat(sibling.headers().firstValue("Access-Control-Allow-Origin")).hasValue(sibling());
        assertThat(sibling.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
        JsonObject report = Json.parse(sibling.body());
        assertThat(report.getJsonArray("sent")).extracting(Object::toString).containsExactly("\"lax\"", "\"none\"");
        for (HttpResponse<String> other : List.of(foreign, none)) {
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(other.headers().map().keySet()).noneMatch(header -> header.toLowerCase()
                    .startsWith("access-control-allow-"));
        }
    }

    @Test
    void theTopLevelVisitPlantsTheFixedFamilyAndGoesBackToTheSiblingOnly() {
        HttpResponse<String> plant = http.get("/crosssite/plant?back=http://evil.example/");

        assertThat(plant.statusCode()).isEqualTo(303);
        assertThat(plant.headers().firstValue("Location")).hasValue(sibling() + "/crosssite?step=planted");
        assertThat(plant.headers().allValues("Set-Cookie")).extracting(header -> header.replaceFirst("=.*", ""))
                .containsExactly("cl-xs-strict", "cl-xs-lax", "cl-xs-none", "cl-xs-default", "cl-xs-partitioned");
        assertThat(plant.headers().allValues("Set-Cookie")).allMatch(header -> header.contains("Max-Age=600"))
                .anyMatch(header -> header.startsWith("cl-xs-partitioned=1;") && header.contains("Partitioned"));
    }

    @Test
    void aNavigationProbeAnswersWithARedirectThatCarriesWhatArrived() {
        HttpResponse<String> probe = http.get("/crosssite/probe?request=link", "Cookie", "cl-xs-lax=1; cl-xs-none=1",
                "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document");
        HttpResponse<String> post = http.post("/crosssite/probe?request=form-post", List.of(), "Cookie", "cl-xs-none=1",
                "Sec-Fetch-Site", "cross-site", "Origin", "http://127.0.0.1:" + base.getPort());

        assertThat(probe.statusCode()).isEqualTo(303);
        assertThat(probe.headers().firstValue("Location")).hasValue(sibling()
                + "/crosssite?step=link&sent=lax,none&site=cross-site&mode=navigate&dest=document");
        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(post.headers().firstValue("Location")).get().asString().contains("step=form-post&sent=none");
        assertThat(probe.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theImageProbeEncodesTheCookiesInItsWidthAndTheHeadersInItsHeight() {
        HttpResponse<String> image = http.get("/crosssite/probe?request=img", "Cookie",
                "cl-xs-strict=1; cl-xs-iframe-partitioned=1", "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode",
                "no-cors", "Sec-Fetch-Dest", "image");

        assertThat(image.headers().firstValue("Content-Type")).get().asString().startsWith("image/svg+xml");
        // strict is bit 0, iframe-partitioned bit 5: 1 + 1 + 32; cross-site 4, no-cors 2, image 3: 1 + 4 + 5*(2 + 5*3).
        assertThat(image.body()).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"34\" height=\"90\"/>");
    }

    @Test
    void theFrameSetsItsPairAndReportsToTheSiblingAlone() {
        HttpResponse<String> frame = http.get("/crosssite/frame?purpose=plant", "Cookie", "cl-xs-none=1");

        assertThat(frame.headers().allValues("Set-Cookie")).extracting(header -> header.replaceFirst("=.*", ""))
                .containsExactly("cl-xs-iframe-partitioned", "cl-xs-iframe-unpartitioned");
        assertThat(frame.body()).contains("data-parent=\"" + sibling() + "\"", "&#034;sent&#034;:[&#034;none&#034;]");
        assertThat(frame.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors " + sibling() + ";", "script-src 'self'");
        assertThat(frame.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(http.get("/crosssite/frame?purpose=probe").headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theCspIsWidenedOnTheLabsPageAloneAndForTheSiblingAlone() {
        String lab = http.get("/crosssite").headers().firstValue("Content-Security-Policy").orElseThrow();
        String home = http.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        String probe = http.get("/crosssite/probe?request=fetch").headers().firstValue("Content-Security-Policy")
                .orElseThrow();

        assertThat(lab).contains("script-src 'self';", "frame-src " + sibling() + ";", "img-src 'self' " + sibling(),
                "connect-src 'self' " + sibling(), "form-action 'self' " + sibling(), "frame-ancestors 'none'");
        assertThat(home).doesNotContain("script-src", "127.0.0.1");
        assertThat(probe).isEqualTo(home);
    }

    @Test
    void aHostThatIsNeitherSiteCanSetNoTestCookie() {
        Http.Raw plant = http.rawGetAt("lab.localhost", "/crosssite/plant");
        Http.Raw probe = http.rawGetAt("lab.localhost", "/crosssite/probe?request=fetch", "Accept: application/json");

        assertThat(plant.status()).isEqualTo(404);
        assertThat(plant.hasHeader("Set-Cookie")).isFalse();
        assertThat(probe.status()).isEqualTo(400);
        assertThat(probe.body()).contains("probe-invalid");
        assertThat(http.get("/crosssite/probe?request=nonsense").statusCode()).isEqualTo(400);
    }

    @Test
    void theLabsSettingPathsTakeGetAloneAndTheProbesAPostToo() {
        HttpResponse<String> post = http.post("/crosssite/plant", List.of("name", "x", "value", "1"));

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(post.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(http.post("/crosssite", List.of()).statusCode()).isEqualTo(405);
        assertThat(http.post("/crosssite/probe?request=form-post", List.of()).statusCode()).isEqualTo(303);
    }

    @Test
    void postingToSetcookieFromTheSiblingIsStillRefused() {
        HttpResponse<String> post = http.post("/setcookie", List.of("name", "planted", "value", "1"),
                "Origin", sibling(), "Sec-Fetch-Site", "cross-site");

        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.headers().allValues("Set-Cookie")).isEmpty();
    }
}
