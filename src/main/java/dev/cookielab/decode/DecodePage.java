package dev.cookielab.decode;

import dev.cookielab.cookie.CookieDate;
import dev.cookielab.cookie.decode.Decoded;
import java.time.Instant;
import java.util.List;

/**
 * What decode/page.jsp shows: the form as filled in (never the key), and each value decoded.
 *
 * @param keyGiven whether a key came with the request
 * @param missing the name a row's link asked for when the browser sent no cookie of that name, else {@code null}
 */
public record DecodePage(String text, List<Result> results, boolean keyGiven, String missing, Instant now) {

    /** One value, with its cookie's name ({@code ""} for a value on its own), and what it is. */
    public record Result(String name, String value, Decoded format) {
    }

    /** "in 13 days", "2 hours ago". */
    public String fromNow(Instant instant) {
        return CookieDate.fromNow(now, instant);
    }
}
