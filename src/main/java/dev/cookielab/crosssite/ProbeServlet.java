package dev.cookielab.crosssite;

import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.crosssite.CrossSiteExperiment.Probe;
import dev.cookielab.web.Answer;
import dev.cookielab.web.MethodsServlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The cross-site lab's probe: reports which test cookies arrived, and the Sec-Fetch-* headers, in the response
 * itself. A servlet of its own because it alone also takes POST, and Tomcat answers TRACE with the methods a servlet
 * class overrides.
 */
@WebServlet(name = "ProbeServlet", urlPatterns = "/crosssite/probe")
public class ProbeServlet extends MethodsServlet {

    /** The experiment's top-level form POST, which reads and sets nothing, is a probe too. */
    public ProbeServlet() {
        super("GET", "HEAD", "POST", "OPTIONS");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        doGet(request, response);
    }

    /**
     * A navigation goes back to the sibling's page with the report in the query, an image encodes it in its size, a
     * fetch reads JSON that CORS lets the sibling origin alone read.
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
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
            Answer.json(response).send(HttpServletResponse.SC_OK, report::json, null);
        }
    }
}
