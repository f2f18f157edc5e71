package dev.cookielab.web;

import dev.cookielab.cookie.Comeback;
import dev.cookielab.cookie.CookieChecker;
import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.CookieRequest;
import dev.cookielab.cookie.CookieSpec;
import dev.cookielab.cookie.SentCookies;
import dev.cookielab.cookie.Token;
import dev.cookielab.cookie.CrossSiteExperiment.Probe;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads cookies: the tutorial's {@code /getcookie}, the home page, the {@code /cookies} listing, and the cross-site
 * lab's page and probes, which report what crossed from the other site.
 */
@WebServlet(name = "GetCookieServlet", urlPatterns = {"", "/getcookie", "/cookies", "/crosssite", "/crosssite/probe"})
public class GetCookieServlet extends HttpServlet {

    /** The query's fields, each of which may be sent once. */
    private static final List<String> QUERY = List.of("name", "expect", "why");
    private static final Methods METHODS = new Methods(List.of("GET", "HEAD", "OPTIONS"));
    /** The probes also take the experiment's top-level form POST, which reads and sets nothing. */
    private static final Methods PROBE_METHODS = new Methods(List.of("GET", "HEAD", "POST", "OPTIONS"));
    private static final String PROBE = "/crosssite/probe";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        (request.getServletPath().equals(PROBE) ? PROBE_METHODS : METHODS).serve(request, response, super::service);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        probe(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (request.getServletPath()) {
            case "/getcookie" -> getCookie(request, response);
            case "/crosssite" -> Answer.to(request, response).render(View.CROSSSITE, new CrossSitePage(
                    CrossSite.ownOrigin(request), Sites.CONFIGURED.siblingOrigin(request),
                    Stream.of(Sites.CONFIGURED.first(), Sites.CONFIGURED.second())
                            .map(host -> new CrossSitePage.Site(host, CrossSite.origin(request, host))).toList()));
            case PROBE -> probe(request, response);
            default -> home(request, response);
        }
    }

    private static void home(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        SentCookies sent = ServletCookies.sent(request);
        boolean listing = request.getServletPath().equals("/cookies");
        Answer answer = !listing ? Answer.to(request, response)
                : "json".equals(request.getParameter("format")) ? Answer.json(response)
                : Answer.jsonFirst(request, response);
        // A query that names a cookie only fills the form in (Edit, Edit and resend, Delete...): nothing is set.
        CookieRequest form = !listing && request.getParameter("name") != null
                ? CookieForm.read(request, CookieForm.action(request) == CookieRequest.Action.DELETE
                        ? CookieRequest.Action.DELETE : CookieRequest.Action.SET)
                : CookieRequest.blank();
        answer.send(HttpServletResponse.SC_OK, () -> JsonViews.cookies(sent.reports(Signing.SIGNER), sent.ignored()),
                () -> answer.render(View.HOME, HomePage.of(form, List.of(), sent)));
    }

    /**
     * Reports which test cookies arrived, and the Sec-Fetch-* headers, in the response itself: a navigation goes
     * back to the sibling's page with them in the query, an image encodes them in its size, a fetch reads JSON
     * that CORS lets the sibling origin alone read.
     */
    private static void probe(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Answer answer = Answer.to(request, response);
        Probe probe = Probe.of(request.getParameter("request"));
        String sibling = Sites.CONFIGURED.siblingOrigin(request);
        if (probe == null || probe == Probe.IFRAME || sibling == null) {
            answer.refuse(HttpServletResponse.SC_BAD_REQUEST, List.of(CookieProblem.error("request",
                    "probe-invalid", sibling == null ? "This host is not one of the cross-site lab's two sites."
                            : "request must be link, form-get, form-post, img, fetch or fetch-omit.")));
            return;
        }
        ProbeReport report = ProbeReport.of(probe, request);
        if (probe.topLevel()) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", sibling + request.getContextPath() + "/crosssite?" + report.query());
        } else if (probe == Probe.IMG) {
            response.setContentType("image/svg+xml");
            response.getWriter().write(report.svg());
        } else {
            // The sibling origin alone gets CORS headers, with credentials; any other Origin gets none.
            if (sibling.equals(request.getHeader("Origin"))) {
                response.setHeader("Access-Control-Allow-Origin", sibling);
                response.setHeader("Access-Control-Allow-Credentials", "true");
            }
            response.addHeader("Vary", "Origin");
            Answer.json(response).send(HttpServletResponse.SC_OK, () -> JsonViews.probe(report), null);
        }
    }

    private static void getCookie(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Answer answer = Answer.to(request, response);
        FormInput.Refusal refusal = FormInput.refusesParameters(request, QUERY);
        if (refusal != null) {
            answer.refuse(refusal.status(), refusal.problems());
            return;
        }
        String name = request.getParameter("name");
        if (name == null || name.isEmpty()) {
            name = CookieSpec.TUTORIAL_NAME;
        }
        if (!Token.isToken(name)) {
            answer.refuse(HttpServletResponse.SC_BAD_REQUEST, List.of(CookieProblem.error("name",
                    "name-invalid", "name must be a cookie name: letters, digits and ! # $ % & ' * + - . ^ _ ` | ~.")));
            return;
        }
        String expect = request.getParameter("expect");
        boolean checking = expect != null && !expect.isEmpty();
        if (checking && !Comeback.isExpectation(expect)) {
            answer.refuse(HttpServletResponse.SC_BAD_REQUEST, List.of(CookieProblem.error("expect",
                    "expect-invalid", "expect must be what the Check link carries: the 16-character fingerprint "
                    + "of the value just set, or deleted. It is not the value itself.")));
            return;
        }
        String why = request.getParameter("why");
        boolean explaining = why != null && !why.isEmpty();
        CookieProblem reason = explaining ? CookieChecker.dropReason(why) : null;
        if (explaining && reason == null) {
            answer.refuse(HttpServletResponse.SC_BAD_REQUEST, List.of(CookieProblem.error("why", "why-invalid",
                    "why must be what the Check link carries: the code of a warning that makes browsers drop a "
                    + "cookie, such as samesite-none-insecure.")));
            return;
        }
        SentCookies sent = ServletCookies.sent(request);
        List<CookieReport> named = sent.reports(name, Signing.SIGNER);
        GetPage page = new GetPage(name, named, sent.ignored(name), checking ? Comeback.of(named, expect) : null,
                reason, CookieChecker.domainReached(request.getServerName()));
        answer.send(HttpServletResponse.SC_OK,
                () -> JsonViews.cookie(page),
                () -> answer.render(View.GET, page));
    }
}
