package dev.cookielab.web;

import dev.cookielab.cookie.CookieSigner;
import java.util.logging.Logger;

/** The app's one signer, made once per deployment from {@code COOKIE_LAB_SIGNING_KEYS}. */
final class Signing {

    static final String KEYS_VARIABLE = "COOKIE_LAB_SIGNING_KEYS";
    static final CookieSigner SIGNER = create();

    private Signing() {
    }

    private static CookieSigner create() {
        CookieSigner signer = CookieSigner.fromKeyList(System.getenv(KEYS_VARIABLE));
        if (signer.generatedKey()) {
            Logger.getLogger(Signing.class.getName()).warning(KEYS_VARIABLE + " is not set: signing cookies with a "
                    + "random key made at start. Signed cookies will not verify after a restart or on another node.");
        }
        return signer;
    }
}
