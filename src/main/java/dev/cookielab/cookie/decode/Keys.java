package dev.cookielab.cookie.decode;

import dev.cookielab.cookie.decode.Decoded.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key a person gave for one request (or none), and the published default keys the lab always tries. Lives for one
 * request: a key derived by PBKDF2 is derived once and kept here, whatever the number of cookies.
 */
public final class Keys {

    /** A default secret from a framework's tutorial, README or template, with where it is published. */
    public record WellKnown(String label, byte[] secret, String source) {

        static WellKnown of(String secret, String source) {
            return new WellKnown(secret.isEmpty() ? "the empty key" : "\"" + secret + "\"",
                    secret.getBytes(StandardCharsets.UTF_8), source);
        }
    }

    /** docs/decode.md lists these with their sources. */
    public static final List<WellKnown> WELL_KNOWN = List.of(
            WellKnown.of("", "an unset secret read from an empty environment variable"),
            WellKnown.of("dev", "Flask's tutorial (flaskr): SECRET_KEY=\"dev\""),
            new WellKnown("Flask's quickstart key", new byte[] {'_', '5', '#', 'y', '2', 'L', '"', 'F', '4', 'Q', '8',
                'z', '\n', (byte) 0xec, ']', '/'},
                "Flask's quickstart, Sessions: app.secret_key = b'_5#y2L\"F4Q8z\\n\\xec]/'"),
            WellKnown.of("you-will-never-guess", "the Flask Mega-Tutorial's config.py"),
            WellKnown.of("secret", "jsonwebtoken's README, and countless examples"),
            WellKnown.of("shhhhh", "jsonwebtoken's README: jwt.sign({ foo: 'bar' }, 'shhhhh')"),
            WellKnown.of("your-256-bit-secret", "jwt.io's debugger, its HS256 example"),
            WellKnown.of("keyboard cat", "express-session's README: secret: 'keyboard cat'"),
            WellKnown.of("key1", "cookie-session's README: keys: ['key1', 'key2']"),
            WellKnown.of("key2", "cookie-session's README: keys: ['key1', 'key2']"),
            WellKnown.of("changeme", "placeholder of many templates and .env examples"),
            WellKnown.of("your-secret-key", "placeholder of many tutorials"),
            // Not a note of ours: the literal placeholder Tornado's demos ship, copied into many real apps.
            WellKnown.of("__TODO:_GENERATE_YOUR_OWN_RANDOM_VALUE_HERE__", "Tornado's demos: cookie_secret"));

    /** How a signature came out: against the person's key, and which well-known key (if any) makes it. */
    public record Check(Verdict verdict, String wellKnown) {
    }

    private final String text;
    private final Map<String, byte[]> derived = new HashMap<>();

    private Keys(String text) {
        this.text = text;
    }

    /** The person's key ({@code null} or empty: none given). */
    public static Keys of(String text) {
        return new Keys(text == null || text.isEmpty() ? null : text);
    }

    public boolean given() {
        return text != null;
    }

    String text() {
        return text;
    }

    /** Checks a signature with the person's key, and with every well-known key. */
    Check check(Predicate<byte[]> verifies) {
        String known = null;
        for (WellKnown key : WELL_KNOWN) {
            if (verifies.test(key.secret())) {
                known = key.label();
                break;
            }
        }
        Verdict verdict = text != null ? (verifies.test(text.getBytes(StandardCharsets.UTF_8)) ? Verdict.VALID
                : Verdict.INVALID) : known != null ? Verdict.VALID : Verdict.UNCHECKED;
        return new Check(verdict, known);
    }

    /** Checks with the person's key alone: for formats whose keys are never the tutorial's (Rails, PEM keys). */
    Check checkGiven(Predicate<String> verifies) {
        return new Check(text == null ? Verdict.UNCHECKED : verifies.test(text) ? Verdict.VALID : Verdict.INVALID,
                null);
    }

    /** How many keys PBKDF2 derived for this request. */
    int derivations() {
        return derived.size();
    }

    /** PBKDF2 of the person's key, as Rails' KeyGenerator derives it (1000 iterations); once per request. */
    byte[] pbkdf2(String hmac, String salt, int bytes) {
        return derived.computeIfAbsent(hmac + "\n" + salt + "\n" + bytes, ignored -> {
            try {
                return SecretKeyFactory.getInstance("PBKDF2With" + hmac).generateSecret(new PBEKeySpec(
                        text.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), 1000, bytes * 8)).getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK has no PBKDF2With" + hmac, e);
            }
        });
    }
}
