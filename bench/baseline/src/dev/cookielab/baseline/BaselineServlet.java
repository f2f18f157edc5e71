package dev.cookielab.baseline;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The least a servlet can do for Cookie Lab's URLs, as the benchmark's baseline: no filter, no JSP,
 * no escaping, no checks. Not for use: it echoes cookies unescaped.
 */
@WebServlet(urlPatterns = {"", "/getcookie", "/setcookie", "/cookies"})
public class BaselineServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setCharacterEncoding("UTF-8");
        Cookie[] cookies = request.getCookies();
        switch (request.getServletPath()) {
            case "/setcookie" -> {
                response.addCookie(new Cookie("Name", "AskPython"));
                response.setContentType("text/plain");
                response.getWriter().write("The Cookie has been Set");
            }
            case "/getcookie" -> {
                String name = "None";
                if (cookies != null) {
                    for (Cookie cookie : cookies) {
                        if (cookie.getName().equals("Name")) {
                            name = cookie.getValue();
                            break;
                        }
                    }
                }
                response.setContentType("text/plain");
                response.getWriter().write("The Site : " + name);
            }
            case "/cookies" -> {
                response.setContentType("application/json");
                PrintWriter out = response.getWriter();
                out.write("{\"cookies\":{");
                for (int i = 0; cookies != null && i < cookies.length; i++) {
                    out.write((i == 0 ? "\"" : ",\"") + cookies[i].getName() + "\":\"" + cookies[i].getValue() + "\"");
                }
                out.write("}}");
            }
            default -> {
                response.setContentType("text/plain");
                PrintWriter out = response.getWriter();
                for (int i = 0; cookies != null && i < cookies.length; i++) {
                    out.write(cookies[i].getName() + "=" + cookies[i].getValue() + "\n");
                }
            }
        }
    }
}
