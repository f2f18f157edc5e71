package dev.cookielab.web;

import jakarta.servlet.http.HttpServletResponse;

/** The headers every response carries; pages that show cookies are also never stored by a cache. */
final class SecurityHeaders {

    /** No script at all; styles and images only from here; forms only post here; never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response, boolean showsCookies) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Not no-referrer: with it, browsers send "Origin: null" on our own form posts.
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (showsCookies) {
            response.setHeader("Cache-Control", "no-store");
            // The answer depends on the cookies sent and, for the JSON API, on Accept.
            response.setHeader("Vary", "Cookie, Accept");
        }
    }
}
