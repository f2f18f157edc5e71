package dev.cookielab.cookie.decode;

import dev.cookielab.cookie.decode.Decoded.Verdict;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;

/**
 * itsdangerous (pallets/itsdangerous: signer.py, timed.py, url_safe.py) and what is built on it: Flask's session
 * (flask/sessions.py) and Starlette's (starlette/middleware/sessions.py). A value is {@code payload[.timestamp].sig},
 * the signature a base64url HMAC-SHA1 of everything before the last dot, under a key derived from the secret.
 */
final class Itsdangerous {

    /** One way of signing: its salt, and Flask's derivation (HMAC) or itsdangerous' own ("django-concat"). */
    private record Variant(String id, String name, String salt, boolean flask, boolean timed, boolean serialized) {

        byte[] key(byte[] secret) {
            return flask ? Bytes.hmac("HmacSHA1", secret, Bytes.utf8(salt))
                    : Bytes.digest("SHA-1", Bytes.utf8(salt), Bytes.utf8("signer"), secret);
        }
    }

    private static final Variant FLASK = new Variant("flask-session", "Flask session cookie", "cookie-session", true,
            true, true);
    private static final Variant STARLETTE = new Variant("starlette-session", "Starlette session cookie",
            "itsdangerous.Signer", false, true, true);
    private static final List<Variant> TIMED = List.of(FLASK, new Variant("itsdangerous-timed",
            "itsdangerous URLSafeTimedSerializer value", "itsdangerous", false, true, true), STARLETTE);
    private static final Variant TIMESTAMP_SIGNER = new Variant("itsdangerous-timestamp-signer",
            "itsdangerous TimestampSigner value", "itsdangerous.Signer", false, true, false);
    private static final Variant SERIALIZER = new Variant("itsdangerous", "itsdangerous URLSafeSerializer value",
            "itsdangerous", false, false, true);
    private static final Variant SIGNER = new Variant("itsdangerous-signer", "itsdangerous Signer value",
            "itsdangerous.Signer", false, false, false);

    private Itsdangerous() {
    }

    /** The value read as itsdangerous writes it, or {@code null} if it has not that shape. */
    static Decoded read(String name, String value, Keys keys, Instant now) throws Bytes.Unreadable {
        int last = value.lastIndexOf('.');
        byte[] signature = last < 0 ? null : Bytes.base64(value.substring(last + 1));
        if (signature == null || signature.length != 20 || value.substring(last + 1).contains("=")) {
            return null;
        }
        String signed = value.substring(0, last);
        int dot = signed.lastIndexOf('.');
        Long timestamp = dot < 0 ? null : timestamp(signed.substring(dot + 1));
        String body = timestamp == null ? signed : signed.substring(0, dot);
        boolean compressed = body.startsWith(".");
        JsonValue json = json(compressed ? body.substring(1) : body, compressed);
        List<Variant> variants = timestamp == null ? (json != null ? List.of(SERIALIZER, SIGNER) : List.of(SIGNER))
                : json != null ? TIMED : List.of(TIMESTAMP_SIGNER);
        Variant chosen = variants.get(0);
        Keys.Check check = null;
        for (Variant variant : variants) {
            Keys.Check tried = keys.check(secret -> Bytes.same(signature,
                    Bytes.hmac("HmacSHA1", variant.key(secret), Bytes.utf8(signed))));
            check = check == null ? tried : check;
            if (tried.verdict() == Verdict.VALID || tried.wellKnown() != null) {
                chosen = variant; // a key proves which of them signed it
                check = tried;
                break;
            }
        }
        if (check.verdict() != Verdict.VALID && check.wellKnown() == null && timestamp != null && json != null) {
            chosen = guess(name, body);
        }
        JsonValue payload = json == null ? Payloads.string(body) : chosen == FLASK ? Payloads.untagged(json) : json;
        String how = (compressed ? "A \".\"-compressed " : "An ") + "itsdangerous payload"
                + (timestamp == null ? "" : " with a timestamp") + " and an HMAC-SHA1 signature";
        return Decoded.of(chosen.id(), chosen.name())
                .why("likely", how + (check.verdict() == Verdict.VALID ? ", verified with "
                        + "the key." : ", by its shape" + (chosen != FLASK ? "." : name.isEmpty()
                        ? " (without its name or key, any itsdangerous URLSafeTimedSerializer value looks the same)."
                        : " and name.")))
                .payload(payload).issued(timestamp == null ? null : Instant.ofEpochSecond(timestamp), "Signed")
                .algorithm("HMAC-SHA1").compressed(compressed).checked(check).build(now);
    }

    /**
     * Without a key: Starlette's payload is standard base64 of spaced JSON; Flask's is named session, and is the one
     * met most often when the name is not known.
     */
    private static Variant guess(String name, String body) {
        if (body.contains("=") || body.contains("+") || body.contains("/") || body.startsWith("eyJ") && Bytes.utf8(
                Bytes.base64(body)) != null && Bytes.utf8(Bytes.base64(body)).contains("\": ")) {
            return STARLETTE;
        }
        return name.equals("session") || name.isEmpty() ? FLASK : TIMED.get(1);
    }

    /** int_to_bytes(int(time.time())) in base64url: a plausible instant, or {@code null}. */
    private static Long timestamp(String text) {
        byte[] bytes = text.length() <= 11 ? Bytes.base64(text) : null;
        if (bytes == null || bytes.length == 0 || bytes.length > 8 || text.contains("=")) {
            return null;
        }
        long seconds = 0;
        for (byte b : bytes) {
            seconds = seconds << 8 | (b & 0xff);
        }
        return seconds > 1_000_000_000L && seconds < 10_000_000_000L ? seconds : null;
    }

    private static JsonValue json(String body, boolean compressed) throws Bytes.Unreadable {
        byte[] bytes = Bytes.base64(body);
        if (bytes == null) {
            return null;
        }
        return Payloads.json(Bytes.utf8(compressed ? Bytes.inflate(bytes) : bytes));
    }
}
