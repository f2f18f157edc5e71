package dev.cookielab.lab;

import dev.cookielab.cookie.CookieChecker;
import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieRequest;
import dev.cookielab.cookie.CookieSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What set.jsp shows: the {@code Set-Cookie} headers a response carried and what they mean.
 *
 * @param spec the cookie set or deleted; {@code null} after "delete all"
 * @param asked the form as it was filled in, for Edit and resend; {@code null} for the tutorial and "delete all"
 * @param keeps the prediction: whether browsers keep (or, deleting, remove) the cookie
 * @param checkUrl the link that asks what the browser sends back, or {@code null} when it would not send it here
 * @param alsoDomains the Domains the deletion also expired the name at, when it was asked for none
 * @param all after "delete all", what it did; else {@code null}
 */
public record SetOutcome(Kind kind, CookieSpec spec, CookieRequest asked, List<String> setCookie,
        List<CookieProblem> warnings, boolean keeps, String checkUrl, List<String> alsoDomains, DeleteAll all) {

    public enum Kind { TUTORIAL, SET, DELETE, DELETE_ALL }

    /** RFC 1123, as an Expires attribute writes a date. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    static SetOutcome tutorial(List<String> setCookie) {
        return new SetOutcome(Kind.TUTORIAL, null, null, setCookie, List.of(), true, null, List.of(), null);
    }

    static SetOutcome deleteAll(List<String> setCookie, List<String> alsoDomains, DeleteAll all) {
        return new SetOutcome(Kind.DELETE_ALL, null, null, setCookie, List.of(), true, null, alsoDomains, all);
    }

    /** The heading: it says what browsers will do, as the prediction below it does. */
    public String title() {
        return switch (kind) {
            case TUTORIAL -> "Set a cookie";
            case DELETE_ALL -> all.deleted() > 0 ? "Deleted " + all.deleted() + (all.deleted() == 1 ? " cookie" : " cookies")
                    : all.stillThere().isEmpty() ? "Nothing to delete" : "Still there: " + all.stillThere().size()
                            + (all.stillThere().size() == 1 ? " cookie" : " cookies");
            case DELETE -> (keeps ? "Cookie deleted: " : "Deletion ignored by browsers: ") + spec.name();
            case SET -> (keeps ? "Cookie set: " : "Sent, but browsers will drop it: ") + spec.name();
        };
    }

    /** Whether the page predicts what browsers do: for one cookie set or deleted by the form. */
    public boolean predicted() {
        return kind == Kind.SET || kind == Kind.DELETE;
    }

    public boolean deleting() {
        return kind == Kind.DELETE;
    }

    /** When a kept cookie with a Max-Age expires, as a date (browsers cap it at 400 days); else {@code null}. */
    public String expires() {
        if (kind != Kind.SET || !keeps || spec.maxAge() == null || spec.maxAge() <= 0) {
            return null;
        }
        return HTTP_DATE.format(Instant.now().plusSeconds(Math.min(spec.maxAge(), CookieChecker.MAX_AGE_CAP_SECONDS)));
    }

    /** The query that opens Explain on the headers this response carried. */
    public String explainQuery() {
        return "text=" + URLEncoder.encode(String.join("\n", setCookie), StandardCharsets.UTF_8);
    }

    /** The query that opens the home page's form filled in as this one was: it fills the form and sets nothing. */
    public String editQuery() {
        return asked == null ? null : CookieForm.query(asked);
    }
}
