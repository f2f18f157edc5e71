package dev.cookielab.web;

import dev.cookielab.traffic.TrafficEvent;
import dev.cookielab.traffic.TrafficLine;
import dev.cookielab.traffic.TrafficLogHandler;
import dev.cookielab.traffic.ValueDigest;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs each exchange's cookie traffic as one line: what the request carried, what the response set.
 * It also puts {@link SecurityHeaders} on every response: the app has this one filter by design.
 *
 * <p>Settings, each an init parameter that a context parameter {@code cookielab.traffic.<name>} overrides
 * (so a deployer can set it in Tomcat's context.xml without rebuilding the WAR): {@code showValues}
 * (default false) logs values instead of their size and digest; {@code log} (default true) turns logging off.
 * The log can also be turned off and on at runtime over JMX: {@link TrafficLogSwitch}.
 */
@WebFilter(filterName = "CookieTrafficFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
        initParams = {
                @WebInitParam(name = "showValues", value = "false"),
                @WebInitParam(name = "log", value = "true")})
public class CookieTrafficFilter extends HttpFilter {

    private static final String SOURCE = CookieTrafficFilter.class.getName();
    private static final Logger LOG = Logger.getLogger(SOURCE);
    /** Marks a request logged on its way in, so that the error page it may end on does not log it again. */
    private static final String LOGGED = SOURCE + ".logged";

    private TrafficLogSwitch logSwitch;
    private TrafficLine line;

    @Override
    public void init() {
        logSwitch = new TrafficLogSwitch(Boolean.parseBoolean(setting("log")),
                getServletContext().getVirtualServerName(), getServletContext().getContextPath());
        logSwitch.register();
        line = new TrafficLine(Boolean.parseBoolean(setting("showValues")), ValueDigest.withRandomKey());
    }

    /**
     * Removes the switch from JMX and stops the traffic log's writer thread with the application: Tomcat closes an
     * application's own log handlers only when Tomcat itself stops, so an undeployed application would leave the
     * thread behind.
     */
    @Override
    public void destroy() {
        logSwitch.unregister();
        for (Handler handler : LOG.getHandlers()) {
            if (handler instanceof TrafficLogHandler) {
                handler.close();
            }
        }
    }

    private String setting(String name) {
        String deployed = getServletContext().getInitParameter("cookielab.traffic." + name);
        return deployed != null ? deployed : getInitParameter(name);
    }

    /**
     * Every request passes here on its way in (a {@code REQUEST} dispatch), except one that Tomcat refuses before
     * any filter runs and answers with this application's error page: more cookies than Tomcat reads (200), whose
     * parsing Tomcat starts while it maps the request. Its one pass is then the {@code ERROR} dispatch to that page,
     * where it gets the security headers and its line; the error page of a request that did come in is not logged
     * twice.
     */
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response, !request.getServletPath().startsWith("/static/"));
        boolean error = request.getDispatcherType() == DispatcherType.ERROR;
        if (!logSwitch.isEnabled() || !LOG.isLoggable(Level.INFO) || error && request.getAttribute(LOGGED) != null) {
            chain.doFilter(request, response);
            return;
        }
        if (!error) {
            request.setAttribute(LOGGED, Boolean.TRUE);
        }
        // The Cookie headers as sent, not request.getCookies(): see TrafficLine.
        List<String> cookieHeaders = cookieHeaders(request);
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            // An exception on its way out becomes a 500 after this filter returns, unless the status was sent.
            int status = failed && !response.isCommitted()
                    ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
            // Logger.log(LogRecord) hands the record straight to the handlers. Logger.logp and the other
            // convenience methods first look up the logger's resource bundle in a method synchronized on the
            // logger: one lock that every request thread takes, and waits on whenever its holder loses the CPU
            // (JFR showed request threads queueing on it at 256 connections). The source is named, so that the
            // formatter does not walk the stack to find it. The line itself is made when the record is written.
            LOG.log(new TrafficEvent(line, request.getMethod(), error ? refusedPath(request) : decodedPath(request),
                    status, cookieHeaders, setCookieHeaders(response)).record(SOURCE, "doFilter"));
        }
    }

    /** The path as the app sees it, percent-decoded, so that what hides behind %0A or %E2%80%AE is escaped. */
    private static String decodedPath(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
    }

    /**
     * The path a request refused before it came in asked for, as sent (Tomcat did not get as far as decoding it): in
     * an error page's dispatch the servlet path is the error page's.
     */
    private static String refusedPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text : request.getRequestURI();
        String context = request.getContextPath();
        return path.startsWith(context) ? path.substring(context.length()) : path;
    }

    /** The request's Cookie headers. A browser sends one, kept in a list of one: no list to grow, then copy. */
    private static List<String> cookieHeaders(HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders("Cookie");
        if (headers == null || !headers.hasMoreElements()) {
            return List.of();
        }
        String first = headers.nextElement();
        if (!headers.hasMoreElements()) {
            return List.of(first);
        }
        List<String> all = new ArrayList<>();
        all.add(first);
        headers.asIterator().forEachRemaining(all::add);
        return all;
    }

    /**
     * The response's Set-Cookie headers. Tomcat answers {@code getHeaders} with a new set even when there are none,
     * which is most responses: asking whether there are any first costs only a look through the headers.
     */
    private static List<String> setCookieHeaders(HttpServletResponse response) {
        return response.containsHeader("Set-Cookie") ? List.copyOf(response.getHeaders("Set-Cookie")) : List.of();
    }
}
