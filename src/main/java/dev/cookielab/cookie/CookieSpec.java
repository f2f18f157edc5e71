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

    /** The Flask tutorial's {@code Name=AskPython; Path=/}, with our secure defaults added. */
    public static CookieSpec tutorial(boolean secureRequest) {
        return new CookieSpec(TUTORIAL_NAME, TUTORIAL_VALUE, null, "/", null, secureRequest, true,
                SameSite.LAX, false);
    }
}
