package dev.cookielab.traffic;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A short keyed digest of a cookie value, so that a log can show two requests carrying the same value
 * without showing the value. The key is random and lives as long as the process: digests compare within
 * one run of one node, and reveal nothing to someone who reads the log but not the process memory.
 */
public final class ValueDigest {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final ThreadLocal<Mac> mac;

    public ValueDigest(byte[] key) {
        SecretKeySpec spec = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac instance = Mac.getInstance("HmacSHA256");
                instance.init(spec);
                return instance;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        });
    }

    public static ValueDigest withRandomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new ValueDigest(key);
    }

    /** Six hex digits (24 bits) of HMAC-SHA256: enough to tell values apart in a log, too few to be worth more. */
    public void append(StringBuilder out, String value) {
        byte[] digest = mac.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 3; i++) {
            out.append(HEX[(digest[i] >> 4) & 0xF]).append(HEX[digest[i] & 0xF]);
        }
    }
}
