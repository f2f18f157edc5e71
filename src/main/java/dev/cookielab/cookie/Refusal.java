package dev.cookielab.cookie;

import java.util.Locale;

/**
 * Why a browser refuses a {@code Set-Cookie}: the lab's code, Chromium's own name for it (DevTools' {@code
 * SetCookieBlockedReason}), the RFC 6265bis step, and the fix.
 */
public enum Refusal {
    DISALLOWED_CHARACTER("DisallowedCharacter", "RFC 6265bis §5.6 step 1",
            "The line holds a control character (other than a tab): browsers ignore the whole cookie.",
            "Remove the control character, or percent-encode the value."),
    NO_COOKIE_CONTENT("NoCookieContent", "RFC 6265bis §5.6 step 6",
            "Both the name and the value are empty: there is no cookie to store.", "Give the cookie a name and a value."),
    AMBIGUOUS_SERIALIZATION("EXCLUDE_AMBIGUOUS_SERIALIZATION", "Chromium (net/cookies/parsed_cookie.cc)",
            "A cookie without a name whose value holds '=' would come back as a cookie with a name "
                    + "(=a=b is sent as a=b): Chromium refuses it, and DevTools gives no reason for it.",
            "Give the cookie a name, or keep '=' out of a nameless value."),
    NAME_VALUE_TOO_LARGE("NameValuePairExceedsMaxSize", "RFC 6265bis §5.6 step 5",
            "The name and value come to more than 4096 bytes together: browsers ignore the cookie.",
            "Keep the name and value under 4096 bytes; store the data on the server and keep an id in the cookie."),
    PREFIX_NAMELESS("InvalidPrefix", "RFC 6265bis §5.7 step 4",
            "A cookie without a name whose value starts with __Secure- or __Host- could pass for a prefixed cookie: "
                    + "browsers ignore it.", "Give the cookie a name before the ="),
    INVALID_DOMAIN("InvalidDomain", "RFC 6265bis §5.7 steps 9-10",
            "Its Domain does not cover the host the response came from, or is a public suffix (co.uk, github.io) "
                    + "or an address other than the host: browsers ignore the cookie.",
            "Leave Domain out for this host alone, or name this host or a parent of it below its public suffix."),
    SECURE_ONLY("SecureOnly", "RFC 6265bis §5.7 step 8",
            "Secure set from a page served over plain HTTP: browsers ignore such a cookie (localhost is the one "
                    + "exception).", "Untick Secure, or serve the page over HTTPS."),
    SAMESITE_NONE_INSECURE("SameSiteNoneInsecure", "RFC 6265bis §5.7 step 18",
            "SameSite=None without Secure: browsers reject the cookie.", "Add Secure, or use SameSite=Lax."),
    PARTITIONED_INSECURE("EXCLUDE_INVALID_PARTITIONED", "CHIPS draft §2.1",
            "Partitioned without Secure, or from a page that is not a secure context: browsers reject the cookie "
                    + "(Chromium gives DevTools no reason for it).", "Add Secure and serve the page over HTTPS, or drop "
                    + "Partitioned."),
    PREFIX_SECURE("InvalidPrefix", "RFC 6265bis §4.1.3.1",
            "A __Secure- name requires Secure, from a secure page: browsers reject the cookie otherwise.",
            "Add Secure, and serve the page over HTTPS."),
    PREFIX_HOST("InvalidPrefix", "RFC 6265bis §4.1.3.2",
            "A __Host- name requires Secure from a secure page, no Domain and Path=/: browsers reject the cookie "
                    + "otherwise.", "Add Secure and Path=/, leave Domain out, and serve the page over HTTPS."),
    OVERWRITE_SECURE("OverwriteSecure", "RFC 6265bis §5.7 step 16",
            "A Secure cookie of this name already covers this Domain and Path, and a plain-HTTP response may not "
                    + "replace or shadow it: browsers ignore this one.", "Set it over HTTPS, with Secure.");

    private final String chromium;
    private final String rule;
    private final String message;
    private final String fix;

    Refusal(String chromium, String rule, String message, String fix) {
        this.chromium = chromium;
        this.rule = rule;
        this.message = message;
        this.fix = fix;
    }

    /** The lab's code: {@code samesite-none-insecure}, as the form's warnings and the Check link name it. */
    public String code() {
        return switch (this) {
            case SECURE_ONLY -> "secure-insecure-origin";
            default -> name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    public String chromium() {
        return chromium;
    }

    public String rule() {
        return rule;
    }

    public String message() {
        return message;
    }

    public String fix() {
        return fix;
    }

    /** The refusal of that code, or {@code null}. */
    public static Refusal byCode(String code) {
        for (Refusal refusal : values()) {
            if (refusal.code().equals(code)) {
                return refusal;
            }
        }
        return null;
    }
}
