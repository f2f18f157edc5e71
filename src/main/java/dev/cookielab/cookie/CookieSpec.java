package dev.cookielab.cookie;

/**
 * A cookie ready to be sent: every part already checked, the value already in its wire form.
 *
 * @param maxAge seconds, or {@code null} for a session cookie
 * @param domain {@code null} for a host-only cookie
 * @param sameSite {@code null} to send no SameSite attribute
 */
public record CookieSpec(String name, String value, Integer maxAge, String path, String domain,
        boolean secure, boolean httpOnly, SameSite sameSite, boolean partitioned) {

    public static final String TUTORIAL_NAME = "Name";
    public static final String TUTORIAL_VALUE = "AskPython";

    /** Whether the cookie is expired as soon as it is stored: {@code Max-Age=0}, which is how a cookie is deleted. */
    public boolean deletes() {
        return maxAge != null && maxAge == 0;
    }

    /** RFC 6265bis §5.1.4 path-match: {@code /admin} covers {@code /admin/users}, not {@code /administrator}. */
    public boolean coversPath(String requestPath) {
        return CookieScope.pathMatches(requestPath, path);
    }

    /** The {@code Set-Cookie} value Tomcat writes for it, less the {@code Expires} that Max-Age overrides anyway. */
    public String setCookieLine() {
        return name + "=" + value + (maxAge == null ? "" : "; Max-Age=" + maxAge)
                + (domain == null ? "" : "; Domain=" + domain) + "; Path=" + path + (secure ? "; Secure" : "")
                + (httpOnly ? "; HttpOnly" : "") + (sameSite == null ? "" : "; SameSite=" + sameSite.label())
                + (partitioned ? "; Partitioned" : "");
    }

    /** The same cookie in the site's partitioned jar (CHIPS): {@code Partitioned}, which requires {@code Secure}. */
    public CookieSpec partitionedTwin() {
        return new CookieSpec(name, value, maxAge, path, domain, true, httpOnly, sameSite, true);
    }

    /** The same cookie with {@code Domain=<domain>}: a deletion's second try, for a cookie set with the host's name. */
    public CookieSpec atDomain(String domain) {
        return new CookieSpec(name, value, maxAge, path, domain, secure, httpOnly, sameSite, partitioned);
    }

    /** The Flask tutorial's {@code Name=AskPython; Path=/}, with our secure defaults added. */
    public static CookieSpec tutorial(boolean secureRequest) {
        return new CookieSpec(TUTORIAL_NAME, TUTORIAL_VALUE, null, "/", null, secureRequest, true,
                SameSite.LAX, false);
    }
}
