package dev.cookielab.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells a browser's cross-site form post from our own: {@code Sec-Fetch-Site} (pages cannot forge it), else
 * {@code Origin}. Clients that send neither (curl, scripts) are not browsers acting for someone else.
 */
public final class Origins {

    private Origins() {
    }

    public static boolean refuses(HttpServletRequest request) {
        return refuses(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), ownOrigin(request));
    }

    /** Anything but same-origin is refused: a sibling subdomain ("same-site") may belong to someone else. */
    static boolean refuses(String secFetchSite, String origin, String ownOrigin) {
        if (secFetchSite != null) {
            return !secFetchSite.equals("same-origin") && !secFetchSite.equals("none");
        }
        return origin != null && !origin.equalsIgnoreCase(ownOrigin);
    }

    public static String ownOrigin(HttpServletRequest request) {
        return origin(request, request.getServerName());
    }

    /** The origin of {@code host} with this request's scheme and port: the default port left out. */
    public static String origin(HttpServletRequest request, String host) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
