package dev.cookielab.cookie.decode;

import dev.cookielab.cookie.decode.Decoded.Verdict;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Map;

/**
 * Express: cookie-parser's {@code s:value.sig} (cookie-signature: base64 HMAC-SHA256 of the value, {@code =}
 * stripped) and {@code j:JSON}; express-session's {@code connect.sid}, a signed session id; cookie-session's base64
 * JSON with its {@code name.sig} companion (keygrip: URL-safe base64 HMAC-SHA1 of {@code name=value}).
 */
final class Express {

    private Express() {
    }

    /** cookie-parser's prefixes, on the percent-decoded value; {@code null} without one. */
    static Decoded read(String name, String value, Keys keys, Instant now) throws Bytes.Unreadable {
        if (value.startsWith("j:")) {
            JsonValue json = Payloads.json(value.substring(2));
            return json == null ? null : Decoded.of("express-json", "Express JSON cookie")
                    .why("likely", "cookie-parser's \"j:\" prefix before JSON: res.cookie() was given an object.")
                    .payload(json).build(now);
        }
        int dot = value.lastIndexOf('.');
        if (!value.startsWith("s:") || dot < 0) {
            return null;
        }
        String signed = value.substring(2, dot);
        byte[] signature = Bytes.base64(value.substring(dot + 1));
        if (signature == null || signature.length != 32) {
            return null;
        }
        Keys.Check check = keys.check(secret -> Bytes.same(signature, Bytes.hmac("HmacSHA256", secret,
                Bytes.utf8(signed))));
        boolean session = name.equals("connect.sid") || signed.matches("[A-Za-z0-9_-]{32}") && !signed.startsWith("j:");
        JsonValue json = signed.startsWith("j:") ? Payloads.json(signed.substring(2)) : null;
        String verified = check.verdict() == Verdict.VALID ? ", verified with the key." : ".";
        Decoded.Builder found = session
                ? Decoded.of("express-session", "express-session id").why("likely", "express-session's connect.sid: "
                        + "\"s:\", a session id and its HMAC-SHA256" + verified).readable("Signed, not encrypted: "
                        + "the id says nothing, but whoever has it is logged in as you until the session ends.")
                : Decoded.of("express-signed", "Express signed cookie").why("likely", "cookie-parser's \"s:\" prefix: "
                        + (json != null ? "JSON (\"j:\") " : "a value ") + "and its HMAC-SHA256" + verified);
        return found.payload(json != null ? json : Payloads.string(signed)).algorithm("HMAC-SHA256")
                .checked(check).build(now);
    }

    /**
     * cookie-session: base64 JSON, checked against {@code name.sig} when the browser sent it too. A value that is
     * base64 JSON with no companion is left to the plain encodings.
     */
    static Decoded session(String name, String value, Map<String, String> companions, Keys keys, Instant now)
            throws Bytes.Unreadable {
        String sig = companions.get(name + ".sig");
        byte[] bytes = Bytes.base64(value);
        JsonValue json = bytes == null ? null : Payloads.json(Bytes.utf8(bytes));
        if (sig == null || json == null) {
            return null;
        }
        byte[] signature = Bytes.base64(sig);
        Keys.Check check = keys.check(secret -> Bytes.same(signature, Bytes.hmac("HmacSHA1", secret,
                Bytes.utf8(name + "=" + value))));
        return Decoded.of("cookie-session", "cookie-session (Express)")
                .why("likely", "Base64 JSON with its companion " + name + ".sig, keygrip's HMAC-SHA1 of \"" + name
                        + "=value\"" + (check.verdict() == Verdict.VALID ? ", verified with the key." : "."))
                .payload(json).algorithm("HMAC-SHA1").checked(check).build(now);
    }

    /** The companion itself: {@code name.sig} beside a cookie {@code name}. */
    static Decoded signature(String name, String value, Map<String, String> companions, Instant now) {
        if (!name.endsWith(".sig") || !value.matches("[A-Za-z0-9_-]{27}")) {
            return null;
        }
        String of = name.substring(0, name.length() - 4);
        return Decoded.of("cookie-session-sig", "cookie-session signature")
                .why("likely", "keygrip's URL-safe base64 HMAC-SHA1 of \"" + of + "=value\""
                        + (companions.containsKey(of) ? ": it signs the cookie " + of + " sent beside it."
                        : "; paste the cookie " + of + " with it to check both."))
                .payload(Payloads.string(value)).algorithm("HMAC-SHA1")
                .readable("A signature: it carries no data.").build(now);
    }
}
