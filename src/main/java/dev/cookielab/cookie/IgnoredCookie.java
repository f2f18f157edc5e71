package dev.cookielab.cookie;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code name=value} pair the browser sent that the server did not read as a cookie: one a script or another server
 * set against RFC 6265's syntax, which Tomcat skips without a word ("the browser has it, but the server says None").
 *
 * @param pair the pair as sent, trimmed (its bytes read as UTF-8)
 * @param name what stands before its first {@code =}, trimmed; the whole pair when it has none
 * @param reason why a server that follows RFC 6265 does not read it, in plain words
 * @param decoded for a value in RFC 2109's quoted form, the text Werkzeug (Flask) reads in it; else {@code null}
 */
public record IgnoredCookie(String pair, String name, String reason, String decoded) {

    /** Whether Werkzeug's reading met bytes that are not UTF-8 and wrote U+FFFD for them. */
    public boolean replaced() {
        return decoded != null && decoded.indexOf('\uFFFD') >= 0;
    }

    /** Whether a {@code Set-Cookie} can name it, and so expire it: its name is a token. */
    public boolean deletable() {
        return Token.isToken(name);
    }

    /**
     * The pairs of the {@code Cookie} headers that are not among the cookies the server read, matched in order by
     * name and value. When a cookie read matches no pair (RFC 2109 parsing, say), it says nothing rather than guess.
     *
     * @param headers the {@code Cookie} header values, one character per byte sent (ISO-8859-1), as the servlet API
     *     hands them over
     * @param read the cookies the server read, name and value, in order
     */
    public static List<IgnoredCookie> among(List<String> headers, List<Map.Entry<String, String>> read) {
        if (parts(headers) == read.size()) {
            // Each part gave a cookie: none was skipped. The usual case, found without splitting the headers.
            return List.of();
        }
        List<IgnoredCookie> ignored = new ArrayList<>();
        int next = 0;
        for (String header : headers) {
            String text = new String(header.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            for (String part : text.split(";", -1)) {
                String pair = Token.trimBlanks(part);
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : Token.trimBlanks(pair.substring(0, equals));
                String value = equals < 0 ? "" : Token.trimBlanks(pair.substring(equals + 1));
                Map.Entry<String, String> cookie = next < read.size() ? read.get(next) : null;
                if (cookie != null && cookie.getKey().equals(name)
                        && (cookie.getValue().equals(value) || cookie.getValue().equals(unquoted(value)))) {
                    next++;
                } else {
                    ignored.add(new IgnoredCookie(pair, name, reason(name, value), quotedText(value)));
                }
            }
        }
        return next == read.size() ? List.copyOf(ignored) : List.of();
    }

    /**
     * What Werkzeug reads in a quoted value: the quotes dropped, {@code \ooo} (octal, as its {@code dump_cookie}
     * writes non-ASCII: {@code "\342\230\203"} for ☃) a byte and {@code \x} the character x, the bytes as UTF-8.
     */
    static String quotedText(String value) {
        if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return null;
        }
        byte[] quoted = value.substring(1, value.length() - 1).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream text = new ByteArrayOutputStream(quoted.length);
        for (int i = 0; i < quoted.length; i++) {
            if (quoted[i] != '\\' || i + 1 == quoted.length) {
                text.write(quoted[i]);
            } else if (i + 3 < quoted.length && isOctal(quoted[i + 1], '3') && isOctal(quoted[i + 2], '7')
                    && isOctal(quoted[i + 3], '7')) {
                text.write((quoted[i + 1] - '0') * 64 + (quoted[i + 2] - '0') * 8 + quoted[i + 3] - '0');
                i += 3;
            } else {
                text.write(quoted[++i]);
            }
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    private static boolean isOctal(byte b, char highest) {
        return b >= '0' && b <= highest;
    }

    /** How many {@code ;}-separated parts the headers have, blank ones too. */
    private static int parts(List<String> headers) {
        int count = 0;
        for (String header : headers) {
            count++;
            for (int at = header.indexOf(';'); at >= 0; at = header.indexOf(';', at + 1)) {
                count++;
            }
        }
        return count;
    }

    private static String reason(String name, String value) {
        if (name.isEmpty()) {
            return "It has no name, so there is nothing to read it by.";
        }
        if (!Token.isToken(name)) {
            int bad = name.codePoints().filter(cp -> !Token.isTokenChar(cp)).findFirst().orElseThrow();
            return "Its name holds " + Token.describe(bad)
                    + ": a cookie name must be a token (RFC 6265 §4.1.1).";
        }
        String octets = unquoted(value);
        // Tomcat also allows what lies beyond ASCII (UTF-8) in a value.
        int bad = octets.codePoints().filter(cp -> cp < 0x80 && !CookieCodec.isCookieOctet(cp)).findFirst().orElse(-1);
        if (bad >= 0) {
            return "Its value holds " + Token.describe(bad) + ", which RFC 6265 §4.1.1 does not allow in a "
                    + "cookie value: no spaces, double quotes, commas, semicolons, backslashes or control characters "
                    + "(Cookie Lab percent-encodes them).";
        }
        return "The server did not read it.";
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
