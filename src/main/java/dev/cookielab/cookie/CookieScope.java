package dev.cookielab.cookie;

import java.net.URI;
import java.util.Locale;

/** Where a cookie applies (RFC 6265bis §5.1): domain- and path-match, the default path, secure contexts, sites. */
public final class CookieScope {

    private CookieScope() {
    }

    /** §5.1.4: the default path of a cookie set from {@code url}, when it names no Path. */
    public static String defaultPath(String path) {
        if (path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0) {
            return "/";
        }
        return path.substring(0, path.lastIndexOf('/'));
    }

    /** §5.1.3. */
    public static boolean domainMatches(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain) && !FieldRules.isIpv4(host);
    }

    /** §5.1.4. */
    public static boolean pathMatches(String requestPath, String cookiePath) {
        return requestPath.equals(cookiePath) || requestPath.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
    }

    /** HTTPS, or a host whose plain-HTTP pages are secure contexts to Chromium: localhost and the loopback. */
    public static boolean isSecure(URI url) {
        return "https".equalsIgnoreCase(url.getScheme()) || isPotentiallyTrustworthy(host(url));
    }

    /** Hosts whose plain-HTTP pages browsers treat as secure contexts, where Secure cookies may be set. */
    public static boolean isPotentiallyTrustworthy(String host) {
        // A fully qualified name's trailing dot (localhost.) names the same host.
        String lower = host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
        return lower.equals("localhost") || lower.endsWith(".localhost") || lower.startsWith("127.")
                || lower.equals("[::1]") || lower.equals("::1");
    }

    /** The URL's host, lower case, an IPv6 address in brackets. */
    public static String host(URI url) {
        String host = url.getHost() == null ? "" : url.getHost();
        return host.toLowerCase(Locale.ROOT);
    }

    /** The schemeless site a partition is keyed by, and SameSite compares: the registrable domain, or the host. */
    public static String site(URI url) {
        return site(host(url));
    }

    public static String site(String host) {
        String registrable = Registrable.of(host);
        return registrable == null ? host : registrable;
    }
}
