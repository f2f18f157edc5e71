package dev.cookielab.web;

import dev.cookielab.cookie.CookieChecker;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.CookieSpec;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where servlets meet cookies: the one place that turns a checked {@link CookieSpec} into a
 * {@code Set-Cookie}, and its twin that reads the cookies a request carried.
 */
final class ServletCookies {

    private ServletCookies() {
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
            // Tomcat writes Partitioned for the value "true" (Boolean.parseBoolean), not for an empty one.
            cookie.setAttribute("Partitioned", "true");
        }
        response.addCookie(cookie);
        return List.copyOf(response.getHeaders("Set-Cookie"));
    }

    /** Name to raw value, in the order sent; of two cookies with one name, the first (as browsers order: longest path). */
    static Map<String, String> sent(HttpServletRequest request) {
        Map<String, String> sent = new LinkedHashMap<>();
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                sent.putIfAbsent(cookie.getName(), cookie.getValue());
            }
        }
        return sent;
    }

    static List<CookieReport> reports(HttpServletRequest request) {
        List<CookieReport> reports = new ArrayList<>();
        sent(request).forEach((name, raw) -> reports.add(CookieReport.of(name, raw, Signing.SIGNER)));
        return reports;
    }

    /** The first cookie of that name, as {@link #sent} keeps it, without building the whole map. */
    static CookieReport report(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(name)) {
                    return CookieReport.of(name, cookie.getValue(), Signing.SIGNER);
                }
            }
        }
        return null;
    }

    static CookieChecker.Context context(HttpServletRequest request) {
        String sessionCookie = request.getServletContext().getSessionCookieConfig().getName();
        Set<String> reserved = sessionCookie == null || sessionCookie.isEmpty()
                ? Set.of("jsessionid")
                : Set.of("jsessionid", sessionCookie.toLowerCase(Locale.ROOT));
        return new CookieChecker.Context(request.getServerName(), request.isSecure(), sent(request), reserved);
    }
}
