package dev.cookielab.cookie.decode;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Analytics and CDN cookies: Google Analytics' {@code _ga}/{@code _gid} ({@code GA1.level.random.firstVisit})
 * and {@code _ga_<ID>} ({@code GS1.level.sessionStart.count.engaged.lastHit…}, or
 * {@code GS2.level.s…$o…$g…$t…}); and Cloudflare's {@code __cf_bm} and {@code cf_clearance}, of which only the
 * timestamp is read.
 */
final class Analytics {

    private static final Pattern GA = Pattern.compile("GA1\\.(\\d{1,2})\\.(\\d{1,20})\\.(\\d{10})");
    private static final Pattern GS1 = Pattern.compile("GS1\\.(\\d{1,2})\\.(\\d{10})\\.(\\d{1,9})\\.([01])\\.(\\d{10})"
            + "(\\.[0-9.]{1,40})?");
    private static final Pattern GS2 = Pattern.compile("GS2\\.(\\d{1,2})\\.([a-z]\\d{1,12}(\\$[a-z]\\d{1,12}){0,16})");
    private static final Pattern CLOUDFLARE = Pattern.compile(
            "[A-Za-z0-9_.]{8,200}-(\\d{10})-[A-Za-z0-9_.=/+-]{1,500}");

    private Analytics() {
    }

    static Decoded read(String name, String value, Instant now) {
        Matcher ga = GA.matcher(value);
        if (ga.matches() && (name.equals("_ga") || name.equals("_gid") || name.isEmpty())) {
            Instant first = Instant.ofEpochSecond(Long.parseLong(ga.group(3)));
            return Decoded.of("ga", name.equals("_gid") ? "Google Analytics _gid" : "Google Analytics client id")
                    .why("likely", "GA1, the domain's level (" + ga.group(1) + "), a random number and the "
                            + (name.equals("_gid") ? "day's first visit" : "first visit") + ": Google Analytics.")
                    .payload(Payloads.JSON.createObjectBuilder().add("clientId", ga.group(2) + "." + ga.group(3))
                            .add("domainLevel", Integer.parseInt(ga.group(1))).add("firstVisit", first.toString())
                            .build())
                    .issued(first, "First visit").readable("Not signed, not encrypted: a visitor id that ties your "
                            + "visits together, readable by any script on the site.").build(now);
        }
        Matcher gs1 = GS1.matcher(value);
        Matcher gs2 = GS2.matcher(value);
        if (name.startsWith("_ga_") || name.isEmpty() && (gs1.matches() || gs2.matches())) {
            JsonObjectBuilder session = Payloads.JSON.createObjectBuilder();
            Instant start = null;
            if (gs1.matches()) {
                start = Instant.ofEpochSecond(Long.parseLong(gs1.group(2)));
                session.add("sessionStart", start.toString()).add("sessionCount", Long.parseLong(gs1.group(3)))
                        .add("engaged", gs1.group(4).equals("1"))
                        .add("lastHit", Instant.ofEpochSecond(Long.parseLong(gs1.group(5))).toString());
            } else if (gs2.matches()) {
                for (String field : gs2.group(2).split("\\$")) {
                    long number = Long.parseLong(field.substring(1));
                    switch (field.charAt(0)) {
                        case 's' -> start = Instant.ofEpochSecond(number);
                        case 'o' -> session.add("sessionCount", number);
                        case 'g' -> session.add("engaged", number == 1);
                        case 't' -> session.add("lastHit", Instant.ofEpochSecond(number).toString());
                        default -> session.add(field.substring(0, 1), number);
                    }
                }
                if (start != null) {
                    session.add("sessionStart", start.toString());
                }
            } else {
                return null;
            }
            return Decoded.of("ga-session", "Google Analytics session (" + value.substring(0, 3) + ")")
                    .why("likely", "Named _ga_<measurement id>, " + value.substring(0, 3) + ": the session's start, "
                            + "count and last hit.")
                    .payload(session.build()).issued(start, "Session start")
                    .readable("Not signed, not encrypted: readable by any script on the site.").build(now);
        }
        Matcher cloudflare = CLOUDFLARE.matcher(value);
        if ((name.equals("__cf_bm") || name.equals("cf_clearance")) && cloudflare.matches()) {
            Instant at = Instant.ofEpochSecond(Long.parseLong(cloudflare.group(1)));
            return Decoded.of("cloudflare", name.equals("__cf_bm") ? "Cloudflare bot management" : "Cloudflare "
                    + "clearance")
                    .why("likely", "Named " + name + ", with a Unix time between dashes. Cloudflare documents "
                            + "nothing else of it; the rest is its own, opaque.")
                    .payload(Payloads.string(value)).issued(at, "Issued")
                    .checked(new Keys.Check(Decoded.Verdict.UNCHECKED, null))
                    .readable("Opaque: only Cloudflare can read or check the rest.").build(now);
        }
        return null;
    }
}
