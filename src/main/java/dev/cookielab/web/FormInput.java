package dev.cookielab.web;

import dev.cookielab.cookie.CookieProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;

/**
 * Whether the request's parameters (query string and form body) arrived as the client sent them.
 *
 * <p>Tomcat skips a parameter it cannot decode ({@code value=%ZZ}, a field with no name, a form over
 * {@code maxPostSize}) and goes on, noting why in a request attribute that nothing reads unless asked. Unchecked,
 * {@code value=%ZZ} would set the cookie with an empty value, and {@code /getcookie?name=%ZZ} would answer for the
 * tutorial's cookie instead. A body of any other type than a URL-encoded form (multipart, JSON) is not read at all,
 * and would have been refused as a form without a name.
 */
final class FormInput {

    /** Tomcat's {@code Globals.PARAMETER_PARSE_FAILED_REASON_ATTR}: a {@code Parameters.FailReason}, or null. */
    static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";
    static final String FORM_TYPE = "application/x-www-form-urlencoded";
    static final String UNREADABLE = "form-unreadable";
    static final String UNSUPPORTED = "form-unsupported";

    /** Why a request's input is refused: the status to answer, and the problem in words. */
    record Refusal(int status, CookieProblem problem) {

        List<CookieProblem> problems() {
            return List.of(problem);
        }
    }

    private FormInput() {
    }

    /** A POST's form: a URL-encoded body (or none), every parameter read. Null when it can be used. */
    static Refusal refusesForm(HttpServletRequest request) {
        Refusal refusal = unsupported(request.getContentType());
        return refusal != null ? refusal : refusesQuery(request);
    }

    /** Every parameter read, of the query string and of a form body. Null when they can be used. */
    static Refusal refusesQuery(HttpServletRequest request) {
        request.getParameterMap(); // Tomcat parses the parameters when they are first asked for.
        Object reason = request.getAttribute(PARSE_FAILED_REASON);
        return reason == null ? null : unreadable(reason.toString());
    }

    /** A body that is not a URL-encoded form. A request without a body has no type, and is read as an empty form. */
    static Refusal unsupported(String contentType) {
        if (contentType == null) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim();
        if (mediaType.toLowerCase(Locale.ROOT).equals(FORM_TYPE)) {
            return null;
        }
        return new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, problem(UNSUPPORTED,
                "Send the form as " + FORM_TYPE + " (an HTML form's default, and what curl -d sends): "
                        + "Cookie Lab does not read multipart/form-data (curl -F), JSON or any other type."));
    }

    /** Tomcat's reason for skipping parameters (the name of a {@code Parameters.FailReason}) in words. */
    static Refusal unreadable(String reason) {
        int status = HttpServletResponse.SC_BAD_REQUEST;
        String why;
        switch (reason) {
            case "URL_DECODING" -> why = "a name or value holds a % that is not followed by two hexadecimal digits "
                    + "(write a % itself as %25)";
            case "NO_NAME" -> why = "a field has a value but no name";
            case "TOO_MANY_PARAMETERS" -> why = "it has more fields than the server reads";
            case "POST_TOO_LARGE" -> {
                status = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
                why = "it is larger than the server reads";
            }
            case "REQUEST_BODY_INCOMPLETE", "CLIENT_DISCONNECT", "IO_ERROR" -> why = "it did not arrive whole";
            case "INVALID_CONTENT_TYPE", "MULTIPART_CONFIG_INVALID" -> why = "its type is not one the server reads";
            default -> why = "the server could not decode it";
        }
        return new Refusal(status, problem(UNREADABLE,
                "The request's parameters could not all be read: " + why + ". Cookie Lab did nothing with them."));
    }

    private static CookieProblem problem(String code, String message) {
        return new CookieProblem("", code, message, "", false);
    }
}
