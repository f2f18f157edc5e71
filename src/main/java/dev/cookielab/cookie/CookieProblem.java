package dev.cookielab.cookie;

/**
 * One thing wrong with a cookie request: an error refuses it, a warning explains what a browser
 * will do with it.
 *
 * @param field the form field it concerns
 * @param code a stable, machine-readable code, such as {@code path-invalid}
 * @param message a sentence for a person
 * @param rule the rule it comes from, such as {@code RFC 6265bis §4.1.3.2}; empty when none applies
 * @param fix for a warning, what to change in the form to avoid it ("Tick Secure."); empty for an error
 * @param dropsCookie for a warning, whether browsers ignore the cookie because of it
 */
public record CookieProblem(String field, String code, String message, String rule, String fix, boolean dropsCookie) {

    /** An error: refuses the request; {@code field} is empty for a problem with the request as a whole. */
    public static CookieProblem error(String field, String code, String message) {
        return new CookieProblem(field, code, message, "", "", false);
    }

    static CookieProblem warning(String field, String code, String message, String rule, String fix,
            boolean dropsCookie) {
        return new CookieProblem(field, code, message, rule, fix, dropsCookie);
    }
}
