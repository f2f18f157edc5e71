package dev.cookielab.cookie;

import java.util.Locale;

/** What the browser sent back on the request after a set or a delete: the prediction checked. */
public enum Comeback {
    /** Sent back with the value just set. */
    AS_SET,
    /** Sent back, but with another value: an older cookie of that name (another Path or Domain) won. */
    DIFFERENT,
    /** Not sent back: the browser dropped it, or its Path or Domain does not cover this page. */
    MISSING,
    /** Deleted as asked: not sent back. */
    GONE,
    /** Asked to delete, yet still sent: another cookie of that name, with another Path or Domain, lives on. */
    STILL_THERE;

    /** {@code expect} is {@link #DELETED} after a delete, else the set value's {@link CookieReport#fingerprint}. */
    public static final String DELETED = "deleted";

    public static Comeback of(CookieReport sent, String expect) {
        if (DELETED.equals(expect)) {
            return sent == null ? GONE : STILL_THERE;
        }
        if (sent == null) {
            return MISSING;
        }
        return CookieReport.fingerprint(sent.raw()).equals(expect) ? AS_SET : DIFFERENT;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
