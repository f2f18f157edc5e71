package dev.cookielab.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The headers every response carries; pages that show cookies are also never stored by a cache. */
final class SecurityHeaders {

    /** No script at all; styles and images only from here; forms only post here; never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getServletPath();
        // Widened on the cross-site lab's two pages alone, and only for the sibling origin.
        String sibling = path.equals("/crosssite") || path.equals("/crosssite/frame")
                ? Sites.CONFIGURED.siblingOrigin(request) : null;
        response.setHeader("Content-Security-Policy", policy(path, sibling));
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Not no-referrer: with it, browsers send "Origin: null" on our own form posts.
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (sibling == null || !path.equals("/crosssite/frame")) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        if (!path.startsWith("/static/")) {
            response.setHeader("Cache-Control", "no-store");
            // The answer depends on the cookies sent and, for the JSON API, on Accept.
            response.setHeader("Vary", "Cookie, Accept");
        }
    }

    /** The experiment's page runs its own static script and reaches the sibling; its iframe is framed by it. */
    static String policy(String path, String sibling) {
        if (sibling == null) {
            return CONTENT_SECURITY_POLICY;
        }
        if (path.equals("/crosssite")) {
            return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' " + sibling
                    + "; frame-src " + sibling + "; connect-src 'self' " + sibling + "; form-action 'self' "
                    + sibling + "; frame-ancestors 'none'; base-uri 'none'";
        }
        return "default-src 'none'; script-src 'self'; style-src 'self'; form-action 'none'; frame-ancestors "
                + sibling + "; base-uri 'none'";
    }
}
