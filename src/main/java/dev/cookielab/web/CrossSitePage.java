package dev.cookielab.web;

import dev.cookielab.cookie.CrossSiteExperiment;
import dev.cookielab.cookie.CrossSiteExperiment.Probe;
import dev.cookielab.cookie.CrossSiteExperiment.TestCookie;
import java.util.List;

/**
 * What crosssite.jsp shows: the two sites, and the matrix of probes and test cookies with what the specifications
 * expect in each cell; crosssite.js fills in what the browser did.
 *
 * @param thisOrigin the origin the page was opened on
 * @param otherOrigin its sibling's, or {@code null} when this host is not one of the two sites
 */
public record CrossSitePage(Sites sites, String thisOrigin, String otherOrigin) {

    /** What crosssite-frame.jsp shows inside the iframe: the report, for its script to post to the parent page. */
    public record Frame(ProbeReport report, String parentOrigin) {

        public String json() {
            return JsonViews.probe(report).toString();
        }
    }

    public List<Probe> probes() {
        return List.of(Probe.values());
    }

    public List<TestCookie> cookies() {
        return List.of(TestCookie.values());
    }

    public boolean expected(Probe probe, TestCookie cookie) {
        return CrossSiteExperiment.expected(probe, cookie);
    }

    public String ifItDiffers(Probe probe, TestCookie cookie) {
        return CrossSiteExperiment.ifItDiffers(probe, cookie);
    }

    /** The lab's page on one of the two sites, with this page's scheme and port. */
    public String pageOn(String host) {
        int hostStart = thisOrigin.indexOf("://") + 3;
        int port = thisOrigin.indexOf(':', thisOrigin.startsWith("[", hostStart) ? thisOrigin.indexOf(']') : hostStart);
        return thisOrigin.substring(0, hostStart) + host + (port < 0 ? "" : thisOrigin.substring(port));
    }

    public String firstSite() {
        return sites.first();
    }

    public String secondSite() {
        return sites.second();
    }
}
