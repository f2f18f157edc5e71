package dev.cookielab.traffic;

import dev.cookielab.web.SecurityHeaders;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs each exchange's cookie traffic as one line, what the request carried and what the response set, to this
 * class's logger (its own file, through Tomcat JULI: WEB-INF/classes/logging.properties). It also puts
 * {@link SecurityHeaders} on every response: the app has this one filter by design.
 *
 * <p>Context parameters, so that a deployer sets them in Tomcat's context.xml without rebuilding the WAR:
 * {@code cookielab.traffic.log} (default true) turns the log off; {@code cookielab.traffic.showValues} (default
 * false) logs values instead of their sizes. The logger at {@code FINE} adds a keyed digest of each value.
 */
@WebFilter(filterName = "CookieTrafficFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class CookieTrafficFilter extends HttpFilter {

    private static final String SOURCE = CookieTrafficFilter.class.getName();
    private static final Logger LOG = Logger.getLogger(SOURCE);
    /** Marks a request logged on its way in, so that the error page it may end on does not log it again. */
    private static final String LOGGED = SOURCE + ".logged";

    private final TrafficLine line = new TrafficLine();
    private boolean enabled;
    private boolean showValues;
    private ScheduledExecutorService flusher;

    @Override
    public void init() {
        enabled = !"false".equals(getServletContext().getInitParameter("cookielab.traffic.log"));
        showValues = "true".equals(getServletContext().getInitParameter("cookielab.traffic.showValues"));
        // The handler buffers its writes: a line is in the file within a second, and a crash loses at most that.
        flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "cookie-traffic-flush");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(CookieTrafficFilter::flush, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() {
        flusher.shutdownNow();
        flush();
    }

    private static void flush() {
        for (Handler handler : LOG.getHandlers()) {
            handler.flush();
        }
    }

    /** A request Tomcat refuses before any filter (over 200 cookies) passes only in the error page's dispatch. */
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        boolean error = request.getDispatcherType() == DispatcherType.ERROR;
        if (!enabled || !LOG.isLoggable(Level.INFO) || error && request.getAttribute(LOGGED) != null) {
            chain.doFilter(request, response);
            return;
        }
        if (!error) {
            request.setAttribute(LOGGED, Boolean.TRUE);
        }
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            // An exception on its way out becomes a 500 after this filter returns, unless the status was sent.
            int status = failed && !response.isCommitted()
                    ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
            TrafficLine.Detail detail = showValues ? TrafficLine.Detail.VALUES
                    : LOG.isLoggable(Level.FINE) ? TrafficLine.Detail.DIGEST : TrafficLine.Detail.SIZES;
            String text = line.format(request.getMethod(),
                    error ? refusedPath(request) : decodedPath(request), status,
                    Collections.list(request.getHeaders("Cookie")), response.getHeaders("Set-Cookie"), detail);
            // The source named, so that the handler does not walk the stack to find it.
            LOG.logp(Level.INFO, SOURCE, "doFilter", text);
        }
    }

    /** The path as the app sees it, percent-decoded, so that what hides behind %0A or %E2%80%AE is escaped. */
    private static String decodedPath(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
    }

    /** The path, as sent, of a request refused before it came in (the error dispatch has the page's path). */
    private static String refusedPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text : request.getRequestURI();
        String context = request.getContextPath();
        return path.startsWith(context) ? path.substring(context.length()) : path;
    }
}
