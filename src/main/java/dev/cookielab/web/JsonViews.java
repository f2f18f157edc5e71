package dev.cookielab.web;

import dev.cookielab.cookie.Comeback;
import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieReport;
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
import java.util.List;
import java.util.Map;

/** The JSON API's bodies, built with JSON-P. */
final class JsonViews {

    // Factories, once: Json.createWriter() would look the provider up with a ServiceLoader on every call.
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private JsonViews() {
    }

    /** JSON when the client asks for it and does not ask for HTML first (a browser always does). */
    static boolean wanted(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
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

    /** {@code comeback} is null unless the request asked whether a set or delete came true. */
    static JsonObject cookie(String name, CookieReport report, Comeback comeback) {
        JsonObjectBuilder body = JSON.createObjectBuilder().add("name", name).add("present", report != null);
        if (report != null) {
            body.add("value", report.value())
                    .add("raw", report.raw())
                    .add("bytes", report.bytes())
                    .add("signature", report.signature().label());
        }
        if (comeback != null) {
            body.add("comeback", comeback.label());
        }
        return body.build();
    }

    static JsonObject cookies(List<CookieReport> reports) {
        JsonObjectBuilder cookies = JSON.createObjectBuilder();
        for (CookieReport report : reports) {
            cookies.add(report.name(), report.value());
        }
        return JSON.createObjectBuilder().add("cookies", cookies).build();
    }
}
