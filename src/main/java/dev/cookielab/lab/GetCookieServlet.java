package dev.cookielab.lab;

import dev.cookielab.cookie.Comeback;
import dev.cookielab.cookie.CookieChecker;
import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.CookieRequest;
import dev.cookielab.cookie.CookieSpec;
import dev.cookielab.cookie.SentCookies;
import dev.cookielab.cookie.Token;
import dev.cookielab.web.Answer;
import dev.cookielab.web.FormInput;
import dev.cookielab.web.MethodsServlet;
import dev.cookielab.web.ServletCookies;
import dev.cookielab.web.Signing;
import dev.cookielab.web.View;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Reads cookies: the tutorial's {@code /getcookie}, the home page, and the {@code /cookies} listing. */
@WebServlet(name = "GetCookieServlet", urlPatterns = {"", "/getcookie", "/cookies"})
public class GetCookieServlet extends MethodsServlet {

    /** The query's fields, each of which may be sent once. */
    private static final List<String> QUERY = List.of("name", "expect", "why");
    static final View HOME = View.of("lab/home.jsp");
    static final View GET = View.of("lab/get.jsp");

    public GetCookieServlet() {
        super("GET", "HEAD", "OPTIONS");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getServletPath().equals("/getcookie")) {
            getCookie(request, response);
        } else {
            home(request, response);
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
        answer.send(HttpServletResponse.SC_OK, () -> JsonViews.cookies(sent.reports(Signing.SIGNER), sent.ignored(),
                        Instant.now()),
                () -> answer.render(HOME, HomePage.of(form, List.of(), sent)));
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
        Instant now = Instant.now();
        GetPage page = new GetPage(name, named, sent.ignored(name), checking ? Comeback.of(named, expect) : null,
                reason, CookieChecker.domainsReached(request.getServerName(), name, request.isSecure()
                        || CookieChecker.isPotentiallyTrustworthy(request.getServerName())).stream().findFirst()
                        .orElse(null), Formats.of(named, now), now);
        answer.send(HttpServletResponse.SC_OK,
                () -> JsonViews.cookie(page),
                () -> answer.render(GET, page));
    }
}
