package dev.cookielab.decode;

import dev.cookielab.cookie.decode.Decoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The values a person pastes to decode, each with its cookie's name where the text gives one: a value on its own,
 * {@code name=value}, a {@code Cookie:} header (every pair), or {@code Set-Cookie} lines (each line's pair).
 *
 * @param name the cookie's name, {@code ""} for a value on its own
 */
record Values(String name, String value) {

    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_VALUES = 100;

    static List<Values> read(String text) {
        List<Values> values = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = (raw.startsWith("< ") ? raw.substring(2) : raw).strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (line.isEmpty()) {
                continue;
            }
            if (lower.startsWith("cookie:")) {
                for (String pair : line.substring(7).split(";")) {
                    if (!pair.isBlank()) {
                        values.add(pair(pair));
                    }
                }
            } else if (lower.startsWith("set-cookie:")) {
                values.add(pair(line.substring(11).split(";", 2)[0]));
            } else if (Decoder.isValueAlone(line)) {
                values.add(new Values("", line));
            } else if (line.indexOf('=') > 0 && (line.indexOf(':') < 0 || line.indexOf('=') < line.indexOf(':'))) {
                values.add(pair(line.split(";", 2)[0])); // name=value, or a Set-Cookie line without its header
            }
            // any other line is another header of a pasted response: nothing to decode
        }
        return values;
    }

    /** A pair split as a server splits it: at the first {@code =}, blanks trimmed. */
    private static Values pair(String pair) {
        int equals = pair.indexOf('=');
        return new Values(equals < 0 ? "" : pair.substring(0, equals).strip(),
                (equals < 0 ? pair : pair.substring(equals + 1)).strip());
    }
}
