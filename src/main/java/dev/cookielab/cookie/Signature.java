package dev.cookielab.cookie;

import java.util.Locale;

/** What a cookie's value says about its signature. */
public enum Signature {
    VALID, INVALID, UNSIGNED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
