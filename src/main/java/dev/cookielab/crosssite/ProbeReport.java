package dev.cookielab.crosssite;

import dev.cookielab.crosssite.CrossSiteExperiment.Probe;
import dev.cookielab.crosssite.CrossSiteExperiment.TestCookie;
import dev.cookielab.web.JsonBodies;
import dev.cookielab.web.ServletCookies;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one probe of the cross-site experiment carried to the other site: which test cookies, and the {@code
 * Sec-Fetch-*} headers. It goes back to the page in the response itself, so that no server keeps any state.
 */
public record ProbeReport(Probe probe, List<String> sent, String site, String mode, String dest) {

    /** The values an image's height encodes, in order (crosssite.js decodes with the same lists). */
    static final List<String> SITES = List.of("", "none", "same-origin", "same-site", "cross-site");
    static final List<String> MODES = List.of("", "navigate", "no-cors", "cors", "same-origin");
    static final List<String> DESTS = List.of("", "document", "iframe", "image", "empty", "other");

    static ProbeReport of(Probe probe, HttpServletRequest request) {
        Set<String> names = ServletCookies.sent(request).read().stream().map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<String> sent = Arrays.stream(TestCookie.values()).filter(cookie -> names.contains(cookie.cookieName()))
                .map(TestCookie::label).toList();
        return new ProbeReport(probe, sent, header(request, "Sec-Fetch-Site", SITES),
                header(request, "Sec-Fetch-Mode", MODES), header(request, "Sec-Fetch-Dest", DESTS));
    }

    /** The header's value when it is one of {@code known}; "other" where the list has it, else empty. */
    private static String header(HttpServletRequest request, String name, List<String> known) {
        String value = request.getHeader(name);
        return value == null ? "" : known.contains(value) ? value : known.contains("other") ? "other" : "";
    }

    /** For the navigations' way back: {@code step=link&sent=lax,none&site=cross-site&mode=navigate&dest=document}. */
    String query() {
        return "step=" + probe.label() + "&sent=" + String.join(",", sent) + "&site=" + encode(site) + "&mode="
                + encode(mode) + "&dest=" + encode(dest);
    }

    /** For the image: its width is 1 + a bit per test cookie sent, its height 1 + the Sec-Fetch-* values' indexes. */
    String svg() {
        int bits = 0;
        for (TestCookie cookie : TestCookie.values()) {
            if (sent.contains(cookie.label())) {
                bits |= 1 << cookie.ordinal();
            }
        }
        int height = 1 + SITES.indexOf(site) + SITES.size() * (MODES.indexOf(mode)
                + MODES.size() * DESTS.indexOf(dest));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (1 + bits) + "\" height=\"" + height + "\"/>";
    }

    /** For a fetch, and the iframe's message: {@code {"request":"fetch","sent":["none"],"site":"cross-site",...}}. */
    JsonObject json() {
        JsonArrayBuilder list = JsonBodies.JSON.createArrayBuilder();
        sent.forEach(list::add);
        return JsonBodies.JSON.createObjectBuilder().add("request", probe.label()).add("sent", list).add("site", site)
                .add("mode", mode).add("dest", dest).build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
