package dev.cookielab.crosssite;

import dev.cookielab.cookie.BrowserModel;
import dev.cookielab.cookie.CookieSpec;
import dev.cookielab.cookie.SameSite;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cross-site experiment: a fixed family of test cookies planted on the other site, the kinds of request fired at
 * it from this site, and what RFC 6265bis and CHIPS predict for each pair when third-party cookies are allowed.
 */
public final class CrossSiteExperiment {

    /** Every test cookie's name starts with it: the probes report, and the clean-up expires, only these. */
    private static final String PREFIX = "cl-xs-";
    /** The two sites, as the browser model is asked about them. */
    private static final String THIS_SITE = "this-site.example";
    private static final String OTHER_SITE = "other-site.example";
    /** Ten minutes: a test cookie left behind by an interrupted run expires on its own. */
    static final int MAX_AGE = 600;

    private CrossSiteExperiment() {
    }

    /** A kind of request from this site to the other, by its label in the page's {@code data-request}. */
    public enum Probe {
        LINK(true, "a top-level link (GET)"),
        FORM_GET(true, "a top-level form GET"),
        FORM_POST(true, "a top-level form POST"),
        IMG(false, "an <img>"),
        IFRAME(false, "an <iframe>"),
        FETCH(false, "fetch(…, {credentials: \"include\"})"),
        FETCH_OMIT(false, "fetch(…) without credentials");

        private final boolean topLevel;
        private final String description;

        Probe(boolean topLevel, String description) {
            this.topLevel = topLevel;
            this.description = description;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String description() {
            return description;
        }

        public boolean topLevel() {
            return topLevel;
        }

        /** The probe of that label, or {@code null}. */
        public static Probe of(String label) {
            for (Probe probe : values()) {
                if (probe.label().equals(label)) {
                    return probe;
                }
            }
            return null;
        }
    }

    /** A test cookie: its attributes, and the rule that decides when it crosses. */
    public enum TestCookie {
        STRICT(SameSite.STRICT, false, false, "SameSite=Strict",
                "Never sent on a cross-site request, not even a link (RFC 6265bis §5.8.3, SameSite)."),
        LAX(SameSite.LAX, false, false, "SameSite=Lax",
                "Sent cross-site only on a top-level navigation with a safe method: a link or a form GET "
                        + "(RFC 6265bis §5.8.3)."),
        NONE(SameSite.NONE, false, false, "SameSite=None; Secure",
                "Sent on every request, when the browser allows third-party cookies (RFC 6265bis §5.8.3)."),
        DEFAULT(null, false, false, "no SameSite",
                "Treated as Lax (RFC 6265bis: Lax by default). Chromium also sends it on a top-level POST for two "
                        + "minutes after it is set (Lax-allowing-unsafe)."),
        PARTITIONED(SameSite.NONE, true, false, "SameSite=None; Secure; Partitioned, set top-level",
                "Kept in the other site's own partition: sent only where the top-level site is the other site, "
                        + "so on navigations to it, never from an embed here (CHIPS)."),
        IFRAME_PARTITIONED(SameSite.NONE, true, true, "Partitioned, set inside the iframe",
                "Kept in a partition keyed by this site: sent back to the other site from embeds and fetches on "
                        + "this site's pages, never on a navigation to the other site (CHIPS)."),
        IFRAME_UNPARTITIONED(SameSite.NONE, false, true, "SameSite=None; Secure, set inside the iframe",
                "A third-party cookie: stored and sent everywhere only when the browser allows third-party cookies.");

        private final SameSite sameSite;
        private final boolean partitioned;
        private final boolean setInFrame;
        private final String attributes;
        private final String rule;

        TestCookie(SameSite sameSite, boolean partitioned, boolean setInFrame, String attributes, String rule) {
            this.sameSite = sameSite;
            this.partitioned = partitioned;
            this.setInFrame = setInFrame;
            this.attributes = attributes;
            this.rule = rule;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String cookieName() {
            return PREFIX + label();
        }

        public String attributes() {
            return attributes;
        }

        public String rule() {
            return rule;
        }

        /** The cookie as planted: Secure where SameSite=None or Partitioned demand it, or over HTTPS. */
        CookieSpec spec(boolean secureRequest) {
            boolean secure = secureRequest || sameSite == SameSite.NONE || partitioned;
            return new CookieSpec(cookieName(), "1", MAX_AGE, "/", null, secure, true, sameSite, partitioned);
        }
    }

    /**
     * RFC 6265bis and CHIPS with third-party cookies allowed: is {@code cookie} sent on {@code probe}? The browser
     * model answers, for the other site's cookie asked for from this site, past Chromium's two-minute grace.
     */
    public static boolean expected(Probe probe, TestCookie cookie) {
        if (probe == Probe.FETCH_OMIT) {
            return false;
        }
        Instant planted = Instant.EPOCH;
        BrowserModel.Stored stored = new BrowserModel.Stored(cookie.cookieName(), "1", OTHER_SITE, true, "/", null,
                true, true, cookie.sameSite, cookie.partitioned, cookie.partitioned
                        ? (cookie.setInFrame ? THIS_SITE : OTHER_SITE) : null, planted);
        BrowserModel.Request request = new BrowserModel.Request(URI.create("https://" + OTHER_SITE + "/probe"),
                THIS_SITE, probe.topLevel() ? BrowserModel.Request.Kind.NAVIGATION
                        : BrowserModel.Request.Kind.SUBRESOURCE, probe == Probe.FORM_POST ? "POST" : "GET");
        return BrowserModel.whyNotSent(stored, request, planted.plus(Duration.ofMinutes(3)), true) == null;
    }

    /**
     * Why a browser may answer otherwise than {@link #expected}, in one line: the known reasons, else a plain
     * statement that it applies a policy of its own.
     */
    public static String ifItDiffers(Probe probe, TestCookie cookie) {
        if (expected(probe, cookie) && (cookie == TestCookie.NONE || cookie == TestCookie.IFRAME_UNPARTITIONED)) {
            return cookie == TestCookie.IFRAME_UNPARTITIONED && probe.topLevel()
                    ? "Refused when the iframe set it: third-party cookies blocked."
                    : "Third-party cookies blocked.";
        }
        if (probe == Probe.FORM_POST && cookie == TestCookie.DEFAULT) {
            return "Lax-allowing-unsafe: sent on a top-level POST within two minutes of being set.";
        }
        return "Your browser's own policy, not RFC 6265bis or CHIPS.";
    }

    /** What the top-level visit to the other site plants: the cookies not set in the iframe. */
    public static List<CookieSpec> planted(boolean secureRequest) {
        List<CookieSpec> specs = new ArrayList<>();
        for (TestCookie cookie : TestCookie.values()) {
            if (!cookie.setInFrame) {
                specs.add(cookie.spec(secureRequest));
            }
        }
        return specs;
    }

    /** What the iframe sets, in the partition of this site (the embedding one). */
    public static List<CookieSpec> framePair(boolean secureRequest) {
        return List.of(TestCookie.IFRAME_PARTITIONED.spec(secureRequest),
                TestCookie.IFRAME_UNPARTITIONED.spec(secureRequest));
    }

    /**
     * What expires the test cookies where this response lands: each name unpartitioned and partitioned, since a
     * response reaches only the partition it is read in (the top-level site's, or the embedding site's). Where
     * Secure cannot be set (plain HTTP beyond localhost), no partitioned or SameSite=None cookie can exist.
     */
    public static List<CookieSpec> clearing(boolean secureContext) {
        List<CookieSpec> specs = new ArrayList<>();
        for (TestCookie cookie : TestCookie.values()) {
            String name = cookie.cookieName();
            specs.add(new CookieSpec(name, "", 0, "/", null, secureContext, true,
                    secureContext ? SameSite.NONE : SameSite.LAX, false));
            if (secureContext) {
                specs.add(new CookieSpec(name, "", 0, "/", null, true, true, SameSite.NONE, true));
            }
        }
        return specs;
    }
}
