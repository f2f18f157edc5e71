package dev.cookielab.web;

import dev.cookielab.cookie.CookieSigner;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * What the app makes once, while Tomcat deploys it: the signer, from {@code COOKIE_LAB_SIGNING_KEYS} (so that a
 * missing-keys warning is in the log before the first request), and {@code root}, the escaped context path.
 */
@WebListener
public final class Signing implements ServletContextListener {

    static final String KEYS_VARIABLE = "COOKIE_LAB_SIGNING_KEYS";
    public static final CookieSigner SIGNER = create();

    private static CookieSigner create() {
        CookieSigner signer = CookieSigner.fromKeyList(System.getenv(KEYS_VARIABLE));
        if (signer.generatedKey()) {
            Logger.getLogger(Signing.class.getName()).warning(KEYS_VARIABLE + " is not set: signing cookies with a "
                    + "random key made at start. Signed cookies will not verify after a restart or on another node.");
        }
        return signer;
    }

    /** The application attribute holding the escaped context path the layout's links start with. */
    static final String ROOT = "root";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        context.setAttribute(ROOT, HtmlText.attribute(context.getContextPath()));
    }
}
