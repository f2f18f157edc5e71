package dev.cookielab.cookie;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs cookie values with HMAC-SHA256 over {@code name=value}: a signed value is
 * {@code <value>|<base64url signature>}. The first key signs; every key verifies, so keys can rotate.
 */
public final class CookieSigner {

    public static final char SEPARATOR = '|';
    private static final String ALGORITHM = "HmacSHA256";
    private static final int SIGNATURE_CHARS = 43; // 32 bytes, base64url without padding

    private final List<SecretKeySpec> keys;
    private final boolean generated;

    private CookieSigner(List<SecretKeySpec> keys, boolean generated) {
        this.keys = List.copyOf(keys);
        this.generated = generated;
    }

    /**
     * Keys from a comma-separated list (each entry's UTF-8 bytes are a key); with no usable entry,
     * one random key that lives as long as this process.
     */
    public static CookieSigner fromKeyList(String commaSeparated) {
        List<SecretKeySpec> keys = new ArrayList<>();
        if (commaSeparated != null) {
            for (String entry : commaSeparated.split(",")) {
                String key = entry.strip();
                if (!key.isEmpty()) {
                    keys.add(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
                }
            }
        }
        if (!keys.isEmpty()) {
            return new CookieSigner(keys, false);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new CookieSigner(List.of(new SecretKeySpec(random, ALGORITHM)), true);
    }

    /** True when no key was given and a random one is in use. */
    public boolean generatedKey() {
        return generated;
    }

    public String sign(String name, String rawValue) {
        return rawValue + SEPARATOR + mac(keys.get(0), name, rawValue);
    }

    public Signature verify(String name, String rawValue) {
        int separator = rawValue.lastIndexOf(SEPARATOR);
        if (separator < 0) {
            return Signature.UNSIGNED;
        }
        String value = rawValue.substring(0, separator);
        byte[] given = rawValue.substring(separator + 1).getBytes(StandardCharsets.US_ASCII);
        if (given.length != SIGNATURE_CHARS) {
            return Signature.INVALID;
        }
        boolean valid = false;
        for (SecretKeySpec key : keys) {
            // Every key is tried, whatever the outcome, so timing says nothing about which one matched.
            valid |= MessageDigest.isEqual(given, mac(key, name, value).getBytes(StandardCharsets.US_ASCII));
        }
        return valid ? Signature.VALID : Signature.INVALID;
    }

    /** The value without its signature, or the value itself when it carries none. */
    public static String unsigned(String rawValue) {
        int separator = rawValue.lastIndexOf(SEPARATOR);
        return separator < 0 ? rawValue : rawValue.substring(0, separator);
    }

    private static String mac(SecretKeySpec key, String name, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((name + "=" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
