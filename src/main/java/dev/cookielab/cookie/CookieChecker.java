package dev.cookielab.cookie;

import static java.util.Objects.requireNonNullElse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides whether a cookie may be set, and what a browser will do with it. Errors refuse the
 * request; warnings leave it to be sent, with the reason a browser drops or changes the cookie. The rules live in
 * {@link FieldRules}, {@link HeaderBudget} and {@link BrowserWarnings}.
 */
public final class CookieChecker {

    /** RFC 6265bis §5.6: browsers keep a cookie whose name and value, without the '=', come to at most this. */
    public static final int MAX_PAIR_BYTES = BrowserModel.MAX_PAIR_BYTES;
    /** RFC 6265bis §5.6.1/§5.6.2: user agents cap Expires and Max-Age at 400 days. */
    public static final long MAX_AGE_CAP_SECONDS = BrowserModel.MAX_AGE_CAP.toSeconds();

    /**
     * What the checker needs to know of the request that asks for the cookie.
     *
     * @param host the host the browser addressed, without port
     * @param sent the cookies the browser sent, name and raw value, in order (a name may come more than once)
     * @param reservedNames names nobody may set, lower case
     * @param readPath where the Check link reads a cookie back: {@code /getcookie} under the context path
     */
    public record Context(String host, boolean secureRequest, List<Map.Entry<String, String>> sent,
            Set<String> reservedNames, String readPath) {
    }

    /** The outcome: refused when there are errors; otherwise {@link #spec} is what to send. */
    public record Verdict(List<CookieProblem> errors, List<CookieProblem> warnings, CookieSpec spec) {

        public static Verdict refusal(List<CookieProblem> errors) {
            return new Verdict(List.copyOf(errors), List.of(), null);
        }

        public boolean refused() {
            return !errors.isEmpty();
        }

        /** The prediction: false when some warning says browsers ignore this cookie. */
        public boolean browserKeepsIt() {
            return warnings.stream().noneMatch(CookieProblem::dropsCookie);
        }
    }

    private final CookieSigner signer;

    public CookieChecker(CookieSigner signer) {
        this.signer = signer;
    }

    public Verdict check(CookieRequest request, Context context) {
        List<CookieProblem> errors = new ArrayList<>();
        boolean deleting = request.action() == CookieRequest.Action.DELETE;

        String name = FieldRules.name(requireNonNullElse(request.name(), ""), deleting, context.reservedNames(),
                errors);
        String value = deleting ? "" : FieldRules.value(requireNonNullElse(request.value(), ""), errors);
        Integer maxAge = deleting ? Integer.valueOf(0) : FieldRules.maxAge(request.maxAge(), errors);
        String path = FieldRules.path(request.path(), errors);
        String domain = FieldRules.domain(request.domain(), context.host(), errors);
        SameSite sameSite = FieldRules.sameSite(request.sameSite(), errors);
        if (name == null) {
            return Verdict.refusal(errors);
        }

        String raw = CookieCodec.encode(value);
        if (request.signed() && !deleting) {
            raw = signer.sign(name, raw);
        }
        int pairBytes = FieldRules.utf8(name) + raw.length(); // RFC 6265bis §5.6: the '=' does not count
        if (pairBytes > MAX_PAIR_BYTES) {
            errors.add(CookieProblem.error("value", "too-large", "The name and the encoded value come to "
                    + pairBytes + " bytes; browsers keep at most " + MAX_PAIR_BYTES
                    + " bytes (RFC 6265bis §5.6). Encoding makes non-ASCII text up to 9 times longer."));
        }
        if (errors.isEmpty() && !deleting && (maxAge == null || maxAge > 0)) {
            HeaderBudget.check(name, raw, context.sent(), errors);
        }
        if (!errors.isEmpty()) {
            return Verdict.refusal(errors);
        }

        boolean secure = request.secure() || context.secureRequest();
        CookieSpec spec = new CookieSpec(name, raw, maxAge, path, domain, secure, request.httpOnly(), sameSite,
                request.partitioned());
        return new Verdict(List.of(), BrowserWarnings.of(spec, context), spec);
    }

    /**
     * What a deletion sends: the cookie and its partitioned twin, since only a {@code Partitioned} header reaches a
     * partitioned (CHIPS) cookie and the browser never says which it holds; no twin where Secure cannot be set.
     * With {@code alsoAtDomains}, the same pair again at each {@link #domainsReached Domain} of this host: apps set
     * names both ways, and the browser does not say which it sent. As many as one response holds, in order.
     */
    public static List<CookieSpec> deletions(CookieSpec spec, Context context, boolean alsoAtDomains) {
        boolean secureContext = context.secureRequest() || CookieScope.isPotentiallyTrustworthy(context.host());
        List<CookieSpec> where = new ArrayList<>(List.of(spec));
        if (alsoAtDomains && spec.domain() == null) {
            domainsReached(context.host(), spec.name(), secureContext).forEach(domain -> where.add(spec.atDomain(domain)));
        }
        List<CookieSpec> all = new ArrayList<>();
        for (CookieSpec one : where) {
            all.add(one);
            if (!one.partitioned() && secureContext) {
                all.add(one.partitionedTwin());
            }
        }
        // A name of some 3000 bytes leaves no room for more than one header: the host-only cookie is the likeliest.
        int fit = HeaderBudget.deletableAtOnce(all.stream().map(List::of).toList());
        return List.copyOf(all.subList(0, Math.max(1, fit)));
    }

    /** Whether plain-HTTP pages of this host are secure contexts to browsers, where Secure cookies may be set. */
    public static boolean isPotentiallyTrustworthy(String host) {
        return CookieScope.isPotentiallyTrustworthy(host);
    }

    /** The warning of that code if it makes browsers drop a cookie, for the check's "missing"; else null. */
    public static CookieProblem dropReason(String code) {
        Refusal refusal = Refusal.byCode(code);
        return refusal == null ? BrowserWarnings.Drop.byCode(code) : BrowserWarnings.warning(refusal);
    }

    /**
     * The {@code Domain}s a delete without a Domain field also reaches on this host, lower case: the host and each
     * parent up to its registrable domain ({@link Registrable}), where apps put the cookies their subdomains share.
     * None for an IP address or a single label ({@code localhost}), where browsers keep a {@code Domain=<host>}
     * cookie host-only anyway; none for a {@code __Host-} name, which may carry no Domain (RFC 6265bis §4.1.3.2),
     * nor for a {@code __Secure-} name where Secure cannot be set, since browsers refuse such a header.
     */
    public static List<String> domainsReached(String host, String name, boolean secureContext) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("__host-") || lower.startsWith("__secure-") && !secureContext) {
            return List.of();
        }
        return Registrable.domainsUpTo(host);
    }
}
