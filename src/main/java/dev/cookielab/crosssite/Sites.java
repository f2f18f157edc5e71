package dev.cookielab.crosssite;

import dev.cookielab.web.Origins;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The two sites of the cross-site experiment, each the other's sibling: {@code localhost} and {@code 127.0.0.1} by
 * default (two sites to a browser, both secure contexts), or the pair {@code COOKIE_LAB_SITES=a.example,b.example}
 * names. The sibling is reached with this request's scheme and port.
 */
record Sites(String first, String second) {

    static final String VARIABLE = "COOKIE_LAB_SITES";
    static final Sites DEFAULT = new Sites("localhost", "127.0.0.1");
    static final Sites CONFIGURED = fromEnvironment();

    private static Sites fromEnvironment() {
        String text = System.getenv(VARIABLE);
        Sites sites = parse(text);
        if (sites == null) {
            Logger.getLogger(Sites.class.getName()).severe(VARIABLE + "=" + text + " is not two different host names "
                    + "separated by a comma: the cross-site lab uses localhost and 127.0.0.1.");
            return DEFAULT;
        }
        return sites;
    }

    /** Two different host names, comma-separated; {@link #DEFAULT} when empty; {@code null} when malformed. */
    static Sites parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        List<String> names = Arrays.stream(text.split(",", -1)).map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList();
        boolean valid = names.size() == 2 && !names.get(0).equals(names.get(1))
                && names.stream().allMatch(name -> name.matches("[a-z0-9.-]+|\\[[0-9a-f:]+\\]"));
        return valid ? new Sites(names.get(0), names.get(1)) : null;
    }

    /** The other site of the pair, or {@code null} when {@code host} is neither. */
    String sibling(String host) {
        String lower = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return lower.equals(first) ? second : lower.equals(second) ? first : null;
    }

    /** The sibling's origin, this request's scheme and port on the other host; {@code null} if there is none. */
    String siblingOrigin(HttpServletRequest request) {
        String sibling = sibling(request.getServerName());
        return sibling == null ? null : Origins.origin(request, sibling);
    }
}
