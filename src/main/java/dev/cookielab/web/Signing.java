package dev.cookielab.web;

import dev.cookielab.cookie.CookieSigner;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * The app's one signer, made from {@code COOKIE_LAB_SIGNING_KEYS}. A listener only so that Tomcat makes it while
 * deploying the app: without keys, the warning is in the log before the first request, where whoever deployed it
 * looks.
 */
@WebListener
public final class Signing implements ServletContextListener {

    static final String KEYS_VARIABLE = "COOKIE_LAB_SIGNING_KEYS";
    static final CookieSigner SIGNER = create();

    private static CookieSigner create() {
        CookieSigner signer = CookieSigner.fromKeyList(System.getenv(KEYS_VARIABLE));
        if (signer.generatedKey()) {
            Logger.getLogger(Signing.class.getName()).warning(KEYS_VARIABLE + " is not set: signing cookies with a "
                    + "random key made at start. Signed cookies will not verify after a restart or on another node.");
        }
        return signer;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // Nothing more: making this listener made the signer.
    }
}
