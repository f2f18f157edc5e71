package dev.cookielab.web;

import dev.cookielab.cookie.Comeback;
import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.IgnoredCookie;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON API's bodies, built with JSON-P. */
final class JsonViews {

    // Factories, once: Json.createWriter() would look the provider up with a ServiceLoader on every call.
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private JsonViews() {
    }

    /** JSON when the client's {@code Accept} prefers it to HTML (a browser never does). */
    static boolean wanted(HttpServletRequest request) {
        return Negotiation.choose(request.getHeader("Accept"), Negotiation.Form.HTML) == Negotiation.Form.JSON;
    }

    /** JSON unless the client's {@code Accept} prefers HTML: for {@code /cookies}, httpbin's JSON by default. */
    static boolean wantedFirst(HttpServletRequest request) {
        return Negotiation.choose(request.getHeader("Accept"), Negotiation.Form.JSON) == Negotiation.Form.JSON;
    }

    static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (JsonWriter writer = WRITERS.createWriter(response.getWriter())) {
            writer.writeObject(body);
        }
    }

    static JsonObject errors(List<CookieProblem> errors) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (CookieProblem error : errors) {
            list.add(JSON.createObjectBuilder()
                    .add("field", error.field())
                    .add("code", error.code())
                    .add("message", error.message()));
        }
        return JSON.createObjectBuilder().add("errors", list).build();
    }

    static JsonObject setResult(List<String> setCookie, List<CookieProblem> warnings, boolean browserKeepsIt) {
        JsonArrayBuilder headers = JSON.createArrayBuilder();
        setCookie.forEach(headers::add);
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (CookieProblem warning : warnings) {
            list.add(JSON.createObjectBuilder()
                    .add("field", warning.field())
                    .add("code", warning.code())
                    .add("message", warning.message())
                    .add("rule", warning.rule())
                    .add("dropsCookie", warning.dropsCookie()));
        }
        return JSON.createObjectBuilder()
                .add("setCookie", headers)
                .add("warnings", list)
                .add("browserKeepsIt", browserKeepsIt)
                .build();
    }

    /** {@link #setResult} of "delete all", and {@code left}: how many cookies did not fit in it, when any did not. */
    static JsonObject deleteAllResult(List<String> setCookie, int left) {
        JsonObject result = setResult(setCookie, List.of(), true);
        return left == 0 ? result : JSON.createObjectBuilder(result).add("left", left).build();
    }

    /**
     * The first cookie of the name, the one a server reads, and after {@code shadowed} any others of that name the
     * request carried; after {@code ignored}, the pairs of that name it carried that the server did not read.
     * {@code comeback} is null unless the request asked whether a set or delete came true.
     */
    static JsonObject cookie(String name, List<CookieReport> sent, List<IgnoredCookie> ignored, Comeback comeback) {
        JsonObjectBuilder body = JSON.createObjectBuilder().add("name", name).add("present", !sent.isEmpty());
        if (!sent.isEmpty()) {
            described(body, sent.get(0));
        }
        if (sent.size() > 1) {
            JsonArrayBuilder others = JSON.createArrayBuilder();
            for (CookieReport other : sent.subList(1, sent.size())) {
                others.add(described(JSON.createObjectBuilder(), other));
            }
            body.add("shadowed", others);
        }
        addIgnored(body, ignored);
        if (comeback != null) {
            body.add("comeback", comeback.label());
        }
        return body.build();
    }

    private static JsonObjectBuilder described(JsonObjectBuilder body, CookieReport report) {
        return body.add("value", report.value())
                .add("raw", report.raw())
                .add("bytes", report.bytes())
                .add("signature", report.signature().label());
    }

    /**
     * httpbin's shape, name to the value a server reads (the first of its name); when some name was sent more than
     * once, {@code shadowed} gives the values of the cookies that came after the first, by name; when some pair of
     * the Cookie header was not read as a cookie, {@code ignored} lists it.
     */
    static JsonObject cookies(List<CookieReport> reports, List<IgnoredCookie> ignored) {
        JsonObjectBuilder cookies = JSON.createObjectBuilder();
        Map<String, JsonArrayBuilder> shadowed = new LinkedHashMap<>();
        for (CookieReport report : reports) {
            if (report.shadowedBy() == 0) {
                cookies.add(report.name(), report.value());
            } else {
                shadowed.computeIfAbsent(report.name(), name -> JSON.createArrayBuilder()).add(report.value());
            }
        }
        JsonObjectBuilder body = JSON.createObjectBuilder().add("cookies", cookies);
        if (!shadowed.isEmpty()) {
            JsonObjectBuilder byName = JSON.createObjectBuilder();
            shadowed.forEach(byName::add);
            body.add("shadowed", byName);
        }
        addIgnored(body, ignored);
        return body.build();
    }

    /** {@code "ignored": [{"pair", "reason"}, ...]}, only when there are any. */
    private static void addIgnored(JsonObjectBuilder body, List<IgnoredCookie> ignored) {
        if (ignored.isEmpty()) {
            return;
        }
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (IgnoredCookie pair : ignored) {
            list.add(JSON.createObjectBuilder().add("pair", pair.pair()).add("reason", pair.reason()));
        }
        body.add("ignored", list);
    }
}
