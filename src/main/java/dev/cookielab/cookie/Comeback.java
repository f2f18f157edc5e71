package dev.cookielab.cookie;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What the browser sent back on the request after a set or a delete: the prediction checked. */
public enum Comeback {
    /** Sent back with the value just set, first of its name, so a server reading the name gets it. */
    AS_SET,
    /** Sent back with the value just set, but after another of that name, which a server reads instead. */
    SHADOWED,
    /** Sent back, but another of that name: the new one was dropped or does not cover this page. */
    DIFFERENT,
    /** Not sent back: the browser dropped it, or its Path or Domain does not cover this page. */
    MISSING,
    /** Deleted as asked: not sent back. */
    GONE,
    /** Asked to delete, yet still sent: another cookie of that name, with another Path or Domain, lives on. */
    STILL_THERE;

    /** {@code expect} is {@link #DELETED} after a delete, else the set value's {@link CookieReport#fingerprint}. */
    public static final String DELETED = "deleted";

    private static final Pattern FINGERPRINT = Pattern.compile("[A-Za-z0-9_-]{16}");

    /** Whether {@link #of} can answer {@code expect}; anything else could only give a verdict about nothing. */
    public static boolean isExpectation(String expect) {
        return DELETED.equals(expect) || FINGERPRINT.matcher(expect).matches();
    }

    /** {@code sent}: the cookies of the name the request carried, in the order sent. */
    public static Comeback of(List<CookieReport> sent, String expect) {
        if (DELETED.equals(expect)) {
            return sent.isEmpty() ? GONE : STILL_THERE;
        }
        if (sent.isEmpty()) {
            return MISSING;
        }
        if (CookieReport.fingerprint(sent.get(0).raw()).equals(expect)) {
            return AS_SET;
        }
        for (CookieReport later : sent.subList(1, sent.size())) {
            if (CookieReport.fingerprint(later.raw()).equals(expect)) {
                return SHADOWED;
            }
        }
        return DIFFERENT;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
