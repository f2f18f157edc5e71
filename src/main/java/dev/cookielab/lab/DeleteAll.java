package dev.cookielab.lab;

import dev.cookielab.cookie.CookieRequest;
import java.util.List;

/**
 * What one press of Delete all did. The lab keeps no state: the form carries the names already tried, so each press
 * takes names it has not tried yet, and once none is left, the names still sent are those it cannot reach.
 *
 * @param deleted how many names this press expired
 * @param left how many it did not, for lack of room in one response, and {@code unwritable} of those never can be
 * @param unwritable names over 4096 bytes, for which no Set-Cookie is written
 * @param tried every name tried so far that the browser still sent, and those this press expired
 * @param stillThere names tried before that the browser still sends, once no name is left to try
 * @param path this request's path: a cookie still sent here may live at it rather than at {@code Path=/}
 * @param registrable the highest Domain Delete all reached, or {@code null} on an IP address or single label
 */
public record DeleteAll(int deleted, int left, int unwritable, List<String> tried, List<String> stillThere,
        String path, String registrable) {

    /** Why a name tried is still sent: the one place a deletion at Path=/ and every Domain cannot reach. */
    public static final String REASON = "another-path";

    /** The form filled in to delete that name at this request's path, for a name still sent. */
    public String deleteQuery(String name) {
        return CookieForm.query(CookieRequest.delete(name).path(path).domain("").build());
    }
}
