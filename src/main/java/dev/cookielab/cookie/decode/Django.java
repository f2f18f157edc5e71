package dev.cookielab.cookie.decode;

import dev.cookielab.cookie.decode.Decoded.Verdict;
import jakarta.json.JsonValue;
import java.time.Instant;

/**
 * Django (django/core/signing.py, django/http/response.py, contrib/sessions/backends/signed_cookies.py): a signed
 * value is {@code value:timestamp:signature}, the timestamp in base62 and the signature a base64url HMAC-SHA256
 * (HMAC-SHA1 before 3.1) under {@code sha256(salt + "signer" + key)}. The salt is the cookie's name for
 * {@code set_signed_cookie} (whose key is {@code "django.http.cookies" + SECRET_KEY}), the session backend's module
 * for the signed_cookies session, and {@code django.core.signing} for {@code signing.dumps}.
 */
final class Django {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String SESSION_SALT = "django.contrib.sessions.backends.signed_cookies";

    private Django() {
    }

    static Decoded read(String name, String value, Keys keys, Instant now) throws Bytes.Unreadable {
        String[] parts = value.split(":", -1);
        if (parts.length < 3) {
            return null;
        }
        String sig = parts[parts.length - 1];
        byte[] signature = sig.contains("=") ? null : Bytes.base64(sig);
        Long timestamp = base62(parts[parts.length - 2]);
        if (signature == null || signature.length != 32 && signature.length != 20 || timestamp == null) {
            return null;
        }
        String signed = value.substring(0, value.length() - sig.length() - 1);
        String body = value.substring(0, signed.lastIndexOf(':'));
        boolean compressed = body.startsWith(".");
        byte[] bytes = Bytes.base64(compressed ? body.substring(1) : body);
        JsonValue json = bytes == null ? null : Payloads.json(Bytes.utf8(compressed ? Bytes.inflate(bytes) : bytes));
        String hash = signature.length == 32 ? "SHA256" : "SHA1";
        String digest = signature.length == 32 ? "SHA-256" : "SHA-1";
        String[][] variants = json == null
                ? new String[][] {{"django-signed-cookie", "Django signed cookie", name, "django.http.cookies"}}
                : new String[][] {
                    {"django-signed-cookies-session", "Django signed_cookies session", SESSION_SALT, ""},
                    {"django-signed", "Django signing.dumps value", "django.core.signing", ""},
                    {"django-signed-cookie", "Django signed cookie", name, "django.http.cookies"}};
        String[] chosen = variants[0];
        Keys.Check check = null;
        for (String[] variant : variants) {
            Keys.Check tried = keys.check(secret -> Bytes.same(signature, Bytes.hmac("Hmac" + hash, Bytes.digest(
                    digest, Bytes.utf8(variant[2] + "signer"), Bytes.utf8(variant[3]), secret), Bytes.utf8(signed))));
            check = check == null ? tried : check;
            if (tried.verdict() == Verdict.VALID || tried.wellKnown() != null) {
                chosen = variant; // a key proves which salt signed it
                check = tried;
                break;
            }
        }
        if (check.verdict() != Verdict.VALID && check.wellKnown() == null && json != null) {
            chosen = name.equals("sessionid") ? variants[0] : variants[1];
        }
        return Decoded.of(chosen[0], chosen[1])
                .why("likely", (compressed ? "A \".\"-compressed " : "A ")
                        + (json == null ? "value" : "JSON payload") + " with a base62 timestamp and an HMAC-" + hash
                        + " signature" + (check.verdict() == Verdict.VALID ? ", verified with the key." : ", by its "
                        + "shape."))
                .payload(json != null ? json : Payloads.string(body)).issued(Instant.ofEpochSecond(timestamp), "Signed")
                .algorithm("HMAC-" + hash).compressed(compressed).checked(check).build(now);
    }

    /** Django's session id (32 of [a-z0-9]) and CSRF cookie (32, or 64 when masked, of [A-Za-z0-9]), by name. */
    static Decoded id(String name, String value, Instant now) {
        if (name.equals("sessionid") && value.matches("[a-z0-9]{32}")) {
            return Decoded.of("django-session-id", "Django session id")
                    .why("likely", "Named sessionid, 32 characters of [a-z0-9]: the key of a session kept on the "
                            + "server (database, cache or file backend).")
                    .payload(Payloads.string(value)).readable("A random id: it says nothing, but whoever has it is "
                            + "logged in as you until the session ends.").build(now);
        }
        if (name.equals("csrftoken") && value.matches("[A-Za-z0-9]{32}|[A-Za-z0-9]{64}")) {
            return Decoded.of("django-csrf-token", "Django CSRF token")
                    .why("likely", "Named csrftoken, " + value.length() + " letters and digits: "
                            + (value.length() == 64 ? "a masked secret (Django before 4.1)." : "the CSRF secret."))
                    .payload(Payloads.string(value)).readable("A random secret the page's forms echo; it carries no "
                            + "data.").build(now);
        }
        return null;
    }

    private static Long base62(String text) {
        if (text.isEmpty() || text.length() > 8) {
            return null;
        }
        long value = 0;
        for (char c : text.toCharArray()) {
            int digit = BASE62.indexOf(c);
            if (digit < 0) {
                return null;
            }
            value = value * 62 + digit;
        }
        return value > 1_000_000_000L && value < 10_000_000_000L ? value : null;
    }
}
