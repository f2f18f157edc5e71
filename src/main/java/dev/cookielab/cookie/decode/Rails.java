package dev.cookielab.cookie.decode;

import dev.cookielab.cookie.decode.Decoded.Verdict;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Rails' cookie jar (actionpack's action_dispatch/middleware/cookies.rb, activesupport's message_encryptor.rb and
 * message_verifier.rb). Encrypted: {@code data--iv--tag} in base64, AES-256-GCM under
 * {@code PBKDF2(secret_key_base, "authenticated encrypted cookie")}, 1000 rounds of SHA1 (6.1) or SHA256 (7.0's
 * defaults). Signed: {@code base64data--hexdigest}, an HMAC under {@code PBKDF2(secret_key_base, "signed cookie")}.
 * Inside both, the {@code _rails} envelope: the message, its expiry and its purpose ({@code cookie.NAME}).
 */
final class Rails {

    private static final String[] DERIVATIONS = {"SHA256", "SHA1"};

    private Rails() {
    }

    static Decoded read(String name, String value, Keys keys, Instant now) throws Bytes.Unreadable {
        String[] parts = value.split("--", -1);
        if (parts.length == 3) {
            byte[] data = Bytes.base64(parts[0]);
            byte[] iv = Bytes.base64(parts[1]);
            byte[] tag = Bytes.base64(parts[2]);
            return data == null || iv == null || iv.length != 12 || tag == null || tag.length != 16 ? null
                    : encrypted(name, data, iv, tag, keys, now);
        }
        byte[] digest = parts.length == 2 ? Bytes.hex(parts[1]) : null;
        byte[] data = parts.length == 2 ? Bytes.base64(parts[0]) : null;
        JsonValue json = data == null ? null : Payloads.json(Bytes.utf8(data));
        if (digest == null || digest.length != 20 && digest.length != 32 || json == null) {
            return null;
        }
        String hmac = digest.length == 20 ? "HmacSHA1" : "HmacSHA256";
        String[] derivation = new String[1];
        Keys.Check check = keys.checkGiven(secret -> {
            for (String kdf : DERIVATIONS) {
                if (Bytes.same(digest, Bytes.hmac(hmac, keys.pbkdf2("HmacSHA" + kdf.substring(3), "signed cookie", 64),
                        Bytes.utf8(parts[0])))) {
                    derivation[0] = kdf;
                    return true;
                }
            }
            return false;
        });
        Decoded.Builder found = Decoded.of("rails-signed", "Rails signed cookie").algorithm(hmac.replace("Hmac",
                "HMAC-")).why("likely", "Base64 data, \"--\" and a hex " + hmac.replace("Hmac", "HMAC-") + ": Rails' "
                + "signed cookie" + (derivation[0] == null ? "." : ", verified with secret_key_base (PBKDF2-"
                + derivation[0] + ")."));
        return envelope(found, json, name).checked(check).build(now);
    }

    private static Decoded encrypted(String name, byte[] data, byte[] iv, byte[] tag, Keys keys, Instant now)
            throws Bytes.Unreadable {
        Decoded.Builder found = Decoded.of("rails-encrypted", "Rails encrypted cookie").algorithm("AES-256-GCM")
                .encrypted();
        if (!keys.given()) {
            return found.why("likely", "Three base64 parts joined by \"--\", a 12-byte IV and a 16-byte tag: Rails' "
                    + "AES-256-GCM cookie. Give its secret_key_base to read it.")
                    .checked(keys.checkGiven(text -> false)).build(now);
        }
        for (String kdf : DERIVATIONS) {
            byte[] plain = decrypt(keys.pbkdf2("HmacSHA" + kdf.substring(3), "authenticated encrypted cookie", 32),
                    data, iv, tag);
            if (plain != null) {
                JsonValue json = Payloads.json(Bytes.utf8(plain));
                found.why("certain", "Rails' AES-256-GCM cookie, decrypted with secret_key_base (PBKDF2-" + kdf
                        + ", as Rails " + (kdf.equals("SHA1") ? "6.1" : "7.0 and later") + " derive it).")
                        .readable("Encrypted: only the app, with its key, can read the payload; the lab read it with "
                                + "yours.");
                return envelope(found, json != null ? json : Payloads.string(Bytes.utf8(plain)), name)
                        .checked(new Keys.Check(Verdict.VALID, null)).build(now);
            }
        }
        return found.why("likely", "Rails' AES-256-GCM cookie; the key given does not decrypt it (with PBKDF2-SHA256 "
                + "or PBKDF2-SHA1).").checked(new Keys.Check(Verdict.INVALID, null)).build(now);
    }

    private static byte[] decrypt(byte[] key, byte[] data, byte[] iv, byte[] tag) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            return cipher.doFinal(Bytes.concat(data, tag));
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /** The {@code _rails} envelope opened: {@code message} (base64 JSON, 6.1–7.0) or {@code data} (7.1), and exp. */
    private static Decoded.Builder envelope(Decoded.Builder found, JsonValue json, String name)
            throws Bytes.Unreadable {
        if (!(json instanceof JsonObject outer) || !(outer.get("_rails") instanceof JsonObject rails)) {
            return found.payload(json);
        }
        JsonValue payload = rails.get("data");
        if (rails.get("message") instanceof JsonString message) {
            byte[] bytes = Bytes.base64(message.getString());
            JsonValue inner = bytes == null ? null : Payloads.json(Bytes.utf8(bytes));
            payload = inner != null ? inner : Payloads.string(message.getString());
        }
        if (rails.get("exp") instanceof JsonString exp) {
            try {
                found.expires(Instant.parse(exp.getString()));
            } catch (DateTimeParseException e) {
                found.warn("Its envelope's expiry is not a date: " + exp.getString());
            }
        }
        if (rails.get("pur") instanceof JsonString purpose && !name.isEmpty()
                && !purpose.getString().equals("cookie." + name)) {
            found.warn("Its envelope's purpose is " + purpose.getString() + ": Rails reads it only under that name, "
                    + "not as " + name + ".");
        }
        return found.payload(payload);
    }
}
