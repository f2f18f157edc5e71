package dev.cookielab.web;

import dev.cookielab.cookie.CookieProblem;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The methods a servlet takes. Any other gets a 405 with the {@code Allow} header RFC 9110 §15.5.6 requires, as JSON
 * when that is wanted: {@code HttpServlet} sends its 405s without one, and answers a method it has no
 * {@code doXxx} for ({@code PATCH}, anything made up) with a 501 and Tomcat's own error page. ({@code TRACE} never
 * gets here: Tomcat's connector refuses it first, with a 405 and an {@code Allow} of its own.)
 */
record Methods(List<String> names) {

    String allow() {
        return String.join(", ", names);
    }

    /**
     * True when the request has been answered here: {@code OPTIONS} with the {@code Allow} header (which
     * {@code HttpServlet} would make from the methods it finds overridden, {@code TRACE} included), or a 405.
     */
    boolean answered(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String method = request.getMethod();
        if (!method.equals("OPTIONS") && names.contains(method)) {
            return false;
        }
        response.setHeader("Allow", allow());
        if (method.equals("OPTIONS")) {
            return true;
        }
        Answer.to(request, response).refuse(HttpServletResponse.SC_METHOD_NOT_ALLOWED, List.of(CookieProblem.error(
                "", "method-not-allowed", "This page does not accept " + method + " requests, only " + allow() + ".")));
        return true;
    }
}
