package dev.cookielab.web;

import dev.cookielab.cookie.CookieSpec;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Reads cookies: the tutorial's {@code /getcookie} and the home page that lists them all. */
@WebServlet(name = "GetCookieServlet", urlPatterns = {"", "/getcookie"})
public class GetCookieServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if ("/getcookie".equals(request.getServletPath())) {
            request.setAttribute("name", CookieSpec.TUTORIAL_NAME);
            request.setAttribute("value", ResponseCookies.value(request, CookieSpec.TUTORIAL_NAME));
            Views.GET.render(request, response);
        } else {
            request.setAttribute("cookies", ResponseCookies.sent(request));
            Views.HOME.render(request, response);
        }
    }
}
