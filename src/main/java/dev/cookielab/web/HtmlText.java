package dev.cookielab.web;

import dev.cookielab.traffic.LogText;
import java.util.function.BiConsumer;

/**
 * The views' escaping, as EL functions ({@code WEB-INF/lab.tld}): HTML escaping, plus what it alone leaves
 * dangerous, bidi overrides, zero-width and control characters that would reorder or hide what a page shows.
 * One function call per value also costs less than a {@code <c:out>} tag.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** For text: markup characters escaped as {@code <c:out>} does, each hidden character shown as {@code [U+202E]}. */
    public static String text(String text) {
        return escape(text, (out, cp) -> out.append(String.format("[U+%04X]", cp)));
    }

    /**
     * For attribute values, instead of {@code fn:escapeXml}: markup characters and hidden characters as
     * character references, so that a form field keeps the exact text while the page source holds none of it raw.
     */
    public static String attribute(String text) {
        return escape(text, (out, cp) -> out.append("&#x").append(Integer.toHexString(cp).toUpperCase()).append(';'));
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
            if (!appendMarkup(out, cp)) {
                if (cp != ' ' && LogText.isHidden(cp)) {
                    hidden.accept(out, cp);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isPlain(char ch) {
        return ch >= 0x20 && ch < 0x7F && ch != '&' && ch != '<' && ch != '>' && ch != '"' && ch != '\'';
    }

    private static boolean appendMarkup(StringBuilder out, int cp) {
        switch (cp) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&#034;");
            case '\'' -> out.append("&#039;");
            default -> {
                return false;
            }
        }
        return true;
    }
}
