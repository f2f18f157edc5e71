package dev.cookielab.lab;

import dev.cookielab.cookie.Comeback;
import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.CookieSpec;
import dev.cookielab.cookie.IgnoredCookie;
import dev.cookielab.cookie.decode.Decoded;
import java.time.Instant;
import java.util.List;

/**
 * What get.jsp shows of one name: the cookies of that name sent (the first is the one a server reads), the pairs of
 * that name the server skipped, and, after a set or delete, whether it came true ({@code null} when not asked).
 *
 * @param why the warning the result page gave for a cookie browsers drop, to explain a "missing"; else {@code null}
 * @param domainHost this host when a Domain attribute can name it, for the next try after "still there"
 * @param formats what each cookie of that name is, in the order of {@code sent}
 */
public record GetPage(String name, List<CookieReport> sent, List<IgnoredCookie> ignored, Comeback comeback,
        CookieProblem why, String domainHost, List<Decoded> formats, Instant now) {

    /** The tutorial's label, "The Site", for its cookie; the name for any other. */
    public String label() {
        return CookieSpec.TUTORIAL_NAME.equals(name) ? "The Site" : name;
    }

    /** What the cookie a server reads is; {@code null} when none was sent. */
    public Decoded format() {
        return formats.isEmpty() ? null : formats.get(0);
    }

    public CookieReport report() {
        return sent.isEmpty() ? null : sent.get(0);
    }

    public List<CookieReport> shadowed() {
        return sent.isEmpty() ? List.of() : sent.subList(1, sent.size());
    }
}
