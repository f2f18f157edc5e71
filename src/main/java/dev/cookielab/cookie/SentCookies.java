package dev.cookielab.cookie;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The cookies a request carried, read once: those the server read (name and raw value, in the order sent, a name as
 * often as it came) and the {@code Cookie} headers as sent, one character per byte (ISO-8859-1).
 */
public record SentCookies(List<Map.Entry<String, String>> read, List<String> headers) {

    public List<CookieReport> reports(CookieSigner signer) {
        return CookieReport.all(read, signer);
    }

    /** The cookies of that name, in the order sent: the first is the one a server reads. */
    public List<CookieReport> reports(String name, CookieSigner signer) {
        return CookieReport.all(read.stream().filter(cookie -> cookie.getKey().equals(name)).toList(), signer);
    }

    /** The pairs of the Cookie headers that the server did not read as cookies, in the order sent. */
    public List<IgnoredCookie> ignored() {
        return headers.isEmpty() ? List.of() : IgnoredCookie.among(headers, read);
    }

    public List<IgnoredCookie> ignored(String name) {
        return ignored().stream().filter(pair -> pair.name().equals(name)).toList();
    }

    /** Every name a Set-Cookie can expire: those read, and the skipped pairs' whose name is a token. */
    public List<String> deletableNames() {
        Stream<String> skipped = ignored().stream().filter(IgnoredCookie::deletable).map(IgnoredCookie::name);
        return Stream.concat(read.stream().map(Map.Entry::getKey), skipped).distinct().toList();
    }
}
