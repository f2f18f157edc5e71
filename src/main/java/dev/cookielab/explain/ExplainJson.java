package dev.cookielab.explain;

import static dev.cookielab.web.JsonBodies.JSON;

import dev.cookielab.cookie.BrowserModel.Ignored;
import dev.cookielab.cookie.BrowserModel.Outcome;
import dev.cookielab.cookie.BrowserModel.Stored;
import dev.cookielab.cookie.Refusal;
import dev.cookielab.cookie.decode.Decoded;
import dev.cookielab.cookie.decode.Decoder;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * {@code {"url": …, "lines": […], "jar": […], "sentTo": […], "cookies": […], "value": …}}: docs/api.md
 * describes each field; every value has its {@code "format"} (docs/decode.md).
 */
final class ExplainJson {

    private ExplainJson() {
    }

    static JsonObject of(Explanation explanation) {
        JsonArrayBuilder lines = JSON.createArrayBuilder();
        for (int i = 0; i < explanation.lines().size(); i++) {
            Outcome outcome = explanation.lines().get(i);
            JsonArrayBuilder ignored = JSON.createArrayBuilder();
            for (Ignored one : outcome.ignored()) {
                ignored.add(JSON.createObjectBuilder().add("attribute", one.attribute()).add("why", one.why()));
            }
            JsonArrayBuilder warnings = JSON.createArrayBuilder();
            if (outcome.capped()) {
                warnings.add("Its expiry is past 400 days: browsers cap it there (RFC 6265bis §5.6.1).");
            }
            if (outcome.deletes()) {
                warnings.add("It expires at once: it deletes any cookie of that name, Domain and Path.");
            }
            JsonObjectBuilder line = JSON.createObjectBuilder().add("line", outcome.line())
                    .add("stored", outcome.stored()).add("defaultPath", outcome.defaultPath())
                    .add("cookie", outcome.cookie() == null ? JsonValue.NULL : cookie(outcome.cookie()).build())
                    .add("refused", outcome.refusals().isEmpty() ? JsonValue.NULL
                            : refusal(outcome.refusals().get(0)).build());
            JsonArrayBuilder reasons = JSON.createArrayBuilder();
            outcome.refusals().forEach(refusal -> reasons.add(refusal(refusal)));
            lines.add(line.add("refusals", reasons).add("ignored", ignored).add("warnings", warnings)
                    .add("format", Decoder.json(explanation.formats().get(i))));
        }
        JsonArrayBuilder jar = JSON.createArrayBuilder();
        explanation.jar().forEach(cookie -> jar.add(cookie(cookie)));
        JsonArrayBuilder sentTo = JSON.createArrayBuilder();
        for (Explanation.Target target : explanation.sentTo()) {
            JsonArrayBuilder cookies = JSON.createArrayBuilder();
            for (int i = 0; i < explanation.jar().size(); i++) {
                String why = target.whyNot().get(i);
                JsonObjectBuilder entry = JSON.createObjectBuilder().add("name", explanation.jar().get(i).name())
                        .add("sent", why == null);
                cookies.add(why == null ? entry : entry.add("why", why));
            }
            sentTo.add(JSON.createObjectBuilder().add("request", target.label()).add("url", target.url())
                    .add("cookies", cookies));
        }
        JsonArrayBuilder cookies = JSON.createArrayBuilder();
        for (Explanation.Pair pair : explanation.cookiePairs()) {
            cookies.add(JSON.createObjectBuilder().add("name", pair.name()).add("value", pair.value())
                    .add("format", Decoder.json(pair.format())));
        }
        Decoded value = explanation.value();
        return JSON.createObjectBuilder().add("url", explanation.url().toString()).add("lines", lines)
                .add("jar", jar).add("sentTo", sentTo).add("cookies", cookies)
                .add("value", value == null ? JsonValue.NULL : JSON.createObjectBuilder().add("format",
                        Decoder.json(value)).build()).build();
    }

    private static JsonObjectBuilder cookie(Stored cookie) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("name", cookie.name()).add("value", cookie.value())
                .add("domain", cookie.domain()).add("hostOnly", cookie.hostOnly()).add("path", cookie.path());
        orNull(json, "expires", cookie.expires() == null ? null : cookie.expires().toString());
        json.add("secure", cookie.secure()).add("httpOnly", cookie.httpOnly());
        orNull(json, "sameSite", cookie.sameSite() == null ? null : cookie.sameSite().label());
        json.add("partitioned", cookie.partitioned());
        return orNull(json, "partitionKey", cookie.partitionKey());
    }

    private static JsonObjectBuilder orNull(JsonObjectBuilder json, String key, String value) {
        return value == null ? json.addNull(key) : json.add(key, value);
    }

    private static JsonObjectBuilder refusal(Refusal refusal) {
        return JSON.createObjectBuilder().add("code", refusal.code()).add("chromium", refusal.chromium())
                .add("rule", refusal.rule()).add("message", refusal.message()).add("fix", refusal.fix());
    }
}
