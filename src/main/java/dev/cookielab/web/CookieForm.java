package dev.cookielab.web;

import dev.cookielab.cookie.CookieChecker;
import dev.cookielab.cookie.CookieRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;

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
        return new CookieRequest(action,
                request.getParameter("name"),
                request.getParameter("value"),
                request.getParameter("maxAge"),
                request.getParameter("path"),
                request.getParameter("domain"),
                request.getParameter("sameSite"),
                // A name that demands Secure gets it unless the field says otherwise: the row Delete buttons and
                // JSON clients leave the field out, and would otherwise send what browsers ignore.
                flag(request, "secure", CookieChecker.requiresSecure(request.getParameter("name"))),
                flag(request, "httpOnly", true),
                flag(request, "partitioned", false),
                flag(request, "signed", false));
    }

    /**
     * A missing field takes its default. The form sends a hidden {@code off} before each checkbox,
     * so an unticked box still says "off" and a ticked one adds "on".
     */
    private static boolean flag(HttpServletRequest request, String field, boolean byDefault) {
        String[] values = request.getParameterValues(field);
        if (values == null) {
            return byDefault;
        }
        for (String value : values) {
            if (YES.contains(value)) {
                return true;
            }
        }
        return false;
    }
}
