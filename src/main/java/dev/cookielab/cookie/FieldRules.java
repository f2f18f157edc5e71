package dev.cookielab.cookie;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The syntax of each field of a cookie request: each method adds what is wrong with its field to {@code errors} and
 * returns the field's value as it will be sent, or {@code null} when it is refused (or, where said, left out).
 */
final class FieldRules {

    static final int MAX_ATTRIBUTE_BYTES = BrowserModel.MAX_ATTRIBUTE_BYTES;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{1,3}){3}");

    private FieldRules() {
    }

    /** A name being deleted may be longer: a browser holds such names, and a deletion must reach them. */
    static String name(String name, boolean deleting, Set<String> reservedNames, List<CookieProblem> errors) {
        if (name.isEmpty()) {
            errors.add(CookieProblem.error("name", "name-invalid", "Give the cookie a name."));
            return null;
        }
        if (hasControl("name", "Name", name, errors)) {
            return null;
        }
        if (!deleting && utf8(name) > MAX_ATTRIBUTE_BYTES) {
            errors.add(CookieProblem.error("name", "too-large", "The name is " + utf8(name)
                    + " bytes long; keep it under " + MAX_ATTRIBUTE_BYTES + "."));
            return null;
        }
        StringBuilder bad = new StringBuilder();
        name.codePoints().filter(cp -> !Token.isTokenChar(cp)).distinct()
                .forEach(cp -> bad.append(bad.length() == 0 ? "" : " ").append(Token.describe(cp)));
        if (bad.length() > 0) {
            errors.add(CookieProblem.error("name", "name-invalid", "A cookie name may hold only letters, digits and "
                    + "! # $ % & ' * + - . ^ _ ` | ~ (an HTTP token, RFC 9110 §5.6.2); this one has " + bad + "."));
            return null;
        }
        if (reservedNames.contains(name.toLowerCase(Locale.ROOT))) {
            errors.add(CookieProblem.error("name", "name-reserved", "The name " + name
                    + " is reserved: the server uses it for its own purposes, so Cookie Lab will not set it."));
            return null;
        }
        return name;
    }

    /** The value as typed: any text goes, it is encoded later, but no control character. */
    static String value(String value, List<CookieProblem> errors) {
        hasControl("value", "Value", value, errors);
        return value;
    }

    /** Seconds; {@code null} when empty (a session cookie) or refused. */
    static Integer maxAge(String text, List<CookieProblem> errors) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (hasControl("maxAge", "Max-Age", text, errors) || isTooLong("maxAge", "Max-Age", text, errors)) {
            return null;
        }
        if (!DIGITS.matcher(text).matches()) {
            errors.add(CookieProblem.error("maxAge", "max-age-invalid", "Max-Age must be a whole number of seconds, "
                    + "0 or more (0 deletes the cookie; leave it empty for a session cookie); got " + asTyped(text)
                    + "."));
            return null;
        }
        String digits = text.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
            errors.add(CookieProblem.error("maxAge", "max-age-invalid", "Max-Age may be at most "
                    + Integer.MAX_VALUE + " seconds; got " + asTyped(text) + "."));
            return null;
        }
        return Integer.valueOf(digits);
    }

    /** {@code /} when empty. */
    static String path(String text, List<CookieProblem> errors) {
        if (text == null || text.isEmpty()) {
            return "/";
        }
        if (hasControl("path", "Path", text, errors) || isTooLong("path", "Path", text, errors)) {
            return null;
        }
        if (!text.startsWith("/")) {
            errors.add(CookieProblem.error("path", "path-invalid", "Path must start with / (RFC 6265bis §5.6.4); got "
                    + asTyped(text) + "."));
        } else if (text.indexOf(';') >= 0) {
            errors.add(CookieProblem.error("path", "path-invalid",
                    "Path may not contain ; — it would end the attribute and start another."));
        } else if (text.codePoints().anyMatch(FieldRules::encodedInUrlPaths)) {
            int ch = text.codePoints().filter(FieldRules::encodedInUrlPaths).findFirst().getAsInt();
            errors.add(CookieProblem.error("path", "path-invalid", "Path holds " + Token.describe(ch) + ", which a "
                    + "URL's path always carries percent-encoded, and browsers compare Path with the path as the URL "
                    + "writes it: this cookie would never be sent. Write it " + percentEncoded(ch)
                    + ", as in the URL."));
        } else {
            return text;
        }
        return null;
    }

    /** Lower case, without a leading dot; {@code null} when empty (a host-only cookie) or refused. */
    static String domain(String text, String host, List<CookieProblem> errors) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (hasControl("domain", "Domain", text, errors) || isTooLong("domain", "Domain", text, errors)) {
            return null;
        }
        // RFC 6265bis §5.6.3: a leading dot is ignored by browsers; Tomcat refuses to send one.
        String domain = (text.startsWith(".") ? text.substring(1) : text).toLowerCase(Locale.ROOT);
        String requestHost = host == null ? "" : host.toLowerCase(Locale.ROOT);
        boolean sameHost = domain.equals(requestHost);
        if (!isDomainName(domain)) {
            // Tomcat refuses to send such a Domain, even the host's own: an IPv6 address ([::1]), a trailing dot.
            errors.add(CookieProblem.error("domain", "domain-invalid", sameHost
                    ? "Domain " + asTyped(text) + " is this host, but not a name a Domain attribute can carry "
                            + "(labels of letters, digits and hyphens joined by dots: no IPv6 address, underscore or "
                            + "trailing dot). Leave Domain empty: the cookie then goes to this host alone, which is "
                            + "all such a Domain could mean."
                    : "Domain " + asTyped(text) + " is not a host name: use letters, digits and hyphens in "
                            + "dot-separated labels (punycode for non-ASCII names)."));
            return null;
        }
        boolean parent = !isIpv4(requestHost) && domain.indexOf('.') > 0
                && requestHost.endsWith("." + domain);
        if (!sameHost && !parent) {
            errors.add(CookieProblem.error("domain", "domain-invalid", "Domain " + asTyped(text) + " is not this site: "
                    + "a browser only accepts the host it asked (" + requestHost + ") or a parent domain of it "
                    + "(RFC 6265bis §5.6.3), never a foreign or top-level domain."));
            return null;
        }
        return domain;
    }

    /** Lax when the field was not sent; {@code null}, no attribute, when it is empty or refused. */
    static SameSite sameSite(String text, List<CookieProblem> errors) {
        if (text == null) {
            return SameSite.LAX;
        }
        if (text.isEmpty() || hasControl("sameSite", "SameSite", text, errors)
                || isTooLong("sameSite", "SameSite", text, errors)) {
            return null;
        }
        return SameSite.parse(text).orElseGet(() -> {
            errors.add(CookieProblem.error("sameSite", "samesite-invalid",
                    "SameSite must be Strict, Lax or None (or empty to leave it out); got " + asTyped(text) + "."));
            return null;
        });
    }

    /** Reports control characters (C0, DEL, C1) in a field; true when there was one. */
    private static boolean hasControl(String field, String label, String text, List<CookieProblem> errors) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.getType(text.charAt(i)) == Character.CONTROL) {
                errors.add(CookieProblem.error(field, "control-character", label + " contains the control character "
                        + Token.describe(text.charAt(i))
                        + "; control characters (CR, LF, tab and the like) are never allowed."));
                return true;
            }
        }
        return false;
    }

    private static boolean isTooLong(String field, String label, String text, List<CookieProblem> errors) {
        if (utf8(text) > MAX_ATTRIBUTE_BYTES) {
            errors.add(CookieProblem.error(field, "too-large", label + " is " + utf8(text) + " bytes long; browsers "
                    + "ignore attributes over " + MAX_ATTRIBUTE_BYTES + " bytes (RFC 6265bis §5.6)."));
            return true;
        }
        return false;
    }

    /** Non-ASCII, and what the URL Standard's path percent-encode set adds to the controls: never sent as it is. */
    private static boolean encodedInUrlPaths(int ch) {
        return ch > 0x7E || " \"#<>?`{}".indexOf(ch) >= 0;
    }

    private static String percentEncoded(int ch) {
        return URLEncoder.encode(new String(Character.toChars(ch)), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The text as typed, quoted, with a note when spaces around it would be easy to miss. */
    private static String asTyped(String text) {
        return "\"" + text + "\"" + (text.strip().length() == text.length() ? "" : " (mind the space around it)");
    }

    static boolean isIpv4(String host) {
        return host != null && IPV4.matcher(host).matches();
    }

    private static boolean isDomainName(String domain) {
        if (domain.isEmpty() || domain.length() > 253 || domain.endsWith(".")) {
            return false;
        }
        for (String label : domain.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
