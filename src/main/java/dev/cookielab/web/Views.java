package dev.cookielab.web;

import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieRequest;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** The JSPs under {@code WEB-INF/views}, out of the client's reach. */
enum Views {
    HOME("home.jsp"), SET("set.jsp"), GET("get.jsp");

    private final String path;

    Views(String file) {
        this.path = "/WEB-INF/views/" + file;
    }

    void render(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher(path).forward(request, response);
    }

    /** The home page: the form (as filled in, with its errors, after a refusal) and the cookies sent. */
    static void home(HttpServletRequest request, HttpServletResponse response, CookieRequest form,
            List<CookieProblem> errors) throws ServletException, IOException {
        request.setAttribute("form", form);
        request.setAttribute("errors", errors);
        request.setAttribute("cookies", ServletCookies.reports(request));
        HOME.render(request, response);
    }
}
