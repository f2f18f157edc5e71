package dev.cookielab.cookie;

import java.util.Locale;
import java.util.Optional;

/** The SameSite attribute's three values (RFC 6265bis §5.6.7). */
public enum SameSite {
    STRICT("Strict"), LAX("Lax"), NONE("None");

    private final String label;

    SameSite(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Matches case-insensitively, as browsers do. */
    public static Optional<SameSite> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (SameSite value : values()) {
            if (value.label.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
