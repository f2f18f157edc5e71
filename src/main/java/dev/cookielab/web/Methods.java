package dev.cookielab.web;

import dev.cookielab.cookie.CookieProblem;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The methods a servlet takes; any other gets a 405 with the {@code Allow} header RFC 9110 §15.5.6 requires, where
 * {@code HttpServlet} sends none (and a 501 on Tomcat's own page for {@code PATCH} or a made-up method).
 */
record Methods(List<String> names) {

    /** How a servlet serves a method it takes: its {@code HttpServlet.service}. */
    interface Service {
        public void serve(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException;
    }

    String allow() {
        return String.join(", ", names);
    }

    /** Answers {@code OPTIONS} with the page's own list, refuses the methods it does not take, serves the rest. */
    void serve(HttpServletRequest request, HttpServletResponse response, Service service)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!method.equals("OPTIONS") && names.contains(method)) {
            service.serve(request, response);
            return;
        }
        response.setHeader("Allow", allow());
        if (!method.equals("OPTIONS")) {
            Answer.to(request, response).refuse(HttpServletResponse.SC_METHOD_NOT_ALLOWED, List.of(CookieProblem.error(
                    "", "method-not-allowed", "This page does not accept " + method + " requests, only " + allow()
                            + ".")));
        }
    }
}
