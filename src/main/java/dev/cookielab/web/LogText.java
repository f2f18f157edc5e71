package dev.cookielab.web;

/**
 * Makes client-supplied text safe for a one-line log: nothing in it can end the line, hide text
 * or fake another entry.
 */
public final class LogText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LogText() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        appendEscaped(out, text);
        return out.toString();
    }

    /**
     * Appends {@code text} with backslashes doubled and every control, format (bidi, zero-width),
     * line/paragraph separator, unusual space and lone surrogate written as {@code \\uXXXX}.
     */
    public static void appendEscaped(StringBuilder out, String text) {
        appendEscaped(out, text, "");
    }

    /**
     * As {@link #appendEscaped(StringBuilder, String)}, and {@code delimiters} written as {@code \\uXXXX} too: the
     * characters that separate a line's own fields, so that text a client chose cannot fake one.
     */
    public static void appendEscaped(StringBuilder out, String text, String delimiters) {
        // Nearly all text is plain printable ASCII: copy it in one go, and escape from the first other character on.
        int plain = 0;
        while (plain < text.length() && isPlain(text.charAt(plain)) && delimiters.indexOf(text.charAt(plain)) < 0) {
            plain++;
        }
        if (plain == text.length()) {
            out.append(text);
            return;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (delimiters.indexOf(ch) >= 0) {
                appendUnit(out, ch);
            } else if (ch >= 0x20 && ch < 0x7F) {
                if (ch == '\\') {
                    out.append('\\');
                }
                out.append(ch);
            } else if (Character.isHighSurrogate(ch) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(ch, text.charAt(i + 1));
                if (isHidden(codePoint)) {
                    appendUnit(out, ch);
                    appendUnit(out, text.charAt(i + 1));
                } else {
                    out.append(ch).append(text.charAt(i + 1));
                }
                i++;
            } else if (isHidden(ch)) {
                appendUnit(out, ch);
            } else {
                out.append(ch);
            }
        }
    }

    private static boolean isPlain(char ch) {
        return ch >= 0x20 && ch < 0x7F && ch != '\\';
    }

    /** Characters a reader cannot see as themselves: controls, format (bidi, zero-width), separators, odd spaces. */
    public static boolean isHidden(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
            case Character.SURROGATE:
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
                return true;
            default:
                return false;
        }
    }

    private static void appendUnit(StringBuilder out, char unit) {
        out.append("\\u")
                .append(HEX[(unit >> 12) & 0xF])
                .append(HEX[(unit >> 8) & 0xF])
                .append(HEX[(unit >> 4) & 0xF])
                .append(HEX[unit & 0xF]);
    }
}
