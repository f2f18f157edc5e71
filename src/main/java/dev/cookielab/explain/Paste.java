package dev.cookielab.explain;

import dev.cookielab.cookie.CookieDate;
import dev.cookielab.cookie.decode.Decoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person pastes, read as they mean it: {@code Set-Cookie} lines with or without the header's name, a whole
 * response head as {@code curl -i}, {@code -sI} or {@code -v} prints it, or a {@code Cookie:} request header. Other
 * headers are passed over; a response's {@code Date} is kept, since Chromium reads {@code Expires} against it. A
 * single value on its own (a JWT, a session cookie's value) is taken as such, to decode.
 *
 * @param setCookies the Set-Cookie values, in order
 * @param cookiePairs the pairs of any Cookie header, as sent
 * @param value a value pasted on its own, or {@code null}
 */
record Paste(List<String> setCookies, List<String> cookiePairs, Instant serverDate, String value) {

    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_LINES = 100;
    private static final Pattern HEADER = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \\t]*(.*)");

    /**
     * Reads the text ({@code values}: a value alone is taken as such, else as a nameless Set-Cookie line); a line
     * of {@code curl -v}'s own ({@code * }, {@code > }) is passed over, {@code < } is read.
     */
    static Paste read(String text, boolean values) {
        String single = text.strip();
        if (values && Decoder.isValueAlone(single)) {
            return new Paste(List.of(), List.of(), null, single);
        }
        List<String> setCookies = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        Instant date = null;
        for (String raw : text.split("\r?\n", -1)) {
            String line = raw.startsWith("< ") ? raw.substring(2) : raw;
            if (line.isBlank() || raw.startsWith("* ") || raw.startsWith("> ") || raw.startsWith("{ ")
                    || raw.startsWith("} ") || line.startsWith("HTTP/")) {
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (!header.matches() || line.indexOf('=') >= 0 && line.indexOf('=') < line.indexOf(':')) {
                setCookies.add(line); // a Set-Cookie value without the header's name
                continue;
            }
            switch (header.group(1).toLowerCase(Locale.ROOT)) {
                case "set-cookie" -> setCookies.add(header.group(2));
                case "cookie" -> {
                    for (String pair : header.group(2).split(";")) {
                        if (!pair.isBlank()) {
                            pairs.add(pair.strip());
                        }
                    }
                }
                case "date" -> date = CookieDate.parse(header.group(2));
                default -> {
                    // another header of the response: nothing to explain
                }
            }
        }
        return new Paste(List.copyOf(setCookies), List.copyOf(pairs), date, null);
    }

    /** How many lines the text has, as the limit counts them: a last line break ends a line, it starts none. */
    static int lines(String text) {
        return text.split("\r?\n").length;
    }
}
