package dev.cookielab.web;

import dev.cookielab.cookie.CookieSpec;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebServlet(name = "SetCookieServlet", urlPatterns = "/setcookie")
public class SetCookieServlet extends HttpServlet {

    /** The tutorial's page: always {@code Name=AskPython}, whatever the query says. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CookieSpec spec = CookieSpec.tutorial(request.isSecure());
        request.setAttribute("spec", spec);
        request.setAttribute("setCookie", ResponseCookies.add(response, spec));
        Views.SET.render(request, response);
    }
}
