package dev.cookielab.lab;

import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.CookieRequest;
import dev.cookielab.cookie.HeaderBudget;
import dev.cookielab.cookie.IgnoredCookie;
import dev.cookielab.cookie.Registrable;
import dev.cookielab.cookie.SentCookies;
import dev.cookielab.cookie.Signature;
import dev.cookielab.cookie.decode.Decoded;
import dev.cookielab.web.Signing;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What home.jsp shows: the cookies sent, and the form (blank; filled in by a query, for Edit; or as it was, with its
 * errors, after a refusal).
 *
 * @param filled whether the form was filled in for the person rather than blank: it then opens
 * @param cookieBytes the size of the {@code Cookie} header the browser sent
 * @param formats what each cookie's value is, in the order of {@code cookies}
 */
public record HomePage(CookieRequest form, List<CookieProblem> errors, List<CookieReport> cookies,
        List<IgnoredCookie> ignored, boolean filled, int cookieBytes, List<Decoded> formats, Instant now) {

    /** The labels the form shows, which the error summary uses too. */
    private static final Map<String, String> LABELS = Map.of("name", "Name", "value", "Value", "maxAge", "Max-Age",
            "path", "Path", "domain", "Domain", "sameSite", "SameSite", "secure", "Secure",
            "partitioned", "Partitioned", "action", "Action");

    private static final Set<String> INPUTS = Set.of("name", "value", "maxAge", "path", "domain", "sameSite");

    static HomePage of(CookieRequest form, List<CookieProblem> errors, SentCookies sent) {
        int bytes = sent.headers().stream().mapToInt(String::length).sum();
        List<CookieReport> reports = sent.reports(Signing.SIGNER);
        Instant now = Instant.now();
        return new HomePage(form, errors, reports, sent.ignored(),
                !errors.isEmpty() || !form.equals(CookieRequest.blank()), bytes, Formats.of(reports, now), now);
    }

    /** The names that came more than once, each once. */
    public List<String> sentTwice() {
        return cookies.stream().filter(cookie -> cookie.shadowedBy() == 1).map(CookieReport::name).toList();
    }

    /** The SameSite option to select: lower case, {@code lax} when the field was not sent. */
    public String sameSite() {
        return form.sameSite() == null ? "lax" : form.sameSite().toLowerCase(Locale.ROOT);
    }

    /** The first error of each field, by field, for the message under it. */
    public Map<String, CookieProblem> fieldErrors() {
        Map<String, CookieProblem> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field(), error));
        return byField;
    }

    /** The field's label as the form shows it ({@code maxAge} is "Max-Age"); empty for the request as a whole. */
    public String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** Whether the form has an input of that name, which an error's summary item can link to. */
    public boolean hasInput(String field) {
        return INPUTS.contains(field);
    }

    /** "Not set: 2 problems", for the title and the summary's heading. */
    public String problemsTitle() {
        return (form.action() == CookieRequest.Action.DELETE ? "Not deleted: " : "Not set: ") + errors.size()
                + (errors.size() == 1 ? " problem" : " problems");
    }

    /** The query that opens the form filled in with this cookie's name and value, to change and set it again. */
    public String editQuery(CookieReport cookie) {
        return CookieForm.query(CookieRequest.set(cookie.name()).value(cookie.value()).maxAge("").path("/")
                .domain("").signed(cookie.signature() == Signature.VALID).build());
    }

    /** For a shadowed cookie: the form filled in to delete the name, with Path and Domain left for the person. */
    public String deleteQuery(CookieReport cookie) {
        return CookieForm.query(CookieRequest.delete(cookie.name()).path("").domain("").build());
    }

    /** The Domains a row's Delete and Delete all also reach on this host: up to its registrable domain. */
    public List<String> domainsReached(String host) {
        return Registrable.domainsUpTo(host);
    }

    public boolean deleting() {
        return form.action() == CookieRequest.Action.DELETE;
    }

    public int cookieBudget() {
        return HeaderBudget.BUDGET_BYTES;
    }

    public int maxCookies() {
        return HeaderBudget.MAX_COOKIES;
    }
}
