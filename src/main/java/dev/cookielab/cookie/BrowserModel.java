package dev.cookielab.cookie;

import static dev.cookielab.cookie.CookieScope.defaultPath;
import static dev.cookielab.cookie.CookieScope.domainMatches;
import static dev.cookielab.cookie.CookieScope.host;
import static dev.cookielab.cookie.CookieScope.isSecure;
import static dev.cookielab.cookie.CookieScope.pathMatches;
import static dev.cookielab.cookie.CookieScope.site;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one model of what a browser does with a cookie: the jar of one browser profile, which takes {@code Set-Cookie}
 * lines from a URL (RFC 6265bis §5.6 and §5.7) and says which cookies a request carries (§5.8.3), as Chromium does
 * where the two differ (docs/explain.md). Every page that predicts asks it.
 */
public final class BrowserModel {

    /** §5.6 step 5: a name and value of more bytes, together, are refused. */
    public static final int MAX_PAIR_BYTES = 4096;
    /** §5.6: an attribute value of more bytes is ignored. */
    public static final int MAX_ATTRIBUTE_BYTES = 1024;
    /** §5.6.1, §5.6.2: Expires and Max-Age are capped at 400 days. */
    public static final Duration MAX_AGE_CAP = Duration.ofDays(400);
    /** Chromium's Lax-allowing-unsafe: a cookie without SameSite crosses on a top-level POST this long. */
    static final Duration LAX_ALLOWING_UNSAFE = Duration.ofMinutes(2);

    /** A cookie in the jar, as the browser stores it; {@code expires} is {@code null} for a session cookie. */
    public record Stored(String name, String value, String domain, boolean hostOnly, String path, Instant expires,
            boolean secure, boolean httpOnly, SameSite sameSite, boolean partitioned, String partitionKey,
            Instant created) {

        boolean sameKey(Stored other) {
            return name.equals(other.name) && domain.equals(other.domain) && hostOnly == other.hostOnly
                    && path.equals(other.path) && java.util.Objects.equals(partitionKey, other.partitionKey);
        }
    }

    /** An attribute the browser drops without a word, and why. */
    public record Ignored(String attribute, String why) {
    }

    /**
     * What one line did: the cookie stored (or expired, for a deletion), or the reasons it was refused, each
     * Chromium's own; and the attributes ignored on the way.
     *
     * @param defaultPath whether the cookie's Path is the default one, derived from the URL's path, for want of a
     *     Path attribute that starts with {@code /}
     */
    public record Outcome(String line, Stored cookie, List<Refusal> refusals, List<Ignored> ignored,
            boolean deletes, boolean replaced, boolean capped, boolean defaultPath) {

        public boolean stored() {
            return refusals.isEmpty() && !deletes;
        }
    }

    /** A request the browser makes: where to, from which top-level site, and of which kind. */
    public record Request(URI url, String topLevelSite, Kind kind, String method) {

        public enum Kind { NAVIGATION, SUBRESOURCE }

        /** A request from a page of the same site, or a top-level visit typed in: every SameSite cookie goes. */
        public static Request sameSite(URI url) {
            return new Request(url, site(url), Kind.NAVIGATION, "GET");
        }
    }

    private final List<Stored> jar = new ArrayList<>();

    /** The cookies in the jar that have not expired at {@code now}, in the order stored. */
    public List<Stored> jar(Instant now) {
        return jar.stream().filter(cookie -> cookie.expires() == null || cookie.expires().isAfter(now)).toList();
    }

    /**
     * Applies one {@code Set-Cookie} value received from {@code url}. {@code serverDate}, the response's {@code Date}
     * when known, makes {@code Expires} relative to the server's clock, as Chromium reads it.
     */
    public Outcome receive(String line, URI url, Instant now, Instant serverDate) {
        return receive(line, host(url), isSecure(url), url.getRawPath(), now, serverDate);
    }

    /** {@link #receive(String, URI, Instant, Instant)} from a response of {@code host} at {@code path}. */
    public Outcome receive(String line, String host, boolean secureOrigin, String requestPath, Instant now,
            Instant serverDate) {
        List<Ignored> ignored = new ArrayList<>();
        SetCookieLine parsed = SetCookieLine.parse(line, ignored);
        if (parsed.refusal() != null) {
            return new Outcome(line, null, List.of(parsed.refusal()), ignored, false, false, false, false);
        }
        List<Refusal> refusals = new ArrayList<>();
        String lowerName = parsed.name().toLowerCase(Locale.ROOT);
        if (parsed.name().isEmpty() && (parsed.value().toLowerCase(Locale.ROOT).startsWith("__secure-")
                || parsed.value().toLowerCase(Locale.ROOT).startsWith("__host-"))) {
            refusals.add(Refusal.PREFIX_NAMELESS);
        }
        boolean capped = false;
        Instant expires = null;
        if (parsed.maxAge() != null) {
            long seconds = Math.min(parsed.maxAge(), MAX_AGE_CAP.toSeconds());
            capped = parsed.maxAge() > seconds;
            expires = seconds <= 0 ? Instant.EPOCH : now.plusSeconds(seconds);
        } else if (parsed.expires() != null) {
            Instant at = serverDate == null ? parsed.expires()
                    : now.plus(Duration.between(serverDate, parsed.expires()));
            capped = at.isAfter(now.plus(MAX_AGE_CAP));
            expires = capped ? now.plus(MAX_AGE_CAP) : at;
        }
        String domain = host;
        boolean hostOnly = true;
        if (parsed.domain() != null) {
            String wanted = parsed.domain();
            boolean ip = host.startsWith("[") || FieldRules.isIpv4(host);
            if (wanted.equals(host) && (ip || Registrable.isPublicSuffix(wanted))) {
                hostOnly = true; // an address, or a public suffix that is the host itself, stays host-only
            } else if (ip || Registrable.isPublicSuffix(wanted) || !domainMatches(host, wanted)) {
                refusals.add(Refusal.INVALID_DOMAIN);
            } else {
                domain = wanted;
                hostOnly = false;
            }
        }
        String path = parsed.path() != null ? parsed.path() : defaultPath(requestPath);
        if (parsed.sameSite() == SameSite.NONE && !parsed.secure()) {
            refusals.add(Refusal.SAMESITE_NONE_INSECURE);
        }
        // Chromium checks Partitioned and the prefixes against the origin too, and then says nothing of SecureOnly.
        boolean secure = parsed.secure() && secureOrigin;
        if (parsed.partitioned() && !secure) {
            refusals.add(Refusal.PARTITIONED_INSECURE);
        }
        if (lowerName.startsWith("__secure-") && !secure) {
            refusals.add(Refusal.PREFIX_SECURE);
        }
        if (lowerName.startsWith("__host-") && (!secure || !hostOnly || parsed.domain() != null
                && !(host.startsWith("[") || FieldRules.isIpv4(host)) || !"/".equals(parsed.path()))) {
            refusals.add(Refusal.PREFIX_HOST);
        }
        if (parsed.secure() && !secureOrigin && refusals.stream().noneMatch(refusal -> refusal == Refusal.PREFIX_SECURE
                || refusal == Refusal.PREFIX_HOST || refusal == Refusal.PARTITIONED_INSECURE)) {
            refusals.add(Refusal.SECURE_ONLY);
        }
        if (!parsed.secure() && !secureOrigin && overwritesSecure(parsed.name(), domain, path, now)) {
            refusals.add(Refusal.OVERWRITE_SECURE);
        }
        if (!refusals.isEmpty()) {
            return new Outcome(line, null, List.copyOf(refusals), ignored, false, false, capped, parsed.path() == null);
        }
        Stored cookie = new Stored(parsed.name(), parsed.value(), domain, hostOnly, path, expires, parsed.secure(),
                parsed.httpOnly(), parsed.sameSite(), parsed.partitioned(), parsed.partitioned() ? site(host) : null,
                now);
        Stored old = jar.stream().filter(cookie::sameKey).findFirst().orElse(null);
        boolean deletes = expires != null && !expires.isAfter(now);
        if (old != null) {
            jar.remove(old);
            // §5.7 step 22: an overwrite keeps the old cookie's creation time (and its place in the send order).
            cookie = new Stored(cookie.name(), cookie.value(), domain, hostOnly, path, expires, cookie.secure(),
                    cookie.httpOnly(), cookie.sameSite(), cookie.partitioned(), cookie.partitionKey(), old.created());
        }
        if (!deletes) {
            jar.add(cookie);
        }
        return new Outcome(line, cookie, List.of(), ignored, deletes, old != null, capped, parsed.path() == null);
    }

    /** §5.7 step 16, "leave secure cookies alone": an insecure origin cannot shadow a Secure cookie of that name. */
    private boolean overwritesSecure(String name, String domain, String path, Instant now) {
        return jar(now).stream().anyMatch(old -> old.secure() && old.name().equals(name)
                && (domainMatches(old.domain(), domain) || domainMatches(domain, old.domain()))
                && pathMatches(path, old.path()));
    }

    /** The cookies {@code request} carries, in the order they are sent (§5.8.3: longer paths first, then older). */
    public List<Stored> sentWith(Request request, Instant now, boolean thirdPartyCookiesAllowed) {
        return jar(now).stream().filter(cookie -> whyNotSent(cookie, request, now, thirdPartyCookiesAllowed) == null)
                .sorted((a, b) -> b.path().length() != a.path().length() ? b.path().length() - a.path().length()
                        : a.created().compareTo(b.created()))
                .toList();
    }

    /** Why {@code request} does not carry {@code cookie}, in a sentence; {@code null} when it does. */
    public static String whyNotSent(Stored cookie, Request request, Instant now, boolean thirdPartyCookiesAllowed) {
        String host = host(request.url());
        if (cookie.expires() != null && !cookie.expires().isAfter(now)) {
            return "It has expired.";
        }
        if (cookie.hostOnly() ? !host.equals(cookie.domain()) : !domainMatches(host, cookie.domain())) {
            return cookie.hostOnly() ? "Host-only: sent to " + cookie.domain() + " alone."
                    : "Its Domain, " + cookie.domain() + ", does not cover " + host + ".";
        }
        String path = request.url().getRawPath() == null || request.url().getRawPath().isEmpty() ? "/"
                : request.url().getRawPath();
        if (!pathMatches(path, cookie.path())) {
            return "Its Path, " + cookie.path() + ", does not cover " + path + ".";
        }
        if (cookie.secure() && !isSecure(request.url())) {
            return "Secure: sent over HTTPS only (and to localhost).";
        }
        boolean topLevel = request.kind() == Request.Kind.NAVIGATION;
        if (cookie.partitioned()) {
            // CHIPS: the partition of the top-level site, which a navigation makes the site it goes to.
            String partition = topLevel ? site(request.url()) : request.topLevelSite();
            return cookie.partitionKey().equals(partition) ? null
                    : "Partitioned: sent only under the top-level site " + cookie.partitionKey() + ".";
        }
        boolean crossSite = !site(request.url()).equals(request.topLevelSite());
        if (!crossSite) {
            return null;
        }
        boolean safe = request.method().equals("GET") || request.method().equals("HEAD");
        SameSite sameSite = cookie.sameSite();
        if (sameSite == SameSite.STRICT) {
            return "SameSite=Strict: never sent on a cross-site request.";
        }
        if (sameSite == SameSite.LAX || sameSite == null) {
            boolean allowingUnsafe = sameSite == null && topLevel
                    && Duration.between(cookie.created(), now).compareTo(LAX_ALLOWING_UNSAFE) <= 0;
            return topLevel && (safe || allowingUnsafe) ? null : (sameSite == null ? "No SameSite, so Lax by default"
                    : "SameSite=Lax") + ": sent cross-site only on a top-level navigation with a safe method.";
        }
        return topLevel || thirdPartyCookiesAllowed ? null
                : "A third-party cookie: sent from an embed or a fetch only where third-party cookies are allowed.";
    }
}
