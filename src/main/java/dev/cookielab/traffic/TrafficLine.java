package dev.cookielab.traffic;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One exchange's cookie traffic as one log line:
 * {@code GET /getcookie 200 cookies=[Name(9 bytes #1a2b3c)] set-cookie=[Name=<9 bytes #1a2b3c>; Path=/; HttpOnly]}.
 * Values are masked (size and keyed digest) unless {@code showValues}; the line never exceeds {@link #MAX_LENGTH}.
 */
public final class TrafficLine {

    public static final int MAX_LENGTH = 4096;
    private static final String TRUNCATED = "...[truncated]";
    /** {@code (43 bytes #1a2b3c), } */
    private static final int MASKED_VALUE_LENGTH = 22;
    private static final char[] BYTES = " bytes".toCharArray();
    /** The longest masked value: ten digits, {@code " bytes #"} and six hex digits. */
    private static final int MASKED_MAX_CHARS = 24;

    /** A cookie as the request carried it. */
    public record SentCookie(String name, String value) {
    }

    private final boolean showValues;
    private final ValueDigest digest;

    public TrafficLine(boolean showValues, ValueDigest digest) {
        this.showValues = showValues;
        this.digest = digest;
    }

    public String format(String method, String path, int status, List<SentCookie> sent,
            Iterable<String> setCookieHeaders) {
        StringBuilder line = new StringBuilder(expectedLength(path, sent));
        appendTo(line, method, path, status, sent, setCookieHeaders);
        return line.toString();
    }

    /**
     * Appends the line that {@link #format} returns. Every character a client chose is escaped by {@link LogText},
     * which writes all of Unicode's control category (and more) as an escape: what this appends has none.
     */
    public void appendTo(StringBuilder line, String method, String path, int status, List<SentCookie> sent,
            Iterable<String> setCookieHeaders) {
        int start = line.length();
        LogText.appendEscaped(line, method);
        line.append(' ');
        LogText.appendEscaped(line, path);
        line.append(' ').append(status).append(" cookies=[");
        String separator = "";
        for (SentCookie cookie : sent) {
            line.append(separator);
            LogText.appendEscaped(line, cookie.name());
            if (showValues) {
                line.append('=');
                LogText.appendEscaped(line, cookie.value());
            } else {
                line.append('(');
                appendMasked(line, cookie.value());
                line.append(')');
            }
            separator = ", ";
        }
        line.append("] set-cookie=[");
        separator = "";
        for (String header : setCookieHeaders) {
            line.append(separator);
            appendSetCookie(line, header);
            separator = " | ";
        }
        line.append(']');
        if (line.length() - start > MAX_LENGTH) {
            line.setLength(start + MAX_LENGTH - TRUNCATED.length());
            line.append(TRUNCATED);
        }
    }

    /** Room for the line's usual length, so that a 20-cookie line is not copied into ever larger builders. */
    int expectedLength(String path, List<SentCookie> sent) {
        int length = 48 + path.length();
        for (SentCookie cookie : sent) {
            length += cookie.name().length() + (showValues ? cookie.value().length() + 3 : MASKED_VALUE_LENGTH);
        }
        return Math.min(length, MAX_LENGTH);
    }

    /**
     * {@code 43 bytes #1a2b3c}, or {@code 0 bytes}, made in a small array and appended at once: appended a
     * character or a word at a time, as the rest of the line is, these pieces took a third of a 20-cookie line's time.
     */
    private void appendMasked(StringBuilder line, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        char[] masked = new char[MASKED_MAX_CHARS];
        int length = putDecimal(masked, utf8.length);
        System.arraycopy(BYTES, 0, masked, length, BYTES.length);
        length += BYTES.length;
        if (utf8.length > 0) {
            masked[length++] = ' ';
            masked[length++] = '#';
            length = digest.put(masked, length, utf8);
        }
        line.append(masked, 0, length);
    }

    /** Writes a count's decimal digits at the start of {@code out} and returns how many there are. */
    private static int putDecimal(char[] out, int count) {
        int digits = 1;
        for (int rest = count / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = digits - 1, rest = count; i >= 0; i--, rest /= 10) {
            out[i] = (char) ('0' + rest % 10);
        }
        return digits;
    }

    private void appendSetCookie(StringBuilder line, String header) {
        if (showValues) {
            LogText.appendEscaped(line, header);
            return;
        }
        int attributes = header.indexOf(';');
        String pair = attributes < 0 ? header : header.substring(0, attributes);
        int equals = pair.indexOf('=');
        if (equals >= 0) {
            LogText.appendEscaped(line, pair.substring(0, equals));
            line.append('=');
        }
        line.append('<');
        appendMasked(line, pair.substring(equals + 1));
        line.append('>');
        if (attributes >= 0) {
            LogText.appendEscaped(line, header.substring(attributes));
        }
    }
}
