package dev.cookielab.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Prepares what every view uses, once, before the first request: {@code root}, the escaped context path. */
@WebListener
public class ViewSetup implements ServletContextListener {

    /** The application attribute holding the escaped context path the layout's links start with. */
    static final String ROOT = "root";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        context.setAttribute(ROOT, HtmlText.attribute(context.getContextPath()));
    }
}
