package dev.cookielab.web;

import dev.cookielab.cookie.CookieProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A secret a person types, such as the key that checks a cookie's signature: taken from the body of a POST alone,
 * from the lab's own page or a client of its API, and never written anywhere (the page, the JSON, the log).
 */
public final class SecretField {

    /** A PEM public key of RSA 8192 bits is under 2 KB. */
    public static final int MAX_BYTES = 8 * 1024;

    private SecretField() {
    }

    /** Why the request's secret {@code field} is refused, or {@code null} when it is absent or usable. */
    public static FormInput.Refusal refusal(HttpServletRequest request, String field) {
        String secret = request.getParameter(field);
        if (secret == null) {
            return null;
        }
        if (request.getMethod().equals("GET") || inQuery(request, field)) {
            return new FormInput.Refusal(HttpServletResponse.SC_BAD_REQUEST, List.of(CookieProblem.error(field,
                    field + "-in-url", "The " + field + " travels only in the body of a POST, from the form: a URL is "
                            + "kept in logs, history and Referer headers. Nothing was decoded; if it is real, consider "
                            + "it seen.")));
        }
        if (Origins.refuses(request)) {
            return new FormInput.Refusal(HttpServletResponse.SC_FORBIDDEN, List.of(CookieProblem.error(field,
                    field + "-refused", "A " + field + " is taken only from Cookie Lab's own page or from a client of "
                            + "its API, not from another site's form.")));
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return new FormInput.Refusal(HttpServletResponse.SC_BAD_REQUEST, List.of(CookieProblem.error(field,
                    field + "-too-long", "The " + field + " is over " + MAX_BYTES / 1024 + " KB: give the secret "
                            + "itself, or the PEM public key alone.")));
        }
        return null;
    }

    /** Whether the query string names the parameter: a secret there is already in logs and history. */
    private static boolean inQuery(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (URLDecoder.decode(parameter.split("=", 2)[0], StandardCharsets.UTF_8).equals(name)) {
                return true;
            }
        }
        return false;
    }
}
