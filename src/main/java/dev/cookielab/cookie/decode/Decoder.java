package dev.cookielab.cookie.decode;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * What a cookie's value is: each format is asked in turn, the most particular first, and the first that recognises
 * the value reads it. docs/decode.md lists the formats, their ids and the sources they are read from.
 */
public final class Decoder {

    /** Four times what a browser keeps: a larger value is no cookie. */
    public static final int MAX_VALUE_BYTES = 8 * 1024;
    private static final Logger LOG = Logger.getLogger(Decoder.class.getName());
    /**
     * A value, not a {@code name=value} pair: no {@code =} at all, or only base64's padding, or Rails'
     * {@code data==--iv==--tag==}. A name is never 16 base64 characters that end in padding.
     */
    private static final Pattern VALUE = Pattern.compile("[^=;\\s]+|[A-Za-z0-9+/_-]{16,}={1,2}"
            + "|[A-Za-z0-9+/]{16,}={0,2}--[A-Za-z0-9+/]+={0,2}(--[A-Za-z0-9+/]+={0,2})?");

    private Decoder() {
    }

    /** Whether a line of text is a cookie's value on its own, rather than a {@code name=value} pair or a header. */
    public static boolean isValueAlone(String line) {
        return VALUE.matcher(line).matches();
    }

    /**
     * @param name the cookie's name ({@code ""} for a value pasted on its own)
     * @param others the other cookies sent or set with it, by name: cookie-session's {@code name.sig} is among them
     * @param keys the key given for this request, and the well-known ones
     */
    public static Decoded decode(String name, String value, Map<String, String> others, Keys keys, Instant now) {
        String text = value == null ? "" : value.strip();
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            return unreadable("It is over " + MAX_VALUE_BYTES / 1024 + " KB, more than twice what a browser keeps "
                    + "for a cookie: the lab reads no further.", now);
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1); // a quoted cookie-value (RFC 6265 §4.1.1): Tornado's
        }
        String plain = Bytes.percentDecoded(text);
        String decoded = plain == null ? text : plain;
        try {
            if (decoded.length() < 16) { // shorter than any signature, id or envelope: a plain value, or j:JSON
                Decoded json = Express.read(name, decoded, keys, now);
                return json != null ? json : Encodings.read(decoded, text, now);
            }
            Decoded found = Tornado.read(name, text, keys, now);
            found = found != null ? found : Express.read(name, decoded, keys, now);
            found = found != null ? found : Jwt.read(decoded, keys, now);
            found = found != null ? found : Rails.read(name, decoded, keys, now);
            found = found != null ? found : Django.read(name, decoded, keys, now);
            found = found != null ? found : Itsdangerous.read(name, decoded, keys, now);
            found = found != null ? found : Express.session(name, decoded, others, keys, now);
            found = found != null ? found : Express.signature(name, decoded, others, now);
            found = found != null ? found : SessionIds.read(name, decoded, now);
            found = found != null ? found : Django.id(name, decoded, now);
            found = found != null ? found : Analytics.read(name, decoded, now);
            return found != null ? found : Encodings.read(decoded, text, now);
        } catch (Bytes.Unreadable e) {
            return unreadable(e.getMessage(), now);
        } catch (RuntimeException e) {
            // A value no format foresaw must not cost the page: say so, and leave the trace to the log.
            LOG.log(Level.WARNING, "decoding failed on a value of " + text.length() + " characters", e);
            return unreadable("The lab failed to read it: a fault of the lab's, logged for its maintainers.", now);
        }
    }

    private static Decoded unreadable(String why, Instant now) {
        return Decoded.of("unreadable", "Unreadable").why("certain", why)
                .readable("Unreadable: the lab stopped before reading it.").build(now);
    }

    /** The {@code "format"} object of the JSON answers; docs/api.md describes each field. The key is never in it. */
    public static JsonObject json(Decoded decoded) {
        JsonArrayBuilder warnings = Payloads.JSON.createArrayBuilder();
        decoded.warnings().forEach(warnings::add);
        JsonObjectBuilder json = Payloads.JSON.createObjectBuilder().add("id", decoded.id()).add("name", decoded.name())
                .add("certainty", decoded.certainty()).add("why", decoded.why())
                .add("payload", decoded.payload() == null ? JsonValue.NULL : decoded.payload());
        instant(json, "issuedAt", decoded.issuedAt());
        instant(json, "expiresAt", decoded.expiresAt());
        instant(json, "notBefore", decoded.notBefore());
        if (decoded.algorithm() == null) {
            json.addNull("algorithm");
        } else {
            json.add("algorithm", decoded.algorithm());
        }
        json.add("compressed", decoded.compressed()).add("encrypted", decoded.encrypted())
                .add("signature", decoded.signature().label());
        if (decoded.wellKnownKey() == null) {
            json.addNull("wellKnownKey");
        } else {
            json.add("wellKnownKey", decoded.wellKnownKey());
        }
        return json.add("readable", decoded.readable()).add("warnings", warnings).build();
    }

    private static void instant(JsonObjectBuilder json, String key, Instant at) {
        if (at == null) {
            json.addNull(key);
        } else {
            json.add(key, at.toString());
        }
    }
}
