package dev.cookielab.lab;

import static dev.cookielab.web.JsonBodies.JSON;
import static dev.cookielab.web.JsonBodies.problem;

import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.IgnoredCookie;
import dev.cookielab.web.Answer;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON API's bodies, built with JSON-P; {@link Answer} writes them. */
final class JsonViews {

    private JsonViews() {
    }

    static JsonObject setResult(List<String> setCookie, List<CookieProblem> warnings, boolean browserKeepsIt) {
        JsonArrayBuilder headers = JSON.createArrayBuilder();
        setCookie.forEach(headers::add);
        JsonArrayBuilder list = JSON.createArrayBuilder();
        warnings.forEach(warning -> list.add(problem(warning).add("rule", warning.rule())
                .add("fix", warning.fix()).add("dropsCookie", warning.dropsCookie())));
        return JSON.createObjectBuilder()
                .add("setCookie", headers)
                .add("warnings", list)
                .add("browserKeepsIt", browserKeepsIt)
                .build();
    }

    /** {@link #setResult} of "delete all", with {@code left} and {@code unwritable} when some were not deleted. */
    static JsonObject deleteAllResult(SetOutcome outcome) {
        JsonObject result = setResult(outcome.setCookie(), List.of(), true);
        if (outcome.left() == 0) {
            return result;
        }
        JsonObjectBuilder body = JSON.createObjectBuilder(result).add("left", outcome.left());
        return (outcome.unwritable() == 0 ? body : body.add("unwritable", outcome.unwritable())).build();
    }

    /** The first cookie of the name, the one a server reads, then the others it shadows and the skipped pairs. */
    static JsonObject cookie(GetPage page) {
        JsonObjectBuilder body = JSON.createObjectBuilder().add("name", page.name())
                .add("present", page.report() != null);
        if (page.report() != null) {
            described(body, page.report());
        }
        if (!page.shadowed().isEmpty()) {
            JsonArrayBuilder others = JSON.createArrayBuilder();
            page.shadowed().forEach(other -> others.add(described(JSON.createObjectBuilder(), other)));
            body.add("shadowed", others);
        }
        addIgnored(body, page.ignored());
        if (page.comeback() != null) {
            body.add("comeback", page.comeback().label());
        }
        return body.build();
    }

    private static JsonObjectBuilder described(JsonObjectBuilder body, CookieReport report) {
        return body.add("value", report.value())
                .add("raw", report.raw())
                .add("bytes", report.bytes())
                .add("signature", report.signature().label());
    }

    /** httpbin's shape, name to the value a server reads; plus later values of names sent twice, and skipped pairs. */
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

    /** {@code "ignored": [{"pair", "reason", "decoded"}, ...]}, only when there are any; "decoded" only if quoted. */
    private static void addIgnored(JsonObjectBuilder body, List<IgnoredCookie> ignored) {
        if (ignored.isEmpty()) {
            return;
        }
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (IgnoredCookie pair : ignored) {
            JsonObjectBuilder entry = JSON.createObjectBuilder().add("pair", pair.pair()).add("reason", pair.reason());
            list.add(pair.decoded() == null ? entry : entry.add("decoded", pair.decoded()));
        }
        body.add("ignored", list);
    }
}
