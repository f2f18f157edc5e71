package dev.cookielab.explain;

import dev.cookielab.cookie.BrowserModel;
import dev.cookielab.cookie.CookieDate;
import dev.cookielab.cookie.CookieScope;
import dev.cookielab.cookie.BrowserModel.Outcome;
import dev.cookielab.cookie.BrowserModel.Request;
import dev.cookielab.cookie.BrowserModel.Stored;
import dev.cookielab.cookie.Registrable;
import dev.cookielab.cookie.decode.Decoded;
import dev.cookielab.cookie.decode.Decoder;
import dev.cookielab.cookie.decode.Keys;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the explain page and its JSON show: each line as the browser model applied it, the jar at the end, and where
 * each cookie left in the jar is sent back.
 *
 * @param lines the outcomes, in the order of the lines
 * @param sentTo the requests a cookie may ride on, each with, per cookie of the jar, why it is not sent (or null)
 * @param formats what each line's value is, in the order of the lines
 * @param value a value pasted on its own, decoded; else {@code null}
 * @param keyGiven whether a key came with the request (never the key itself)
 */
public record Explanation(URI url, Instant now, List<Outcome> lines, List<Stored> jar, List<Target> sentTo,
        List<Pair> cookiePairs, List<Decoded> formats, Decoded value, boolean keyGiven) {

    /** A pair of a pasted Cookie header, as it stands, and what its value is. */
    public record Pair(String pair, String name, String value, Decoded format) {
    }

    /** A request of the browser's after the response, and for each cookie of the jar why it stays home. */
    public record Target(String label, String url, List<String> whyNot) {

        public boolean sends(int cookie) {
            return whyNot.get(cookie) == null;
        }
    }

    static Explanation of(Paste paste, URI url, Instant now, Keys keys) {
        BrowserModel browser = new BrowserModel();
        List<Outcome> lines = new ArrayList<>();
        for (String line : paste.setCookies()) {
            lines.add(browser.receive(line, url, now, paste.serverDate()));
        }
        List<Stored> jar = browser.jar(now);
        List<Target> targets = new ArrayList<>();
        String host = CookieScope.host(url);
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        String other = "https://other-site.example";
        add(targets, jar, now, "this URL", url.toString(), Request.sameSite(url));
        add(targets, jar, now, "the site's root", origin + "/", Request.sameSite(URI.create(origin + "/")));
        add(targets, jar, now, "another path", origin + "/elsewhere/", Request.sameSite(URI.create(origin
                + "/elsewhere/")));
        String registrable = Registrable.of(host);
        if (registrable != null) {
            String sibling = url.getScheme() + "://sibling." + registrable + port(url) + "/";
            add(targets, jar, now, "a sibling subdomain", sibling, Request.sameSite(URI.create(sibling)));
            if (!registrable.equals(host)) {
                String parent = url.getScheme() + "://" + registrable + port(url) + "/";
                add(targets, jar, now, "the parent domain", parent, Request.sameSite(URI.create(parent)));
            }
        }
        if ("https".equalsIgnoreCase(url.getScheme())) {
            URI plain = URI.create("http://" + url.getRawAuthority() + url.getRawPath());
            add(targets, jar, now, "http:// instead of https://", plain.toString(), Request.sameSite(plain));
        }
        String site = CookieScope.site(URI.create(other));
        add(targets, jar, now, "a link from another site", url.toString(),
                new Request(url, site, Request.Kind.NAVIGATION, "GET"));
        add(targets, jar, now, "a form POST from another site", url.toString(),
                new Request(url, site, Request.Kind.NAVIGATION, "POST"));
        add(targets, jar, now, "an iframe on another site", url.toString(),
                new Request(url, site, Request.Kind.SUBRESOURCE, "GET"));
        add(targets, jar, now, "a fetch from another site, with credentials", url.toString(),
                new Request(url, site, Request.Kind.SUBRESOURCE, "GET"));
        // Every name=value of the paste, so that cookie-session's name.sig is found beside its cookie.
        Map<String, String> all = new LinkedHashMap<>();
        List<String[]> pairs = new ArrayList<>();
        paste.setCookies().forEach(line -> pairs.add(split(line.split(";", 2)[0])));
        int setCookies = pairs.size();
        paste.cookiePairs().forEach(pair -> pairs.add(split(pair)));
        pairs.forEach(pair -> all.putIfAbsent(pair[0], pair[1]));
        List<Decoded> formats = new ArrayList<>();
        List<Pair> cookiePairs = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Decoded format = Decoder.decode(pairs.get(i)[0], pairs.get(i)[1], all, keys, now);
            if (i < setCookies) {
                formats.add(format);
            } else {
                cookiePairs.add(new Pair(paste.cookiePairs().get(i - setCookies), pairs.get(i)[0], pairs.get(i)[1],
                        format));
            }
        }
        Decoded value = paste.value() == null ? null : Decoder.decode("", paste.value(), Map.of(), keys, now);
        return new Explanation(url, now, List.copyOf(lines), jar, List.copyOf(targets), List.copyOf(cookiePairs),
                List.copyOf(formats), value, keys.given());
    }

    /** name and value of a pair, as a server splits it: at the first {@code =}, blanks trimmed. */
    private static String[] split(String pair) {
        int equals = pair.indexOf('=');
        return new String[] {equals < 0 ? "" : pair.substring(0, equals).strip(),
            (equals < 0 ? pair : pair.substring(equals + 1)).strip()};
    }

    private static void add(List<Target> targets, List<Stored> jar, Instant now, String label, String url,
            Request request) {
        // Third-party cookies as Chromium ships: blocked, so a cross-site embed or fetch carries only partitioned ones.
        targets.add(new Target(label, url, jar.stream()
                .map(cookie -> BrowserModel.whyNotSent(cookie, request, now, false)).toList()));
    }

    private static String port(URI url) {
        return url.getPort() < 0 ? "" : ":" + url.getPort();
    }

    /** "in 13 days", "2 minutes ago": how far an instant is from now. */
    public String fromNow(Instant instant) {
        return CookieDate.fromNow(now, instant);
    }
}
