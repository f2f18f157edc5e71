package dev.cookielab.cookie;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that decides whether a cookie may be set, and what a browser will do with it.
 * Errors refuse the request; warnings leave it to be sent, with the reason a browser drops or
 * changes the cookie.
 */
public final class CookieChecker {

    public static final int MAX_PAIR_BYTES = 4096;
    public static final int MAX_ATTRIBUTE_BYTES = 1024;
    /** What the browser may send in its Cookie header, leaving room under Tomcat's 8 KB header limit. */
    public static final int BUDGET_BYTES = 6 * 1024;
    /**
     * Tomcat's default {@code maxCookieCount}: it refuses a request carrying more cookies, with a 400, before the
     * application sees it, so a browser holding more is locked out of every page, "Delete all" included.
     */
    public static final int MAX_COOKIES = 200;
    /**
     * Room for Set-Cookie headers in one response. Tomcat writes a response's headers into a buffer of the
     * connector's {@code maxHttpHeaderSize} (8 KB by default) and fails a response that overflows it; the rest is
     * left for the status line and the other headers (about 600 bytes here).
     */
    public static final int SET_COOKIE_ROOM = 6 * 1024;
    /**
     * What a deleting header adds to the name: {@code Set-Cookie: } and {@code =; Max-Age=0; Expires=Thu, 01 Jan 1970
     * 00:00:10 GMT; Path=/; Secure; HttpOnly; SameSite=Lax} and the line's end.
     */
    static final int DELETE_HEADER_BYTES = 105;
    /** RFC 6265bis §5.6.1/§5.6.2: user agents cap Expires and Max-Age at 400 days. */
    public static final long MAX_AGE_CAP_SECONDS = 400L * 24 * 60 * 60;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{1,3}){3}");

    /**
     * What the checker needs to know of the request that asks for the cookie.
     *
     * @param host the host the browser addressed (without port)
     * @param secureRequest whether it came over HTTPS
     * @param sent the cookies the browser sent with it, name and raw value, in the order sent (a name may come
     *     more than once: cookies of one name set at different Paths or Domains)
     * @param reservedNames names nobody may set, lower case
     * @param readPath the path of the page that reads a cookie back and checks it ({@code /getcookie} under the
     *     application's context path)
     */
    public record Context(String host, boolean secureRequest, List<Map.Entry<String, String>> sent,
            Set<String> reservedNames, String readPath) {
    }

    /** The outcome: refused when there are errors; otherwise {@link #spec} is what to send. */
    public record Verdict(List<CookieProblem> errors, List<CookieProblem> warnings, CookieSpec spec) {

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

        String name = checkName(nullToEmpty(request.name()), context, errors);
        String value = deleting ? "" : nullToEmpty(request.value());
        if (!deleting) {
            checkControls("value", "Value", value, errors);
        }
        Integer maxAge = deleting ? Integer.valueOf(0) : checkMaxAge(request.maxAge(), errors);
        String path = checkPath(request.path(), errors);
        String domain = checkDomain(request.domain(), context.host(), errors);
        SameSite sameSite = checkSameSite(request.sameSite(), errors);

        String raw = CookieCodec.encode(value);
        if (request.signed() && !deleting && name != null) {
            raw = signer.sign(name, raw);
        }
        if (name != null && utf8(name) + 1 + raw.length() > MAX_PAIR_BYTES) {
            errors.add(CookieProblem.error("value", "too-large", "The name and the encoded value come to "
                    + (utf8(name) + 1 + raw.length()) + " bytes; browsers keep at most " + MAX_PAIR_BYTES
                    + " bytes (RFC 6265bis §5.6). Encoding makes non-ASCII text up to 9 times longer."));
        }
        if (errors.isEmpty() && !deleting && (maxAge == null || maxAge > 0)) {
            checkBudget(name, raw, context.sent(), errors);
        }
        if (!errors.isEmpty()) {
            return new Verdict(List.copyOf(errors), List.of(), null);
        }

        boolean secure = request.secure() || context.secureRequest();
        CookieSpec spec = new CookieSpec(name, raw, maxAge, path, domain, secure, request.httpOnly(), sameSite,
                request.partitioned());
        return new Verdict(List.of(), warnings(spec, context), spec);
    }

    private static String checkName(String name, Context context, List<CookieProblem> errors) {
        if (name.isEmpty()) {
            errors.add(CookieProblem.error("name", "name-invalid", "Give the cookie a name."));
            return null;
        }
        if (checkControls("name", "Name", name, errors)) {
            return null;
        }
        if (utf8(name) > MAX_ATTRIBUTE_BYTES) {
            errors.add(CookieProblem.error("name", "too-large", "The name is " + utf8(name)
                    + " bytes long; keep it under " + MAX_ATTRIBUTE_BYTES + "."));
            return null;
        }
        StringBuilder bad = new StringBuilder();
        name.codePoints().filter(cp -> !isTokenChar(cp)).distinct()
                .forEach(cp -> bad.append(bad.length() == 0 ? "" : " ").append(describe(cp)));
        if (bad.length() > 0) {
            errors.add(CookieProblem.error("name", "name-invalid", "A cookie name may hold only letters, digits and "
                    + "! # $ % & ' * + - . ^ _ ` | ~ (an HTTP token, RFC 9110 §5.6.2); this one has " + bad + "."));
            return null;
        }
        if (context.reservedNames().contains(name.toLowerCase(Locale.ROOT))) {
            errors.add(CookieProblem.error("name", "name-reserved", "The name " + name
                    + " is reserved: the server uses it for its own purposes, so Cookie Lab will not set it."));
            return null;
        }
        return name;
    }

    private static Integer checkMaxAge(String text, List<CookieProblem> errors) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (checkControls("maxAge", "Max-Age", text, errors) || checkAttributeSize("maxAge", "Max-Age", text, errors)) {
            return null;
        }
        if (!DIGITS.matcher(text).matches()) {
            errors.add(CookieProblem.error("maxAge", "max-age-invalid", "Max-Age must be a whole number of seconds, "
                    + "0 or more (0 deletes the cookie; leave it empty for a session cookie); got " + asTyped(text)
                    + "."));
            return null;
        }
        String digits = text.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
            errors.add(CookieProblem.error("maxAge", "max-age-invalid", "Max-Age may be at most "
                    + Integer.MAX_VALUE + " seconds; got " + asTyped(text) + "."));
            return null;
        }
        return Integer.valueOf(digits);
    }

    /**
     * Non-ASCII, and what the URL Standard's path percent-encode set adds to the controls refused before: a browser
     * never sends a request whose path holds one of these as it is.
     */
    private static boolean encodedInUrlPaths(int ch) {
        return ch > 0x7E || " \"#<>?`{}".indexOf(ch) >= 0;
    }

    private static String percentEncoded(int ch) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : new String(Character.toChars(ch)).getBytes(StandardCharsets.UTF_8)) {
            encoded.append(String.format("%%%02X", b & 0xFF));
        }
        return encoded.toString();
    }

    /** The text as typed, quoted when spaces around it would vanish from the message (and from an HTML page). */
    private static String asTyped(String text) {
        return text.strip().length() == text.length() ? text : "\"" + text + "\" (mind the space around it)";
    }

    private static String checkPath(String text, List<CookieProblem> errors) {
        if (text == null || text.isEmpty()) {
            return "/";
        }
        if (checkControls("path", "Path", text, errors) || checkAttributeSize("path", "Path", text, errors)) {
            return null;
        }
        if (!text.startsWith("/")) {
            errors.add(CookieProblem.error("path", "path-invalid", "Path must start with / (RFC 6265bis §5.6.4); got "
                    + asTyped(text) + "."));
        } else if (text.indexOf(';') >= 0) {
            errors.add(CookieProblem.error("path", "path-invalid",
                    "Path may not contain ; — it would end the attribute and start another."));
        } else if (text.codePoints().anyMatch(CookieChecker::encodedInUrlPaths)) {
            int ch = text.codePoints().filter(CookieChecker::encodedInUrlPaths).findFirst().getAsInt();
            errors.add(CookieProblem.error("path", "path-invalid", "Path holds " + describe(ch) + ", which a URL's "
                    + "path always carries percent-encoded, and browsers compare Path with the path as the URL writes "
                    + "it: this cookie would never be sent. Write it " + percentEncoded(ch) + ", as in the URL."));
        } else {
            return text;
        }
        return null;
    }

    private static String checkDomain(String text, String host, List<CookieProblem> errors) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (checkControls("domain", "Domain", text, errors) || checkAttributeSize("domain", "Domain", text, errors)) {
            return null;
        }
        // RFC 6265bis §5.6.3: a leading dot is ignored by browsers; Tomcat refuses to send one.
        String domain = (text.startsWith(".") ? text.substring(1) : text).toLowerCase(Locale.ROOT);
        String requestHost = host == null ? "" : host.toLowerCase(Locale.ROOT);
        boolean sameHost = domain.equals(requestHost);
        if (!isDomainName(domain)) {
            // Tomcat refuses to send such a Domain, even the host's own: an IPv6 address ([::1]), a trailing dot.
            errors.add(CookieProblem.error("domain", "domain-invalid", sameHost
                    ? "Domain " + asTyped(text) + " is this host, but not a name a Domain attribute can carry "
                            + "(labels of letters, digits and hyphens joined by dots: no IPv6 address, underscore or "
                            + "trailing dot). Leave Domain empty: the cookie then goes to this host alone, which is all "
                            + "such a Domain could mean."
                    : "Domain " + asTyped(text) + " is not a host name: use letters, digits and hyphens in "
                            + "dot-separated labels (punycode for non-ASCII names)."));
            return null;
        }
        boolean parent = !IPV4.matcher(requestHost).matches() && domain.indexOf('.') > 0
                && requestHost.endsWith("." + domain);
        if (!sameHost && !parent) {
            errors.add(CookieProblem.error("domain", "domain-invalid", "Domain " + asTyped(text) + " is not this site: "
                    + "a browser only accepts the host it asked (" + requestHost + ") or a parent domain of it "
                    + "(RFC 6265bis §5.6.3), never a foreign or top-level domain."));
            return null;
        }
        return domain;
    }

    private static SameSite checkSameSite(String text, List<CookieProblem> errors) {
        if (text == null) {
            return SameSite.LAX;
        }
        if (text.isEmpty()) {
            return null;
        }
        if (checkControls("sameSite", "SameSite", text, errors)
                || checkAttributeSize("sameSite", "SameSite", text, errors)) {
            return null;
        }
        return SameSite.parse(text).orElseGet(() -> {
            errors.add(CookieProblem.error("sameSite", "samesite-invalid",
                    "SameSite must be Strict, Lax or None (or empty to leave it out); got " + asTyped(text) + "."));
            return null;
        });
    }

    /**
     * The request's cookies (a lower bound of what the browser sends here: cookies for other paths are not seen)
     * with this one added, in bytes and in number. A set replaces at most one cookie, the one of its name, Path and
     * Domain; which of the cookies of its name that is, the request does not say, so the largest is taken, and a
     * name already sent is taken to replace one, to stay a lower bound.
     */
    private static void checkBudget(String name, String raw, List<Map.Entry<String, String>> sent,
            List<CookieProblem> errors) {
        int before = 0;
        int replaced = 0;
        for (Map.Entry<String, String> cookie : sent) {
            int pair = utf8(cookie.getKey()) + 1 + utf8(cookie.getValue());
            before += (before == 0 ? 0 : 2) + pair;
            if (cookie.getKey().equals(name)) {
                replaced = Math.max(replaced, pair);
            }
        }
        int others = replaced == 0 ? before : before - replaced - (sent.size() > 1 ? 2 : 0);
        int after = utf8(name) + 1 + raw.length() + (others == 0 ? 0 : 2 + others);
        if (after > BUDGET_BYTES) {
            errors.add(CookieProblem.error("value", "budget-exceeded", "Your browser already sends " + before
                    + " bytes of cookies here; this one would make it " + after + ", over the " + BUDGET_BYTES
                    + "-byte budget that keeps every request under Tomcat's 8 KB header limit. "
                    + "Delete some cookies first."));
        } else if (replaced == 0 && sent.size() >= MAX_COOKIES) {
            errors.add(CookieProblem.error("name", "budget-exceeded", "Your browser already sends " + sent.size()
                    + " cookies here; one more would pass the " + MAX_COOKIES + " cookies Tomcat reads in a request, "
                    + "and it would refuse every request from this browser, this page's included. "
                    + "Delete some cookies first, or replace one by setting its name."));
        }
    }

    private static List<CookieProblem> warnings(CookieSpec spec, Context context) {
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
        if (lowerName.startsWith("__host-") && (!spec.secure() || spec.domain() != null || !"/".equals(spec.path()))) {
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

    /** Reports control characters (C0, DEL, C1) in a field; true when there was one. */
    private static boolean checkControls(String field, String label, String text, List<CookieProblem> errors) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.getType(text.charAt(i)) == Character.CONTROL) {
                errors.add(CookieProblem.error(field, "control-character", label + " contains the control character "
                        + describe(text.charAt(i)) + "; control characters (CR, LF, tab and the like) are never allowed."));
                return true;
            }
        }
        return false;
    }

    private static boolean checkAttributeSize(String field, String label, String text, List<CookieProblem> errors) {
        if (utf8(text) > MAX_ATTRIBUTE_BYTES) {
            errors.add(CookieProblem.error(field, "too-large", label + " is " + utf8(text) + " bytes long; browsers "
                    + "ignore attributes over " + MAX_ATTRIBUTE_BYTES + " bytes (RFC 6265bis §5.6)."));
            return true;
        }
        return false;
    }

    /**
     * What a deletion sends: the cookie asked for and, unless it was asked for partitioned, its partitioned twin. A
     * browser keeps a partitioned cookie (CHIPS) apart from an unpartitioned one of the same name, Path and Domain,
     * and only a {@code Set-Cookie} with {@code Partitioned} reaches it; the browser never says which it holds. Where
     * {@code Secure} cannot be set (plain HTTP beyond localhost), there is no partitioned cookie to reach.
     */
    public static List<CookieSpec> deletions(CookieSpec spec, Context context) {
        boolean secureContext = context.secureRequest() || isPotentiallyTrustworthy(context.host());
        return spec.partitioned() || !secureContext ? List.of(spec) : List.of(spec, spec.partitionedTwin());
    }

    /**
     * How many of the deletions, from the first, one response can carry: their headers must fit in {@link
     * #SET_COOKIE_ROOM}. A browser may send 200 cookies (Tomcat's limit), far more than that.
     */
    public static int deletableAtOnce(List<List<CookieSpec>> deletions) {
        int room = SET_COOKIE_ROOM;
        int count = 0;
        for (List<CookieSpec> deletion : deletions) {
            for (CookieSpec spec : deletion) {
                room -= deletingHeaderBytes(spec);
            }
            if (room < 0) {
                break;
            }
            count++;
        }
        return count;
    }

    /** The size of a deleting header, its name and attributes on top of {@link #DELETE_HEADER_BYTES}. */
    private static int deletingHeaderBytes(CookieSpec spec) {
        return utf8(spec.name()) + DELETE_HEADER_BYTES + spec.path().length() - 1
                + (spec.domain() == null ? 0 : "; Domain=".length() + spec.domain().length())
                + (spec.partitioned() ? "; Partitioned".length() : 0);
    }

    /** A {@code __Secure-} or {@code __Host-} name, in any case (RFC 6265bis §4.1.3): browsers want Secure with it. */
    public static boolean requiresSecure(String name) {
        return name != null && (name.regionMatches(true, 0, "__Secure-", 0, 9)
                || name.regionMatches(true, 0, "__Host-", 0, 7));
    }

    public static boolean isToken(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(CookieChecker::isTokenChar);
    }

    static boolean isTokenChar(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(cp) >= 0;
    }

    private static boolean isDomainName(String domain) {
        if (domain.isEmpty() || domain.length() > 253 || domain.endsWith(".")) {
            return false;
        }
        for (String label : domain.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Hosts whose plain-HTTP pages browsers treat as secure contexts. */
    private static boolean isPotentiallyTrustworthy(String host) {
        String lower = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost") || lower.endsWith(".localhost") || lower.startsWith("127.")
                || lower.equals("[::1]") || lower.equals("::1");
    }

    static String describe(int cp) {
        if (cp == ' ') {
            return "a space";
        }
        return cp > 0x20 && cp < 0x7F ? "'" + (char) cp + "'" : String.format("U+%04X", cp);
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
