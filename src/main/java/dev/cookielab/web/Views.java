package dev.cookielab.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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
}
