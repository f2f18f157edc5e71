package dev.cookielab.cookie;

import java.util.List;
import java.util.Map;

/** What fits in the headers: the cookies a browser sends back, and one response's deleting Set-Cookie headers. */
public final class HeaderBudget {

    /** What the browser may send in its Cookie header, leaving room under Tomcat's 8 KB header limit. */
    public static final int BUDGET_BYTES = 6 * 1024;
    /** Tomcat's {@code maxCookieCount}: past it, Tomcat refuses every request, "Delete all" included. */
    public static final int MAX_COOKIES = 200;
    /** Tomcat fails a response whose headers pass 8 KB; the status line and other headers need the rest. */
    public static final int SET_COOKIE_ROOM = 6 * 1024;

    private HeaderBudget() {
    }

    /**
     * Refuses a cookie that would take the request's cookies over the budget, in bytes or in number. A lower bound:
     * cookies for other paths are not seen, and a set of a name sent is taken to replace the largest of that name.
     */
    static void check(String name, String raw, List<Map.Entry<String, String>> sent, List<CookieProblem> errors) {
        int before = 0;
        int replaced = 0;
        for (Map.Entry<String, String> cookie : sent) {
            int pair = FieldRules.utf8(cookie.getKey()) + 1 + FieldRules.utf8(cookie.getValue());
            before += (before == 0 ? 0 : 2) + pair;
            if (cookie.getKey().equals(name)) {
                replaced = Math.max(replaced, pair);
            }
        }
        int others = replaced == 0 ? before : before - replaced - (sent.size() > 1 ? 2 : 0);
        int after = FieldRules.utf8(name) + 1 + raw.length() + (others == 0 ? 0 : 2 + others);
        if (after > BUDGET_BYTES) {
            errors.add(CookieProblem.error("value", "budget-exceeded", "Your browser already sends " + before
                    + " bytes of cookies here; this one would make it " + after + ", over the " + BUDGET_BYTES
                    + "-byte budget that keeps every request under Tomcat's 8 KB header limit. "
                    + "Delete some cookies first."));
        } else if (replaced == 0 && sent.size() >= MAX_COOKIES) {
            errors.add(CookieProblem.error("name", "budget-exceeded", "Your browser already sends " + sent.size()
                    + " cookies here; one more would pass the " + MAX_COOKIES + " cookies Tomcat reads in a request, "
                    + "and it would refuse every request from this browser, this page's included. "
                    + "Delete some cookies first, or replace one by setting its name."));
        }
    }

    /** How many of the deletions, from the first, fit in one response's {@link #SET_COOKIE_ROOM}. */
    public static int deletableAtOnce(List<List<CookieSpec>> deletions) {
        int room = SET_COOKIE_ROOM;
        int count = 0;
        for (List<CookieSpec> deletion : deletions) {
            for (CookieSpec spec : deletion) {
                room -= deletingHeader(spec).length();
            }
            if (room < 0) {
                break;
            }
            count++;
        }
        return count;
    }

    /** The header as Tomcat writes a deletion (its Rfc6265CookieProcessor), the widest it can be, line end included. */
    static String deletingHeader(CookieSpec spec) {
        return "Set-Cookie: " + spec.name() + "=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:10 GMT"
                + (spec.domain() == null ? "" : "; Domain=" + spec.domain()) + "; Path=" + spec.path()
                + "; Secure; HttpOnly; SameSite=Lax" + (spec.partitioned() ? "; Partitioned" : "") + "\r\n";
    }
}
