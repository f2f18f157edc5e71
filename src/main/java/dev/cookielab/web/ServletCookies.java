package dev.cookielab.web;

import dev.cookielab.cookie.CookieChecker;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.CookieSpec;
import dev.cookielab.cookie.IgnoredCookie;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where servlets meet cookies: the one place that turns a checked {@link CookieSpec} into a
 * {@code Set-Cookie}, and its twin that reads the cookies a request carried.
 */
final class ServletCookies {

    /** The page that reads a cookie back, under the context path: where the Check link goes. */
    static final String READ_PATH = "/getcookie";

    private ServletCookies() {
    }

    /** Adds the cookies and returns the exact {@code Set-Cookie} header values the response now carries. */
    static List<String> add(HttpServletResponse response, List<CookieSpec> specs) {
        for (CookieSpec spec : specs) {
            response.addCookie(cookie(spec));
        }
        return List.copyOf(response.getHeaders("Set-Cookie"));
    }

    private static Cookie cookie(CookieSpec spec) {
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
        return cookie;
    }

    /**
     * Name and raw value of every cookie sent, in the order sent, a name as often as it came: a view of Tomcat's
     * cookies, so that asking only how many there are (as {@link IgnoredCookie#among} does first) copies nothing.
     */
    static List<Map.Entry<String, String>> sent(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? List.of() : new AbstractList<>() {
            @Override
            public Map.Entry<String, String> get(int index) {
                return Map.entry(cookies[index].getName(), cookies[index].getValue());
            }

            @Override
            public int size() {
                return cookies.length;
            }
        };
    }

    static List<CookieReport> reports(HttpServletRequest request) {
        return CookieReport.all(sent(request), Signing.SIGNER);
    }

    /** The cookies of that name, in the order sent: the first is the one a server reads. */
    static List<CookieReport> reports(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return List.of();
        }
        List<Map.Entry<String, String>> named = new ArrayList<>(1);
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                named.add(Map.entry(name, cookie.getValue()));
            }
        }
        return CookieReport.all(named, Signing.SIGNER);
    }

    /** The pairs of the request's Cookie headers that Tomcat did not read as cookies, in the order sent. */
    static List<IgnoredCookie> ignored(HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders("Cookie");
        return headers == null || !headers.hasMoreElements()
                ? List.of() : IgnoredCookie.among(Collections.list(headers), sent(request));
    }

    /** Those of them with that name. */
    static List<IgnoredCookie> ignored(HttpServletRequest request, String name) {
        return ignored(request).stream().filter(pair -> pair.name().equals(name)).toList();
    }

    static CookieChecker.Context context(HttpServletRequest request) {
        String sessionCookie = request.getServletContext().getSessionCookieConfig().getName();
        Set<String> reserved = sessionCookie == null || sessionCookie.isEmpty()
                ? Set.of("jsessionid")
                : Set.of("jsessionid", sessionCookie.toLowerCase(Locale.ROOT));
        return new CookieChecker.Context(request.getServerName(), request.isSecure(), sent(request), reserved,
                request.getContextPath() + READ_PATH);
    }
}
