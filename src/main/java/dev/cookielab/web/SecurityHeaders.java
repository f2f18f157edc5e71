package dev.cookielab.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The headers every response carries; pages that show cookies are also never stored by a cache. */
public final class SecurityHeaders {

    /** No script at all; styles and images only from here; forms only post here; never framed. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        apply(request, response, CONTENT_SECURITY_POLICY, false);
    }

    /**
     * A page that needs more than the default policy (a script, another origin, a frame) sets all the headers again
     * with its own: the filter set them before the page was known, and a header cannot be taken back one at a time.
     */
    public static void widen(HttpServletRequest request, HttpServletResponse response, String policy,
            boolean framed) {
        response.reset();
        apply(request, response, policy, framed);
    }

    private static void apply(HttpServletRequest request, HttpServletResponse response, String policy,
            boolean framed) {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Not no-referrer: with it, browsers send "Origin: null" on our own form posts.
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (!framed) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        if (!request.getServletPath().startsWith("/static/")) {
            response.setHeader("Cache-Control", "no-store");
            // The answer depends on the cookies sent and, for the JSON API, on Accept.
            response.setHeader("Vary", "Cookie, Accept");
        }
    }
}
