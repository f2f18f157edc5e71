package dev.cookielab.crosssite;

import dev.cookielab.cookie.CookieChecker;
import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.crosssite.CrossSiteExperiment.Probe;
import dev.cookielab.web.Answer;
import dev.cookielab.web.MethodsServlet;
import dev.cookielab.web.Origins;
import dev.cookielab.web.SecurityHeaders;
import dev.cookielab.web.ServletCookies;
import dev.cookielab.web.View;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cross-site lab: its page, and the visits and embeds that plant, set inside an iframe, and clear its fixed
 * {@code cl-xs-...} test cookies. Nothing else can be set through these paths. The probes are {@link ProbeServlet}.
 */
@WebServlet(name = "CrossSiteServlet", urlPatterns = {"/crosssite", "/crosssite/*"})
public class CrossSiteServlet extends MethodsServlet {

    static final View PAGE = View.of("crosssite/page.jsp");
    static final View FRAME = View.of("crosssite/frame.jsp");

    /** Visits and embeds: GET alone. */
    public CrossSiteServlet() {
        super("GET", "HEAD", "OPTIONS");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String sibling = Sites.CONFIGURED.siblingOrigin(request);
        String path = request.getPathInfo();
        if (path == null) {
            page(request, response, sibling);
            return;
        }
        if (!List.of("/plant", "/clear", "/frame").contains(path)) {
            Answer.to(request, response).refuse(HttpServletResponse.SC_NOT_FOUND, List.of(CookieProblem.error("",
                    "not-found", "The cross-site lab has no page " + path + ".")));
            return;
        }
        if (sibling == null) {
            Answer.to(request, response).refuse(HttpServletResponse.SC_NOT_FOUND, List.of(CookieProblem.error("",
                    "not-a-lab-site", "This host is not one of the cross-site lab's two sites.")));
            return;
        }
        boolean secureContext = request.isSecure()
                || CookieChecker.isPotentiallyTrustworthy(request.getServerName());
        String back = sibling + request.getContextPath() + "/crosssite?step=";
        switch (path) {
            case "/plant" -> {
                ServletCookies.add(response, CrossSiteExperiment.planted(request.isSecure()));
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", back + "planted");
            }
            case "/clear" -> {
                ServletCookies.add(response, CrossSiteExperiment.clearing(secureContext));
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", back + "cleared");
            }
            default -> frame(request, response, sibling, secureContext);
        }
    }

    /** The experiment's page runs its own static script and reaches the sibling, and the sibling alone. */
    private static void page(HttpServletRequest request, HttpServletResponse response, String sibling)
            throws ServletException, IOException {
        if (sibling != null) {
            SecurityHeaders.widen(request, response, "default-src 'none'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self' " + sibling + "; frame-src " + sibling + "; connect-src 'self' " + sibling
                    + "; form-action 'self' " + sibling + "; frame-ancestors 'none'; base-uri 'none'", false);
        }
        Answer.to(request, response).render(PAGE, new CrossSitePage(Origins.ownOrigin(request), sibling,
                Stream.of(Sites.CONFIGURED.first(), Sites.CONFIGURED.second())
                        .map(host -> new CrossSitePage.Site(host, Origins.origin(request, host))).toList()));
    }

    /** Inside the sibling's iframe: sets its pair (or clears), and reports what it was sent; framed by it alone. */
    private static void frame(HttpServletRequest request, HttpServletResponse response, String sibling,
            boolean secureContext) throws ServletException, IOException {
        SecurityHeaders.widen(request, response, "default-src 'none'; script-src 'self'; style-src 'self'; "
                + "form-action 'none'; frame-ancestors " + sibling + "; base-uri 'none'", true);
        String purpose = request.getParameter("purpose");
        if ("plant".equals(purpose)) {
            ServletCookies.add(response, CrossSiteExperiment.framePair(request.isSecure()));
        } else if ("clear".equals(purpose)) {
            ServletCookies.add(response, CrossSiteExperiment.clearing(secureContext));
        }
        Answer.to(request, response).render(FRAME, new CrossSitePage.Frame(ProbeReport.of(Probe.IFRAME, request),
                sibling));
    }
}
