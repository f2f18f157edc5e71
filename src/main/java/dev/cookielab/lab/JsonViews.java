package dev.cookielab.lab;

import static dev.cookielab.web.JsonBodies.JSON;
import static dev.cookielab.web.JsonBodies.problem;

import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.IgnoredCookie;
import dev.cookielab.cookie.decode.Decoded;
import dev.cookielab.cookie.decode.Decoder;
import dev.cookielab.web.Answer;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
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

    /**
     * {@link #setResult} of "delete all", with {@code tried} for the next press, {@code left} and {@code unwritable}
     * when some were not deleted, and {@code stillThere} once no name is left to try.
     */
    static JsonObject deleteAllResult(SetOutcome outcome) {
        DeleteAll all = outcome.all();
        JsonObjectBuilder body = JSON.createObjectBuilder(setResult(outcome.setCookie(), List.of(), true));
        JsonArrayBuilder tried = JSON.createArrayBuilder();
        all.tried().forEach(tried::add);
        body.add("tried", tried);
        if (all.left() > 0) {
            body.add("left", all.left());
        }
        if (all.unwritable() > 0) {
            body.add("unwritable", all.unwritable());
        }
        if (!all.stillThere().isEmpty()) {
            JsonArrayBuilder still = JSON.createArrayBuilder();
            all.stillThere().forEach(name -> still.add(JSON.createObjectBuilder().add("name", name)
                    .add("path", all.path()).add("reason", DeleteAll.REASON)));
            body.add("stillThere", still);
        }
        return body.build();
    }

    /** The first cookie of the name, the one a server reads, then the others it shadows and the skipped pairs. */
    static JsonObject cookie(GetPage page) {
        JsonObjectBuilder body = JSON.createObjectBuilder().add("name", page.name())
                .add("present", page.report() != null);
        if (page.report() != null) {
            described(body, page.report()).add("format", Decoder.json(page.format()));
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

    /**
     * httpbin's shape, name to the value a server reads; plus what each of those values is ({@code formats}), later
     * values of names sent twice, and skipped pairs.
     */
    static JsonObject cookies(List<CookieReport> reports, List<IgnoredCookie> ignored, Instant now) {
        JsonObjectBuilder cookies = JSON.createObjectBuilder();
        JsonObjectBuilder formats = JSON.createObjectBuilder();
        List<Decoded> decoded = Formats.of(reports, now);
        Map<String, JsonArrayBuilder> shadowed = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            CookieReport report = reports.get(i);
            if (report.shadowedBy() == 0) {
                cookies.add(report.name(), report.value());
                formats.add(report.name(), Decoder.json(decoded.get(i)));
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
        return body.add("formats", formats).build(); // last: httpbin's shape stays the answer's start
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
