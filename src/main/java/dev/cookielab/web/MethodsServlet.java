package dev.cookielab.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** A servlet that takes the methods it names alone: any other gets a 405 with their {@code Allow} ({@link Methods}). */
public abstract class MethodsServlet extends HttpServlet {

    private final transient Methods methods;

    protected MethodsServlet(String... methods) {
        this.methods = new Methods(List.of(methods));
    }

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        methods.serve(request, response, super::service);
    }
}
