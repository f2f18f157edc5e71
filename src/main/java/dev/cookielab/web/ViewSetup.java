package dev.cookielab.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.jsp.JspFactory;

/** Lets the views read records as properties; EL resolvers can only be added before the first request. */
@WebListener
public class ViewSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        JspFactory.getDefaultFactory().getJspApplicationContext(event.getServletContext())
                .addELResolver(new RecordELResolver());
    }
}
