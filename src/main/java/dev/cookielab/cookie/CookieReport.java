package dev.cookielab.cookie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cookie as the browser sent it back, explained.
 *
 * @param value the decoded text, without any signature
 * @param raw the value as sent, as Tomcat hands it over (which drops the double quotes of a quoted value)
 * @param bytes the size of {@code name=raw} in the Cookie header
 * @param shadowedBy how many cookies of the same name the request carried before this one: 0 for the one a server
 *     reads (a browser sends the cookie with the longest Path first, then the oldest), more for cookies of that
 *     name set at another Path or Domain, which a server asking for the name does not see
 */
public record CookieReport(String name, String value, String raw, int bytes, Signature signature, int shadowedBy) {

    public static CookieReport of(String name, String raw, CookieSigner signer) {
        return of(name, raw, 0, signer);
    }

    private static CookieReport of(String name, String raw, int shadowedBy, CookieSigner signer) {
        return new CookieReport(name, CookieCodec.decode(CookieSigner.unsigned(raw)), raw,
                (name + "=" + raw).getBytes(StandardCharsets.UTF_8).length, signer.verify(name, raw), shadowedBy);
    }

    /** Whether decoding met bytes that are not UTF-8 and wrote U+FFFD for them: the raw value then says which. */
    public boolean replaced() {
        return value.indexOf('\uFFFD') >= 0;
    }

    /** Every cookie sent, name to raw value, in the order sent, each numbered among those of its name. */
    public static List<CookieReport> all(List<Map.Entry<String, String>> sent, CookieSigner signer) {
        List<CookieReport> reports = new ArrayList<>(sent.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<String, String> cookie : sent) {
            int before = seen.merge(cookie.getKey(), 1, Integer::sum) - 1;
            reports.add(of(cookie.getKey(), cookie.getValue(), before, signer));
        }
        return reports;
    }

    /** A short digest of a raw value, so that the Check link need not carry the value itself. */
    public static String fingerprint(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
