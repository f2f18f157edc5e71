package dev.cookielab.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.jsp.JspFactory;

/**
 * Prepares what every view uses, once, before the first request: records readable as properties
 * (EL resolvers can only be added now) and {@code root}, the context path escaped for attributes.
 */
@WebListener
public class ViewSetup implements ServletContextListener {

    /** The application attribute holding the escaped context path the layout's links start with. */
    static final String ROOT = "root";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        JspFactory.getDefaultFactory().getJspApplicationContext(context).addELResolver(new RecordELResolver());
        context.setAttribute(ROOT, HtmlText.attribute(context.getContextPath()));
    }
}
