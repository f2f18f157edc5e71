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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON API's bodies, built with JSON-P; {@link Answer} writes them. */
final class JsonViews {

    // Made once: Json.createObjectBuilder() would look the provider up with a ServiceLoader on every call.
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private JsonViews() {
    }

    static JsonObject errors(List<CookieProblem> errors) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        errors.forEach(error -> list.add(problem(error)));
        return JSON.createObjectBuilder().add("errors", list).build();
    }

    static JsonObject setResult(List<String> setCookie, List<CookieProblem> warnings, boolean browserKeepsIt) {
        JsonArrayBuilder headers = JSON.createArrayBuilder();
        setCookie.forEach(headers::add);
        JsonArrayBuilder list = JSON.createArrayBuilder();
        warnings.forEach(warning -> list.add(problem(warning).add("rule", warning.rule())
                .add("dropsCookie", warning.dropsCookie())));
        return JSON.createObjectBuilder()
                .add("setCookie", headers)
                .add("warnings", list)
                .add("browserKeepsIt", browserKeepsIt)
                .build();
    }

    private static JsonObjectBuilder problem(CookieProblem problem) {
        return JSON.createObjectBuilder()
                .add("field", problem.field())
                .add("code", problem.code())
                .add("message", problem.message());
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
