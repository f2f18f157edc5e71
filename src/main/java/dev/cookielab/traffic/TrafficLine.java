package dev.cookielab.traffic;

import dev.cookielab.cookie.Token;
import dev.cookielab.web.LogText;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One exchange's cookie traffic as one escaped line of at most {@link #MAX_LENGTH} characters:
 * {@code GET /setcookie 200 cookies=[Name(9 bytes)] set-cookie=[Name=<9 bytes>; Path=/; HttpOnly]}. The cookies are
 * the Cookie headers' pairs as sent (RFC 6265bis §5.6), so a pair Tomcat refuses to read is still shown.
 */
public final class TrafficLine {

    public static final int MAX_LENGTH = 4096;
    private static final String TRUNCATED = "...[truncated]";
    private static final String ALGORITHM = "HmacSHA256";
    /** What separates the line's fields, escaped in the method, the path, and the cookies' names and values. */
    static final String FIELD_DELIMITERS = " []()<>,|=";
    /** What separates the Set-Cookie headers and ends their list, escaped in their attributes. */
    static final String HEADER_DELIMITERS = "[]|<>";

    /** How much of each value the line shows. */
    public enum Detail { SIZES, DIGEST, VALUES }

    /** New at each start: a digest says "the same value as in another line of this run", nothing more. */
    private final SecretKeySpec key;

    public TrafficLine() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, ALGORITHM);
    }

    /**
     * The line of an exchange. {@code cookieHeaders} are the request's {@code Cookie} header values as Tomcat hands
     * them over: one character for each byte the client sent (ISO-8859-1), names and values in UTF-8.
     */
    public String format(String method, String path, int status, List<String> cookieHeaders,
            Iterable<String> setCookieHeaders, Detail detail) {
        Mac mac = detail == Detail.DIGEST ? mac() : null;
        StringBuilder line = new StringBuilder(64 + path.length() + 32 * cookieHeaders.size());
        LogText.appendEscaped(line, method, FIELD_DELIMITERS);
        line.append(' ');
        LogText.appendEscaped(line, path, FIELD_DELIMITERS);
        line.append(' ').append(status).append(" cookies=[");
        String separator = "";
        for (String header : cookieHeaders) {
            for (int from = 0; from <= header.length() && line.length() <= MAX_LENGTH; ) {
                int end = header.indexOf(';', from);
                end = end < 0 ? header.length() : end;
                String pair = Token.trimBlanks(header.substring(from, end));
                from = end + 1;
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                line.append(separator);
                separator = ", ";
                LogText.appendEscaped(line, utf8(equals < 0 ? "" : Token.trimBlanks(pair.substring(0, equals))),
                        FIELD_DELIMITERS);
                String value = Token.trimBlanks(pair.substring(equals + 1));
                if (detail == Detail.VALUES) {
                    line.append('=');
                    LogText.appendEscaped(line, utf8(value), FIELD_DELIMITERS);
                } else {
                    appendMasked(line.append('('), value.getBytes(StandardCharsets.ISO_8859_1), mac).append(')');
                }
            }
        }
        line.append("] set-cookie=[");
        separator = "";
        for (String header : setCookieHeaders) {
            line.append(separator);
            separator = " | ";
            appendSetCookie(line, header, detail, mac);
        }
        line.append(']');
        if (line.length() > MAX_LENGTH) {
            line.setLength(MAX_LENGTH - TRUNCATED.length());
            line.append(TRUNCATED);
        }
        return line.toString();
    }

    private static void appendSetCookie(StringBuilder line, String header, Detail detail, Mac mac) {
        int attributes = header.indexOf(';');
        int equals = header.indexOf('=');
        if (detail == Detail.VALUES || equals < 0 || attributes >= 0 && attributes < equals) {
            LogText.appendEscaped(line, header, HEADER_DELIMITERS);
            return;
        }
        int end = attributes < 0 ? header.length() : attributes;
        LogText.appendEscaped(line, header.substring(0, equals), FIELD_DELIMITERS);
        line.append('=');
        appendMasked(line.append('<'), header.substring(equals + 1, end).getBytes(StandardCharsets.UTF_8), mac)
                .append('>');
        LogText.appendEscaped(line, header.substring(end), HEADER_DELIMITERS);
    }

    /** {@code 9 bytes}, or with a digest {@code 9 bytes #1a2b3c}: the first 24 bits of the value's HMAC. */
    private static StringBuilder appendMasked(StringBuilder line, byte[] value, Mac mac) {
        line.append(value.length).append(" bytes");
        if (mac != null && value.length > 0) {
            line.append(" #").append(HexFormat.of().formatHex(mac.doFinal(value), 0, 3));
        }
        return line;
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The header's characters are the bytes sent: read them as the UTF-8 a browser sends. */
    private static String utf8(String latin1) {
        for (int i = 0; i < latin1.length(); i++) {
            if (latin1.charAt(i) >= 0x80) {
                return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return latin1;
    }
}
