package dev.cookielab.web;

import dev.cookielab.traffic.LogText;

/**
 * EL functions ({@code WEB-INF/lab.tld}) for client text that HTML escaping alone leaves dangerous:
 * bidi overrides, zero-width and control characters that would reorder or hide what the page shows.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** For text, before {@code <c:out>}: each hidden character becomes a visible {@code [U+202E]}. */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp != ' ' && LogText.isHidden(cp)) {
                out.append(String.format("[U+%04X]", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * For attribute values, instead of {@code fn:escapeXml}: markup characters and hidden characters as
     * character references, so that a form field keeps the exact text while the page source holds none of it raw.
     */
    public static String attribute(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#034;");
                case '\'' -> out.append("&#039;");
                default -> {
                    if (cp != ' ' && LogText.isHidden(cp)) {
                        out.append("&#x").append(Integer.toHexString(cp).toUpperCase()).append(';');
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
