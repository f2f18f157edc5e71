package dev.cookielab.web;

import dev.cookielab.cookie.Comeback;
import dev.cookielab.cookie.CookieChecker;
import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.CookieRequest;
import dev.cookielab.cookie.CookieSpec;
import dev.cookielab.cookie.IgnoredCookie;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** Reads cookies: the tutorial's {@code /getcookie}, the home page and the {@code /cookies} listing. */
@WebServlet(name = "GetCookieServlet", urlPatterns = {"", "/getcookie", "/cookies"})
public class GetCookieServlet extends HttpServlet {

    /** The query's fields, each of which may be sent once. */
    private static final List<String> QUERY = List.of("name", "expect");
    private static final Methods METHODS = new Methods(List.of("GET", "HEAD", "OPTIONS"));

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!METHODS.answered(request, response)) {
            super.service(request, response);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (request.getServletPath()) {
            case "/getcookie" -> getCookie(request, response);
            case "/cookies" -> {
                if (JsonViews.wantedFirst(request)) {
                    JsonViews.write(response, HttpServletResponse.SC_OK,
                            JsonViews.cookies(ServletCookies.reports(request), ServletCookies.ignored(request)));
                } else {
                    Views.home(request, response, CookieRequest.blank(), List.of());
                }
            }
            default -> Views.home(request, response, CookieRequest.blank(), List.of());
        }
    }

    private static void getCookie(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean json = JsonViews.wanted(request);
        FormInput.Refusal refusal = FormInput.refusesParameters(request, QUERY);
        if (refusal != null) {
            refuse(response, json, refusal.status(), refusal.problems());
            return;
        }
        String name = request.getParameter("name");
        if (name == null || name.isEmpty()) {
            name = CookieSpec.TUTORIAL_NAME;
        }
        if (!CookieChecker.isToken(name)) {
            refuse(response, json, HttpServletResponse.SC_BAD_REQUEST, List.of(CookieProblem.error("name",
                    "name-invalid", "name must be a cookie name: letters, digits and ! # $ % & ' * + - . ^ _ ` | ~.")));
            return;
        }
        String expect = request.getParameter("expect");
        boolean checking = expect != null && !expect.isEmpty();
        if (checking && !Comeback.isExpectation(expect)) {
            refuse(response, json, HttpServletResponse.SC_BAD_REQUEST, List.of(CookieProblem.error("expect",
                    "expect-invalid", "expect must be what the Check link carries: the 16-character fingerprint "
                    + "of the value just set, or deleted. It is not the value itself.")));
            return;
        }
        List<CookieReport> sent = ServletCookies.reports(request, name);
        List<IgnoredCookie> ignored = ServletCookies.ignored(request, name);
        Comeback comeback = checking ? Comeback.of(sent, expect) : null;
        if (json) {
            JsonViews.write(response, HttpServletResponse.SC_OK, JsonViews.cookie(name, sent, ignored, comeback));
            return;
        }
        request.setAttribute("name", name);
        request.setAttribute("report", sent.isEmpty() ? null : sent.get(0));
        request.setAttribute("shadowed", sent.isEmpty() ? List.of() : sent.subList(1, sent.size()));
        request.setAttribute("ignored", ignored);
        request.setAttribute("comeback", comeback);
        Views.GET.render(request, response);
    }

    /** The problems as JSON, or on the error page for the status, one after the other. */
    private static void refuse(HttpServletResponse response, boolean json, int status, List<CookieProblem> problems)
            throws IOException {
        if (json) {
            JsonViews.write(response, status, JsonViews.errors(problems));
        } else {
            response.sendError(status,
                    problems.stream().map(CookieProblem::message).collect(Collectors.joining(" ")));
        }
    }
}
