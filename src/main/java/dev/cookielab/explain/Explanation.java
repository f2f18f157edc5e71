package dev.cookielab.explain;

import dev.cookielab.cookie.BrowserModel;
import dev.cookielab.cookie.CookieScope;
import dev.cookielab.cookie.BrowserModel.Outcome;
import dev.cookielab.cookie.BrowserModel.Request;
import dev.cookielab.cookie.BrowserModel.Stored;
import dev.cookielab.cookie.Registrable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the explain page and its JSON show: each line as the browser model applied it, the jar at the end, and where
 * each cookie left in the jar is sent back.
 *
 * @param lines the outcomes, in the order of the lines
 * @param sentTo the requests a cookie may ride on, each with, per cookie of the jar, why it is not sent (or null)
 */
public record Explanation(URI url, Instant now, List<Outcome> lines, List<Stored> jar, List<Target> sentTo,
        List<String> cookiePairs) {

    /** A request of the browser's after the response, and for each cookie of the jar why it stays home. */
    public record Target(String label, String url, List<String> whyNot) {

        public boolean sends(int cookie) {
            return whyNot.get(cookie) == null;
        }
    }

    static Explanation of(Paste paste, URI url, Instant now) {
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
        return new Explanation(url, now, List.copyOf(lines), jar, List.copyOf(targets), paste.cookiePairs());
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

    /** "in 13 days", "in 5 hours", "2 minutes ago": how far an instant is from now. */
    public String fromNow(Instant instant) {
        Duration gap = Duration.between(now, instant);
        long seconds = Math.abs(gap.getSeconds());
        String amount = seconds >= 86_400 * 2 ? seconds / 86_400 + " days" : seconds >= 7200 ? seconds / 3600
                + " hours" : seconds >= 120 ? seconds / 60 + " minutes" : seconds + " seconds";
        return gap.isNegative() ? amount + " ago" : "in " + amount;
    }
}
