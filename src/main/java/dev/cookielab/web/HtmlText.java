package dev.cookielab.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * The views' escaping, as EL functions ({@code WEB-INF/lab.tld}): HTML escaping, plus the bidi overrides, zero-width
 * and control characters that it leaves in place to reorder or hide what a page shows.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** For text: markup characters escaped as {@code <c:out>} does, each hidden character shown as {@code [U+202E]}. */
    public static String text(String text) {
        return escape(text, (out, cp) -> out.append(String.format("[U+%04X]", cp)));
    }

    /** As {@link #text}, line by line: the line breaks stay, for a {@code <pre>} block (a pretty-printed payload). */
    public static String lines(String text) {
        return text == null ? "" : String.join("\n", text.lines().map(HtmlText::text).toList());
    }

    /** For attributes: markup and hidden characters as character references, so a form field keeps the text. */
    public static String attribute(String text) {
        return escape(text, (out, cp) -> out.append("&#x").append(Integer.toHexString(cp).toUpperCase()).append(';'));
    }

    /** For a query parameter's value in a link; then escaped with {@link #attribute} like any attribute. */
    public static String query(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    private static String escape(String text, BiConsumer<StringBuilder, Integer> hidden) {
        if (text == null) {
            return "";
        }
        // Most values are printable ASCII without markup: those are returned as they are, without a copy.
        int plain = 0;
        while (plain < text.length() && isPlain(text.charAt(plain))) {
            plain++;
        }
        if (plain == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, plain);
        for (int i = plain; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String markup = markup(cp);
            if (markup != null) {
                out.append(markup);
            } else if (cp != ' ' && LogText.isHidden(cp)) {
                hidden.accept(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isPlain(char ch) {
        return ch >= 0x20 && ch < 0x7F && ch != '&' && ch != '<' && ch != '>' && ch != '"' && ch != '\'';
    }

    private static String markup(int cp) {
        return switch (cp) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&#034;";
            case '\'' -> "&#039;";
            default -> null;
        };
    }
}
