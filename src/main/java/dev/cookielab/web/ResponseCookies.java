package dev.cookielab.web;

import dev.cookielab.cookie.CookieSpec;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/** The one place that turns a checked {@link CookieSpec} into a {@code Set-Cookie}, and reads cookies back. */
final class ResponseCookies {

    private ResponseCookies() {
    }

    /** Adds the cookie and returns the exact {@code Set-Cookie} header values the response now carries. */
    static List<String> add(HttpServletResponse response, CookieSpec spec) {
        Cookie cookie = new Cookie(spec.name(), spec.value());
        cookie.setPath(spec.path());
        if (spec.domain() != null) {
            cookie.setDomain(spec.domain());
        }
        if (spec.maxAge() != null) {
            cookie.setMaxAge(spec.maxAge());
        }
        cookie.setSecure(spec.secure());
        cookie.setHttpOnly(spec.httpOnly());
        if (spec.sameSite() != null) {
            cookie.setAttribute("SameSite", spec.sameSite().label());
        }
        if (spec.partitioned()) {
            cookie.setAttribute("Partitioned", "");
        }
        response.addCookie(cookie);
        return List.copyOf(response.getHeaders("Set-Cookie"));
    }

    static List<Cookie> sent(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? List.of() : List.of(cookies);
    }

    static String value(HttpServletRequest request, String name) {
        for (Cookie cookie : sent(request)) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
