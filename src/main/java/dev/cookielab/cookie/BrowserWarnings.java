package dev.cookielab.cookie;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the browser model says of a cookie the form built, in the form's words: each warning says whether it drops it. */
final class BrowserWarnings {

    private BrowserWarnings() {
    }

    /** The warnings that mean a browser rejects the cookie outright: fixed texts, which a later page can name. */
    enum Drop {
        SAMESITE_NONE_INSECURE("sameSite", "SameSite=None without Secure: browsers reject the cookie.",
                "RFC 6265bis §5.7 (step 18)", "Tick Secure, or choose SameSite Lax."),
        PARTITIONED_INSECURE("partitioned", "Partitioned without Secure: browsers reject the cookie.",
                "CHIPS draft §2.1", "Tick Secure, or untick Partitioned."),
        SECURE_INSECURE_ORIGIN("secure", "Secure set from a page served over plain HTTP: browsers ignore such a "
                + "cookie (localhost is the one exception).", "RFC 6265bis §5.7 (step 8)",
                "Untick Secure, or open Cookie Lab over HTTPS."),
        PREFIX_SECURE("name", "A __Secure- name requires Secure: browsers reject the cookie without it.",
                "RFC 6265bis §4.1.3.1", "Tick Secure."),
        PREFIX_HOST("name", "A __Host- name requires Secure, no Domain and Path=/: browsers reject the cookie "
                + "otherwise.", "RFC 6265bis §4.1.3.2", "Tick Secure, leave Domain empty and set Path to /.");

        private final CookieProblem warning;

        Drop(String field, String message, String rule, String fix) {
            warning = CookieProblem.warning(field, name().toLowerCase(Locale.ROOT).replace('_', '-'), message, rule,
                    fix, true);
        }

        /** The warning of that code, or {@code null} when no warning that drops a cookie has it. */
        static CookieProblem byCode(String code) {
            for (Drop drop : values()) {
                if (drop.warning.code().equals(code)) {
                    return drop.warning;
                }
            }
            return null;
        }
    }

    /**
     * What the browser model does with the header the form produced, in the form's words: each refusal (the form's
     * own fix where it has one), Max-Age over the cap, and a Path that keeps the cookie from the lab's pages.
     */
    static List<CookieProblem> of(CookieSpec spec, CookieChecker.Context context) {
        BrowserModel.Outcome outcome = new BrowserModel().receive(spec.setCookieLine(), context.host(),
                context.secureRequest() || CookieScope.isPotentiallyTrustworthy(context.host()), context.readPath(),
                Instant.now(), null);
        List<CookieProblem> warnings = new ArrayList<>();
        for (Refusal refusal : outcome.refusals()) {
            warnings.add(warning(refusal));
        }
        long cap = CookieChecker.MAX_AGE_CAP_SECONDS;
        if (outcome.capped()) {
            warnings.add(CookieProblem.warning("maxAge", "max-age-clamped", "Max-Age " + spec.maxAge()
                    + " is over 400 days: browsers keep the cookie for " + cap + " seconds at most.",
                    "RFC 6265bis §5.6.2", "Give " + cap + " (400 days) or less.", false));
        }
        if (!spec.coversPath(context.readPath())) {
            warnings.add(CookieProblem.warning("path", "path-elsewhere", "Path " + spec.path() + " does not cover "
                    + context.readPath() + ": browsers send this cookie only to " + spec.path()
                    + " and the pages under it, so Cookie Lab's pages cannot show it, nor check what your browser "
                    + "did with it.", "RFC 6265bis §5.1.4 (path-match)",
                    "Set Path to / to see the cookie here.", false));
        }
        return List.copyOf(warnings);
    }

    /** A refusal in the form's words where it has its own, else in the model's. */
    static CookieProblem warning(Refusal refusal) {
        CookieProblem drop = Drop.byCode(refusal.code());
        return drop != null ? drop : CookieProblem.warning("", refusal.code(), refusal.message(), refusal.rule(),
                refusal.fix(), true);
    }

    /** A {@code __Secure-} or {@code __Host-} name, in any case (RFC 6265bis §4.1.3): browsers want Secure with it. */
    static boolean requiresSecure(String name) {
        return name != null && (name.regionMatches(true, 0, "__Secure-", 0, 9)
                || name.regionMatches(true, 0, "__Host-", 0, 7));
    }
}
