package dev.cookielab.web;

import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.CookieRequest;
import dev.cookielab.cookie.IgnoredCookie;
import dev.cookielab.cookie.SentCookies;
import java.util.List;
import java.util.Locale;

/** What home.jsp shows: the form (as filled in, with its errors, after a refusal) and the cookies sent. */
public record HomePage(CookieRequest form, List<CookieProblem> errors, List<CookieReport> cookies,
        List<IgnoredCookie> ignored) {

    static HomePage of(CookieRequest form, List<CookieProblem> errors, SentCookies sent) {
        return new HomePage(form, errors, sent.reports(Signing.SIGNER), sent.ignored());
    }

    /** The names that came more than once, each once. */
    public List<String> sentTwice() {
        return cookies.stream().filter(cookie -> cookie.shadowedBy() == 1).map(CookieReport::name).toList();
    }

    /** The SameSite option to select: lower case, {@code lax} when the field was not sent. */
    public String sameSite() {
        return form.sameSite() == null ? "lax" : form.sameSite().toLowerCase(Locale.ROOT);
    }
}
