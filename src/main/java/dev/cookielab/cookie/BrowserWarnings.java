package dev.cookielab.cookie;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a browser will do with a cookie that may be sent: the warnings, each saying whether it drops the cookie. */
final class BrowserWarnings {

    /** RFC 6265bis §5.6.1/§5.6.2: user agents cap Expires and Max-Age at 400 days. */
    static final long MAX_AGE_CAP_SECONDS = 400L * 24 * 60 * 60;

    private BrowserWarnings() {
    }

    static List<CookieProblem> of(CookieSpec spec, CookieChecker.Context context) {
        List<CookieProblem> warnings = new ArrayList<>();
        String lowerName = spec.name().toLowerCase(Locale.ROOT);
        if (spec.sameSite() == SameSite.NONE && !spec.secure()) {
            warnings.add(CookieProblem.warning("sameSite", "samesite-none-insecure",
                    "SameSite=None without Secure: browsers reject the cookie.", "RFC 6265bis §5.7 (step 18)", true));
        }
        if (spec.partitioned() && !spec.secure()) {
            warnings.add(CookieProblem.warning("partitioned", "partitioned-insecure",
                    "Partitioned without Secure: browsers reject the cookie.", "CHIPS draft §2.1", true));
        }
        if (spec.secure() && !context.secureRequest() && !isPotentiallyTrustworthy(context.host())) {
            warnings.add(CookieProblem.warning("secure", "secure-insecure-origin",
                    "Secure set from a page served over plain HTTP: browsers ignore such a cookie "
                            + "(localhost is the one exception).", "RFC 6265bis §5.7 (step 8)", true));
        }
        if (lowerName.startsWith("__secure-") && !spec.secure()) {
            warnings.add(CookieProblem.warning("name", "prefix-secure",
                    "A __Secure- name requires Secure: browsers reject the cookie without it.",
                    "RFC 6265bis §4.1.3.1", true));
        }
        // A Domain that is the request's own IP address leaves the cookie host-only, as Chromium and curl store it.
        boolean hostOnly = spec.domain() == null
                || FieldRules.isIpv4(context.host()) && spec.domain().equals(context.host());
        if (lowerName.startsWith("__host-") && (!spec.secure() || !hostOnly || !"/".equals(spec.path()))) {
            warnings.add(CookieProblem.warning("name", "prefix-host",
                    "A __Host- name requires Secure, no Domain and Path=/: browsers reject the cookie otherwise.",
                    "RFC 6265bis §4.1.3.2", true));
        }
        if (spec.maxAge() != null && spec.maxAge() > MAX_AGE_CAP_SECONDS) {
            warnings.add(CookieProblem.warning("maxAge", "max-age-clamped", "Max-Age " + spec.maxAge()
                    + " is over 400 days: browsers keep the cookie for " + MAX_AGE_CAP_SECONDS + " seconds at most.",
                    "RFC 6265bis §5.6.2", false));
        }
        if (!spec.coversPath(context.readPath())) {
            warnings.add(CookieProblem.warning("path", "path-elsewhere", "Path " + spec.path() + " does not cover "
                    + context.readPath() + ": browsers send this cookie only to " + spec.path()
                    + " and the pages under it, so Cookie Lab's pages cannot show it, nor check what your browser "
                    + "did with it.", "RFC 6265bis §5.1.4 (path-match)", false));
        }
        return List.copyOf(warnings);
    }

    /** A {@code __Secure-} or {@code __Host-} name, in any case (RFC 6265bis §4.1.3): browsers want Secure with it. */
    static boolean requiresSecure(String name) {
        return name != null && (name.regionMatches(true, 0, "__Secure-", 0, 9)
                || name.regionMatches(true, 0, "__Host-", 0, 7));
    }

    /** Hosts whose plain-HTTP pages browsers treat as secure contexts, where Secure cookies may be set. */
    static boolean isPotentiallyTrustworthy(String host) {
        // A fully qualified name's trailing dot (localhost.) names the same host.
        String lower = host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
        return lower.equals("localhost") || lower.endsWith(".localhost") || lower.startsWith("127.")
                || lower.equals("[::1]") || lower.equals("::1");
    }
}
