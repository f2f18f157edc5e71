package dev.cookielab.cookie;

/**
 * A cookie as a person asked for it, field by field, before any check. Text fields are as typed ({@code null} when
 * the field was not sent at all). Made with {@link #set} or {@link #delete} and the builder's named fields.
 *
 * @param sameSite {@code null} for the default (Lax), empty for no SameSite attribute
 */
public record CookieRequest(Action action, String name, String value, String maxAge, String path,
        String domain, String sameSite, boolean secure, boolean httpOnly, boolean partitioned, boolean signed) {

    public enum Action { SET, DELETE }

    public static Builder set(String name) {
        return new Builder(Action.SET, name);
    }

    public static Builder delete(String name) {
        return new Builder(Action.DELETE, name);
    }

    /**
     * A deletion that names no Domain field at all (a row's Delete button, "Delete all", a script giving only the
     * name) also expires the name at {@code Domain=<host>}; the form's empty Domain means host-only.
     */
    public boolean reachesDomain() {
        return action == Action.DELETE && domain == null;
    }

    /** The home page form's starting state: our defaults, nothing typed. */
    public static CookieRequest blank() {
        return set("").value("").maxAge("").path("/").domain("").sameSite(SameSite.LAX.label()).build();
    }

    /** Defaults: HttpOnly; Secure only for a name that demands it ({@code __Secure-}, {@code __Host-}). */
    public static final class Builder {
        private final Action action;
        private final String name;
        private String value;
        private String maxAge;
        private String path;
        private String domain;
        private String sameSite;
        private Boolean secure;
        private boolean httpOnly = true;
        private boolean partitioned;
        private boolean signed;

        private Builder(Action action, String name) {
            this.action = action;
            this.name = name;
        }

        public Builder value(String text) {
            value = text;
            return this;
        }

        public Builder maxAge(String text) {
            maxAge = text;
            return this;
        }

        public Builder path(String text) {
            path = text;
            return this;
        }

        public Builder domain(String text) {
            domain = text;
            return this;
        }

        public Builder sameSite(String text) {
            sameSite = text;
            return this;
        }

        /** {@code null} leaves the default. */
        public Builder secure(Boolean flag) {
            secure = flag;
            return this;
        }

        public Builder httpOnly(boolean flag) {
            httpOnly = flag;
            return this;
        }

        public Builder partitioned(boolean flag) {
            partitioned = flag;
            return this;
        }

        public Builder signed(boolean flag) {
            signed = flag;
            return this;
        }

        public CookieRequest build() {
            boolean secureFlag = secure != null ? secure : BrowserWarnings.requiresSecure(name);
            return new CookieRequest(action, name, value, maxAge, path, domain, sameSite, secureFlag, httpOnly,
                    partitioned, signed);
        }
    }
}
