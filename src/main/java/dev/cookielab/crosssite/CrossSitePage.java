package dev.cookielab.crosssite;

import dev.cookielab.crosssite.CrossSiteExperiment.Probe;
import dev.cookielab.crosssite.CrossSiteExperiment.TestCookie;
import java.util.List;

/**
 * What crosssite.jsp shows: the two sites, and the matrix of probes and test cookies with what the specifications
 * expect in each cell; crosssite.js fills in what the browser did.
 *
 * @param thisOrigin the origin the page was opened on
 * @param otherOrigin its sibling's, or {@code null} when this host is not one of the two sites
 * @param sites the two sites, each with its origin at this page's scheme and port, for a host that is neither
 */
public record CrossSitePage(String thisOrigin, String otherOrigin, List<Site> sites) {

    public record Site(String host, String origin) {
    }

    /** What crosssite-frame.jsp shows inside the iframe: the report, for its script to post to the parent page. */
    public record Frame(ProbeReport report, String parentOrigin) {

        public String json() {
            return report.json().toString();
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
}
