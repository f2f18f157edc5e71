package dev.cookielab.web;

import dev.cookielab.cookie.CookieProblem;
import java.util.List;

/**
 * What set.jsp shows: the {@code Set-Cookie} headers a response carried and what they mean.
 *
 * @param keeps the prediction: whether browsers keep (or, deleting, remove) the cookie
 * @param checkUrl the link that asks what the browser sends back, or {@code null} when it would not send it here
 * @param left after "delete all", how many cookies it did not delete
 * @param unwritable how many of those have a name over 4096 bytes, for which no Set-Cookie is written
 */
public record SetOutcome(Kind kind, String name, List<String> setCookie, List<CookieProblem> warnings, boolean keeps,
        String checkUrl, int left, int unwritable) {

    public enum Kind { TUTORIAL, SET, DELETE, DELETE_ALL }

    static SetOutcome tutorial(List<String> setCookie) {
        return new SetOutcome(Kind.TUTORIAL, null, setCookie, List.of(), true, null, 0, 0);
    }

    static SetOutcome deleteAll(List<String> setCookie, int left, int unwritable) {
        return new SetOutcome(Kind.DELETE_ALL, null, setCookie, List.of(), true, null, left, unwritable);
    }

    public String title() {
        return switch (kind) {
            case TUTORIAL -> "Set a cookie";
            case DELETE_ALL -> "Delete all cookies";
            case DELETE -> "Cookie deleted: " + name;
            case SET -> "Cookie set: " + name;
        };
    }

    /** Whether the page predicts what browsers do: for one cookie set or deleted by the form. */
    public boolean predicted() {
        return kind == Kind.SET || kind == Kind.DELETE;
    }

    public boolean deleting() {
        return kind == Kind.DELETE;
    }
}
