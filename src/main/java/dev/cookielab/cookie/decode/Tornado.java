package dev.cookielab.cookie.decode;

import dev.cookielab.cookie.decode.Decoded.Verdict;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Tornado's signed value, version 2 (tornado/web.py, create_signed_value):
 * {@code 2|keyversion|timestamp|name|value|sig}, each field but the first and last as {@code length:text}, the value
 * in base64, the signature a hex HMAC-SHA256 of everything before it, the last pipe included.
 */
final class Tornado {

    private Tornado() {
    }

    static Decoded read(String name, String value, Keys keys, Instant now) throws Bytes.Unreadable {
        if (!value.startsWith("2|")) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        int at = 2;
        for (int i = 0; i < 4; i++) {
            int colon = value.indexOf(':', at);
            if (colon < 0 || colon - at > 4 || !value.substring(at, colon).matches("[0-9]+")) {
                return null;
            }
            int end = colon + 1 + Integer.parseInt(value.substring(at, colon));
            if (end >= value.length() || value.charAt(end) != '|') {
                return null;
            }
            fields.add(value.substring(colon + 1, end));
            at = end + 1;
        }
        String signed = value.substring(0, at);
        byte[] signature = Bytes.hex(value.substring(at));
        byte[] bytes = Bytes.base64(fields.get(3));
        if (signature == null || signature.length != 32 || !fields.get(1).matches("[0-9]{1,11}") || bytes == null) {
            return null;
        }
        Keys.Check check = keys.check(secret -> Bytes.same(signature, Bytes.hmac("HmacSHA256", secret,
                Bytes.utf8(signed))));
        String text = Bytes.utf8(bytes);
        JsonValue json = Payloads.json(text);
        return Decoded.of("tornado-signed", "Tornado signed cookie")
                .why("likely", "Tornado's signed value, version 2, for the name \"" + fields.get(2) + "\", key version "
                        + fields.get(0) + ", with a hex HMAC-SHA256" + (check.verdict() == Verdict.VALID
                        ? ", verified with the key." : "."))
                .payload(json != null ? json : Payloads.string(text != null ? text : HexFormat.of().formatHex(bytes)))
                .issued(Instant.ofEpochSecond(Long.parseLong(fields.get(1))), "Signed").algorithm("HMAC-SHA256")
                .checked(check)
                .warn(fields.get(2).equals(name) || name.isEmpty() ? null : "Signed for the name \"" + fields.get(2)
                        + "\", not \"" + name + "\": Tornado refuses it under this name.")
                .build(now);
    }
}
