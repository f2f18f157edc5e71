package dev.cookielab.lab;

import dev.cookielab.cookie.CookieRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

/** Reads the set-a-cookie form (and the JSON API's identical form fields) into a {@link CookieRequest}. */
final class CookieForm {

    private static final Set<String> YES = Set.of("on", "true", "1", "yes");
    /** The fields that take one value. The flags may come twice: the form sends "off" before each checkbox. */
    static final List<String> FIELDS = List.of("action", "name", "value", "maxAge", "path", "domain", "sameSite");

    private CookieForm() {
    }

    /** The action, or {@code null} when the field holds something else. */
    static CookieRequest.Action action(HttpServletRequest request) {
        String action = request.getParameter("action");
        if (action == null || action.isEmpty() || action.equals("set")) {
            return CookieRequest.Action.SET;
        }
        return action.equals("delete") ? CookieRequest.Action.DELETE : null;
    }

    static CookieRequest read(HttpServletRequest request, CookieRequest.Action action) {
        String name = request.getParameter("name");
        Boolean httpOnly = flag(request, "httpOnly");
        return (action == CookieRequest.Action.DELETE ? CookieRequest.delete(name) : CookieRequest.set(name))
                .value(request.getParameter("value"))
                .maxAge(request.getParameter("maxAge"))
                .path(request.getParameter("path"))
                .domain(request.getParameter("domain"))
                .sameSite(request.getParameter("sameSite"))
                // Left out, Secure takes the name's default: the row Delete buttons and JSON clients leave it out.
                .secure(flag(request, "secure"))
                .httpOnly(httpOnly == null || httpOnly)
                .partitioned(Boolean.TRUE.equals(flag(request, "partitioned")))
                .signed(Boolean.TRUE.equals(flag(request, "signed")))
                .build();
    }

    /** A query that fills the form in as {@code form} was: each field, and each flag as on or off. */
    static String query(CookieRequest form) {
        StringJoiner query = new StringJoiner("&");
        if (form.action() == CookieRequest.Action.DELETE) {
            query.add("action=delete");
        }
        BiConsumer<String, String> add = (field, text) -> {
            if (text != null) {
                query.add(field + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            }
        };
        add.accept("name", form.name());
        add.accept("value", form.value());
        add.accept("maxAge", form.maxAge());
        add.accept("path", form.path());
        add.accept("domain", form.domain());
        add.accept("sameSite", form.sameSite());
        add.accept("secure", form.secure() ? "on" : "off");
        add.accept("httpOnly", form.httpOnly() ? "on" : "off");
        add.accept("partitioned", form.partitioned() ? "on" : "off");
        add.accept("signed", form.signed() ? "on" : "off");
        return query.toString();
    }

    /**
     * {@code null} for a missing field. The form sends a hidden {@code off} before each checkbox, so an unticked box
     * still says "off" and a ticked one adds "on".
     */
    private static Boolean flag(HttpServletRequest request, String field) {
        String[] values = request.getParameterValues(field);
        if (values == null) {
            return null;
        }
        for (String value : values) {
            if (YES.contains(value)) {
                return true;
            }
        }
        return false;
    }
}
