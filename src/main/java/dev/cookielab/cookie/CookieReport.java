package dev.cookielab.cookie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A cookie as the browser sent it back, explained.
 *
 * @param value the decoded text, without any signature
 * @param raw the value exactly as sent
 * @param bytes the size of {@code name=raw} in the Cookie header
 */
public record CookieReport(String name, String value, String raw, int bytes, Signature signature) {

    public static CookieReport of(String name, String raw, CookieSigner signer) {
        return new CookieReport(name, CookieCodec.decode(CookieSigner.unsigned(raw)), raw,
                (name + "=" + raw).getBytes(StandardCharsets.UTF_8).length, signer.verify(name, raw));
    }

    /**
     * A short digest of a raw value, so that a link can ask "did the browser send back what was set?"
     * without carrying the value itself.
     */
    public static String fingerprint(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
