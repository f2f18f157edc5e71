package dev.cookielab.cookie;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * RFC 6265bis §5.6: a {@code Set-Cookie} value as a browser parses it, before it decides whether to store it. The
 * attributes a browser drops without a word are noted as {@link BrowserModel.Ignored}; for a repeated attribute the
 * last one wins.
 *
 * @param refusal why the line is no cookie at all (a control character, no content, too large), else {@code null}
 * @param maxAge delta-seconds, clamped to the range of a long; {@code null} when absent or ignored
 */
record SetCookieLine(String name, String value, Instant expires, Long maxAge, String domain, String path,
        boolean secure, boolean httpOnly, SameSite sameSite, boolean partitioned, Refusal refusal) {

    private static SetCookieLine refused(Refusal refusal) {
        return new SetCookieLine("", "", null, null, null, null, false, false, null, false, refusal);
    }

    static SetCookieLine parse(String line, List<BrowserModel.Ignored> ignored) {
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch < 0x20 && ch != '\t' || ch == 0x7F) {
                return refused(Refusal.DISALLOWED_CHARACTER);
            }
        }
        int semicolon = line.indexOf(';');
        String pair = semicolon < 0 ? line : line.substring(0, semicolon);
        int equals = pair.indexOf('=');
        // §5.6 step 3: a pair without '=' is a value with an empty name.
        String name = equals < 0 ? "" : Token.trimBlanks(pair.substring(0, equals));
        String value = Token.trimBlanks(equals < 0 ? pair : pair.substring(equals + 1));
        if (name.isEmpty() && value.isEmpty()) {
            return refused(Refusal.NO_COOKIE_CONTENT);
        }
        if (name.isEmpty() && value.indexOf('=') >= 0) {
            return refused(Refusal.AMBIGUOUS_SERIALIZATION);
        }
        if (FieldRules.utf8(name) + FieldRules.utf8(value) > BrowserModel.MAX_PAIR_BYTES) {
            return refused(Refusal.NAME_VALUE_TOO_LARGE);
        }
        Map<String, String> last = new TreeMap<>();
        Map<String, String> spelled = new TreeMap<>();
        for (String av : semicolon < 0 ? new String[0] : line.substring(semicolon + 1).split(";", -1)) {
            int eq = av.indexOf('=');
            String key = Token.trimBlanks(eq < 0 ? av : av.substring(0, eq));
            String text = eq < 0 ? "" : Token.trimBlanks(av.substring(eq + 1));
            String lower = key.toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            if (FieldRules.utf8(text) > BrowserModel.MAX_ATTRIBUTE_BYTES) {
                ignored.add(new BrowserModel.Ignored(key, "Its value is over " + BrowserModel.MAX_ATTRIBUTE_BYTES
                        + " bytes (RFC 6265bis §5.6)."));
                continue;
            }
            if (!List.of("expires", "max-age", "domain", "path", "secure", "httponly", "samesite", "partitioned")
                    .contains(lower)) {
                ignored.add(new BrowserModel.Ignored(key, "Not an attribute browsers know."));
                continue;
            }
            if (last.containsKey(lower)) {
                ignored.add(new BrowserModel.Ignored(spelled.get(lower) + (last.get(lower).isEmpty() ? ""
                        : "=" + last.get(lower)), "Given again later: the last one wins."));
            }
            last.put(lower, text);
            spelled.put(lower, key);
        }
        Instant expires = null;
        if (last.containsKey("expires")) {
            expires = CookieDate.parse(last.get("expires"));
            if (expires == null) {
                ignored.add(new BrowserModel.Ignored("Expires=" + last.get("expires"),
                        "Not a date a browser can read (RFC 6265bis §5.1.1)."));
            }
        }
        Long maxAge = null;
        if (last.containsKey("max-age")) {
            String text = last.get("max-age");
            if (text.matches("-?[0-9]+")) {
                try {
                    maxAge = Long.parseLong(text);
                } catch (NumberFormatException huge) {
                    maxAge = text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
                }
            } else {
                ignored.add(new BrowserModel.Ignored("Max-Age=" + text,
                        "Not a whole number of seconds (RFC 6265bis §5.6.2)."));
            }
        }
        String domain = null;
        if (last.containsKey("domain")) {
            String text = last.get("domain");
            if (text.isEmpty() || text.equals(".")) {
                ignored.add(new BrowserModel.Ignored("Domain=" + text, "Empty: the cookie stays host-only."));
            } else {
                domain = (text.startsWith(".") ? text.substring(1) : text).toLowerCase(Locale.ROOT);
            }
        }
        String path = null;
        if (last.containsKey("path")) {
            String text = last.get("path");
            if (text.startsWith("/")) {
                path = text;
            } else {
                ignored.add(new BrowserModel.Ignored("Path=" + text,
                        "Does not start with /: the default path is used (RFC 6265bis §5.6.4)."));
            }
        }
        SameSite sameSite = null;
        if (last.containsKey("samesite")) {
            sameSite = SameSite.parse(last.get("samesite")).orElse(null);
            if (sameSite == null) {
                ignored.add(new BrowserModel.Ignored("SameSite=" + last.get("samesite"),
                        "Not Strict, Lax or None: as if none were given, so Lax by default."));
            }
        }
        return new SetCookieLine(name, value, expires, maxAge, domain, path, last.containsKey("secure"),
                last.containsKey("httponly"), sameSite, last.containsKey("partitioned"), null);
    }
}
