package dev.cookielab.traffic;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One exchange's cookie traffic as one log line:
 * {@code GET /getcookie 200 cookies=[Name(9 bytes #1a2b3c)] set-cookie=[Name=<9 bytes #1a2b3c>; Path=/; HttpOnly]}.
 * Values are masked (size and keyed digest) unless {@code showValues}; the line never exceeds {@link #MAX_LENGTH}.
 *
 * <p>The request's cookies are read here from its {@code Cookie} headers as the client sent them, not from the
 * container's parsed cookies: asking Tomcat for those makes it parse and check every cookie on the request's thread
 * (4 µs for 20 cookies, more than this whole line), which a page that never reads its cookies would otherwise not
 * pay for. So the line shows each {@code name=value} pair of the headers, split at {@code ;} and the first
 * {@code =} and trimmed of spaces and tabs as RFC 6265bis (§5.6) reads them, a pair without {@code =} as a value
 * with an empty name; a pair Tomcat would refuse (a name with a space, say) is shown too, escaped.
 */
public final class TrafficLine {

    public static final int MAX_LENGTH = 4096;
    private static final String TRUNCATED = "...[truncated]";
    /** Room, once a header, for what masking adds to short values ({@code Name(9 bytes #1a2b3c)}): a hint. */
    private static final int MASKING_ALLOWANCE = 20;
    private static final char[] BYTES = " bytes".toCharArray();
    /** The longest masked value: ten digits, {@code " bytes #"} and six hex digits. */
    private static final int MASKED_MAX_CHARS = 24;

    private final boolean showValues;
    private final ValueDigest digest;

    public TrafficLine(boolean showValues, ValueDigest digest) {
        this.showValues = showValues;
        this.digest = digest;
    }

    /**
     * The line of an exchange. {@code cookieHeaders} are the request's {@code Cookie} header values as Tomcat hands
     * them over: one character for each byte the client sent (ISO-8859-1), names and values in UTF-8.
     */
    public String format(String method, String path, int status, List<String> cookieHeaders,
            Iterable<String> setCookieHeaders) {
        StringBuilder line = new StringBuilder(expectedLength(path, cookieHeaders));
        appendTo(line, method, path, status, cookieHeaders, setCookieHeaders);
        return line.toString();
    }

    /**
     * Appends the line that {@link #format} returns. Every character a client chose is escaped by {@link LogText},
     * which writes all of Unicode's control category (and more) as an escape: what this appends has none.
     */
    public void appendTo(StringBuilder line, String method, String path, int status, List<String> cookieHeaders,
            Iterable<String> setCookieHeaders) {
        int start = line.length();
        LogText.appendEscaped(line, method);
        line.append(' ');
        LogText.appendEscaped(line, path);
        line.append(' ').append(status).append(" cookies=[");
        boolean first = true;
        for (String header : cookieHeaders) {
            // The header's characters are its bytes: found in the string (String.indexOf is the JDK's vectorized
            // search, several times faster than a loop over the bytes), digested in the array.
            byte[] raw = header.getBytes(StandardCharsets.ISO_8859_1);
            int equals = header.indexOf('=');
            int pair = 0;
            while (pair < raw.length && line.length() - start <= MAX_LENGTH) {
                int end = header.indexOf(';', pair);
                end = end < 0 ? raw.length : end;
                int from = skipBlanks(raw, pair, end);
                int to = trimBlanks(raw, from, end);
                if (equals >= 0 && equals < from) {
                    // Searched again only once passed, so that pairs without '=' do not each search to the end.
                    equals = header.indexOf('=', from);
                }
                if (from < to) {
                    if (!first) {
                        line.append(", ");
                    }
                    first = false;
                    appendSent(line, header, raw, from, equals >= 0 && equals < to ? equals : to, to);
                }
                pair = end + 1;
            }
        }
        line.append("] set-cookie=[");
        String separator = "";
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

    /** One {@code name=value} pair of a Cookie header, its bytes at {@code from} to {@code to}, its '=' (or to). */
    private void appendSent(StringBuilder line, String header, byte[] raw, int from, int equals, int to) {
        int value = equals < to ? equals + 1 : from;
        if (equals < to) {
            appendText(line, header, raw, from, trimBlanks(raw, from, equals));
        }
        int valueFrom = skipBlanks(raw, value, to);
        if (showValues) {
            line.append('=');
            appendText(line, header, raw, valueFrom, to);
        } else {
            line.append('(');
            appendMasked(line, raw, valueFrom, to);
            line.append(')');
        }
    }

    /** About how long the line will be, so that a 20-cookie line is not copied into ever larger builders. */
    int expectedLength(String path, List<String> cookieHeaders) {
        int length = 48 + path.length();
        for (String header : cookieHeaders) {
            length += header.length() + (showValues ? 0 : MASKING_ALLOWANCE);
        }
        return Math.min(length, MAX_LENGTH);
    }

    /**
     * {@code 43 bytes #1a2b3c}, or {@code 0 bytes}, made in a small array and appended at once. Appended a
     * character or a word at a time, these pieces once took a third of a 20-cookie line's time; with the line as it
     * is now, appending them piece by piece measured the same (bench/NOTES.md), so either would do.
     */
    private void appendMasked(StringBuilder line, byte[] bytes, int from, int to) {
        char[] masked = new char[MASKED_MAX_CHARS];
        int length = putDecimal(masked, to - from);
        System.arraycopy(BYTES, 0, masked, length, BYTES.length);
        length += BYTES.length;
        if (to > from) {
            masked[length++] = ' ';
            masked[length++] = '#';
            length = digest.put(masked, length, bytes, from, to);
        }
        line.append(masked, 0, length);
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
        byte[] value = pair.substring(equals + 1).getBytes(StandardCharsets.UTF_8);
        appendMasked(line, value, 0, value.length);
        line.append('>');
        if (attributes >= 0) {
            LogText.appendEscaped(line, header.substring(attributes));
        }
    }

    /**
     * Bytes the client sent, read as UTF-8 and escaped. Text that {@link LogText} would copy as it is (printable
     * ASCII, as nearly every cookie name is) is copied straight from the header, whose characters are those bytes,
     * without making a string of it first: that string and its decoding were a fifth of a 20-cookie line's time.
     * The test is on the header's characters, not on the bytes, so that a character no byte stands for (a header
     * that did not come from Tomcat) is never copied unescaped.
     */
    private static void appendText(StringBuilder line, String header, byte[] raw, int from, int to) {
        if (LogText.isPlain(header, from, to)) {
            line.append(header, from, to);
        } else {
            LogText.appendEscaped(line, new String(raw, from, to - from, StandardCharsets.UTF_8));
        }
    }

    private static int skipBlanks(byte[] bytes, int from, int to) {
        int at = from;
        while (at < to && isBlank(bytes[at])) {
            at++;
        }
        return at;
    }

    private static int trimBlanks(byte[] bytes, int from, int to) {
        int at = to;
        while (at > from && isBlank(bytes[at - 1])) {
            at--;
        }
        return at;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
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
}
