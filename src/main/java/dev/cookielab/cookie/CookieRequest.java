package dev.cookielab.cookie;

/**
 * A cookie as a person asked for it, field by field, before any check. Text fields are as typed
 * ({@code null} when the field was not sent at all).
 *
 * @param sameSite {@code null} for the default (Lax), empty for no SameSite attribute
 */
public record CookieRequest(Action action, String name, String value, String maxAge, String path,
        String domain, String sameSite, boolean secure, boolean httpOnly, boolean partitioned, boolean signed) {

    public enum Action { SET, DELETE }

    /** The home page form's starting state: our defaults, nothing typed. */
    public static CookieRequest blank() {
        return new CookieRequest(Action.SET, "", "", "", "/", "", SameSite.LAX.label(), false, true, false, false);
    }
}
