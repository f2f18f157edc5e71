package dev.cookielab.web;

import dev.cookielab.cookie.CookieProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether the request's parameters arrived whole: Tomcat skips one it cannot decode ({@code value=%ZZ}) and goes on,
 * so unchecked, {@code value=%ZZ} would set an empty value. Also refuses other body types and repeated fields.
 */
public final class FormInput {

    /** Tomcat's {@code Globals.PARAMETER_PARSE_FAILED_REASON_ATTR}: a {@code Parameters.FailReason}, or null. */
    static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";
    static final String FORM_TYPE = "application/x-www-form-urlencoded";
    static final String UNREADABLE = "form-unreadable";
    static final String UNSUPPORTED = "form-unsupported";
    static final String REPEATED = "field-repeated";
    /** What an HTML form or curl sends, in which Tomcat finds the fields. */
    private static final Set<Charset> READABLE = Set.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII,
            StandardCharsets.ISO_8859_1);

    /** Why a request's input is refused: the status to answer, and the problems in words. */
    public record Refusal(int status, List<CookieProblem> problems) {
    }

    private FormInput() {
    }

    /** A POST's form: a URL-encoded body (or none), read whole, each of {@code single} once; null when usable. */
    public static Refusal refusesForm(HttpServletRequest request, List<String> single) {
        Refusal refusal = unsupported(request.getContentType());
        return refusal != null ? refusal : refusesParameters(request, single);
    }

    /** Every parameter of the query string and body read, each of {@code single} once; null when usable. */
    public static Refusal refusesParameters(HttpServletRequest request, List<String> single) {
        Map<String, String[]> parameters = request.getParameterMap(); // Tomcat parses them when first asked.
        Object reason = request.getAttribute(PARSE_FAILED_REASON);
        if (reason != null) {
            return unreadable(reason.toString());
        }
        Refusal notUtf8 = notUtf8(parameters);
        return notUtf8 != null ? notUtf8 : repeated(parameters, single);
    }

    /**
     * Tomcat decodes bytes that are not UTF-8 ({@code value=caf%E9}) as U+FFFD, without a word: refused, naming the
     * field, rather than set in place of what was meant. (U+FFFD typed as such, {@code %EF%BF%BD}, is refused too.)
     */
    static Refusal notUtf8(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            boolean badName = parameter.getKey().indexOf('\uFFFD') >= 0;
            if (badName || Arrays.stream(parameter.getValue()).anyMatch(value -> value.indexOf('\uFFFD') >= 0)) {
                String field = badName ? "" : parameter.getKey();
                return new Refusal(HttpServletResponse.SC_BAD_REQUEST, List.of(CookieProblem.error(field, UNREADABLE,
                        (badName ? "A field's name" : field) + " holds bytes that are not UTF-8 (%E9 alone is how "
                                + "ISO-8859-1 writes é; UTF-8 writes it %C3%A9). Send the form in UTF-8, as browsers "
                                + "do for Cookie Lab's pages.")));
            }
        }
        return null;
    }

    /** Fields of {@code single} sent more than once: which one was meant is not for Cookie Lab to guess. */
    static Refusal repeated(Map<String, String[]> parameters, List<String> single) {
        List<CookieProblem> problems = new ArrayList<>();
        for (String field : single) {
            String[] values = parameters.get(field);
            if (values != null && values.length > 1) {
                problems.add(CookieProblem.error(field, REPEATED, field + " was sent " + values.length
                        + " times. Send it once: Cookie Lab does not guess which one was meant."));
            }
        }
        return problems.isEmpty() ? null : new Refusal(HttpServletResponse.SC_BAD_REQUEST, List.copyOf(problems));
    }

    /** A body that is not a URL-encoded form. A request without a body has no type, and is read as an empty form. */
    static Refusal unsupported(String contentType) {
        if (contentType == null) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim();
        if (mediaType.toLowerCase(Locale.ROOT).equals(FORM_TYPE)) {
            return parameters < 0 ? null : unsupportedCharset(contentType.substring(parameters + 1));
        }
        return new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, problems(UNSUPPORTED,
                "Send the form as " + FORM_TYPE + " (an HTML form's default, and what curl -d sends): "
                        + "Cookie Lab does not read multipart/form-data (curl -F), JSON or any other type."));
    }

    /**
     * A form's {@code charset} that Tomcat would not read as sent: one it does not know (it would read UTF-8 in its
     * place), or one that does not write {@code &} and {@code =} as ASCII (UTF-16), whose fields it cannot find.
     */
    private static Refusal unsupportedCharset(String parameters) {
        for (String parameter : parameters.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length < 2 || !pair[0].trim().equalsIgnoreCase("charset")) {
                continue;
            }
            String name = pair[1].trim().replace("\"", "");
            Charset charset = charset(name);
            if (charset != null && READABLE.contains(charset)) {
                return null;
            }
            return new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, problems(UNSUPPORTED,
                    "The form says charset=" + name + (charset == null ? ", which the server does not know"
                            : ", in which the server cannot find the form's fields") + ". Send it in UTF-8."));
        }
        return null;
    }

    /** The charset of that name, or {@code null} for one the JDK does not know or whose name is malformed. */
    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknownOrMalformed) {
            return null;
        }
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
        return new Refusal(status, problems(UNREADABLE,
                "The request's parameters could not all be read: " + why + ". Cookie Lab did nothing with them."));
    }

    /** A problem with the request as a whole, not with one field. */
    private static List<CookieProblem> problems(String code, String message) {
        return List.of(CookieProblem.error("", code, message));
    }
}
