package dev.cookielab.web;

import dev.cookielab.cookie.CookieChecker;
import dev.cookielab.cookie.CookieSpec;
import dev.cookielab.cookie.SentCookies;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where servlets meet cookies: the one place that turns a checked {@link CookieSpec} into a
 * {@code Set-Cookie}, and its twin that reads the cookies a request carried.
 */
public final class ServletCookies {

    /** The page that reads a cookie back, under the context path: where the Check link goes. */
    public static final String READ_PATH = "/getcookie";

    private ServletCookies() {
    }

    /** Adds the cookies and returns the exact {@code Set-Cookie} header values the response now carries. */
    public static List<String> add(HttpServletResponse response, List<CookieSpec> specs) {
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

    /** The cookies the request carried: what Tomcat read, and the Cookie headers as sent. */
    public static SentCookies sent(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return new SentCookies(cookies == null ? List.of()
                : Arrays.stream(cookies).map(cookie -> Map.entry(cookie.getName(), cookie.getValue())).toList(),
                Collections.list(request.getHeaders("Cookie")));
    }

    public static CookieChecker.Context context(HttpServletRequest request, SentCookies sent) {
        String sessionCookie = request.getServletContext().getSessionCookieConfig().getName();
        Set<String> reserved = sessionCookie == null || sessionCookie.isEmpty()
                ? Set.of("jsessionid")
                : Set.of("jsessionid", sessionCookie.toLowerCase(Locale.ROOT));
        return new CookieChecker.Context(request.getServerName(), request.isSecure(), sent.read(), reserved,
                request.getContextPath() + READ_PATH);
    }

    /** What a replayed line may be at most: a browser's own limit on a header line is of this order. */
    static final int MAX_REPLAYED_BYTES = 8 * 1024;

    /**
     * Explain's "Try it in this browser", the one place a {@code Set-Cookie} is written as the person gave it rather
     * than built from a {@link CookieSpec}: so that the browser sees the very bytes their app sends. Refuses, writing
     * nothing, a line that holds CR, LF or NUL (which would end the header or more) or passes 8 KB; returns why.
     */
    public static String replay(HttpServletResponse response, List<String> lines) {
        for (String line : lines) {
            if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0 || line.indexOf('\0') >= 0) {
                return "A line holds CR, LF or NUL, which would end the Set-Cookie header: it cannot be replayed.";
            }
            if (line.getBytes(StandardCharsets.UTF_8).length > MAX_REPLAYED_BYTES) {
                return "A line is over " + MAX_REPLAYED_BYTES / 1024 + " KB: it cannot be replayed.";
            }
        }
        for (String line : lines) {
            // Tomcat writes header values as ISO-8859-1: the UTF-8 bytes of the line go out one char per byte.
            response.addHeader("Set-Cookie", new String(line.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.ISO_8859_1));
        }
        return null;
    }
}
