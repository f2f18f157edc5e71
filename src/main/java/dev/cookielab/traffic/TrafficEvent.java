package dev.cookielab.traffic;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * One exchange's cookie traffic, logged as it happened and written out as its {@link TrafficLine} only when a
 * handler formats the record: with {@link TrafficLogHandler}, on the writer thread, in batches, instead of on the
 * request's thread.
 *
 * <p>The event is the record's one parameter, under the message {@value #MESSAGE}, which is how
 * {@code java.util.logging} defers a message: any formatter (Tomcat's {@code OneLineFormatter}, the JDK's
 * {@code SimpleFormatter}) writes {@link #toString()} in its place, so the line comes out the same whichever handler
 * the logger is given. It holds only strings the request and response had already made: the request's
 * {@code Cookie} headers, not the cookies parsed from them (see {@link TrafficLine}).
 */
public record TrafficEvent(TrafficLine line, String method, String path, int status, List<String> cookieHeaders,
        List<String> setCookieHeaders) {

    public static final String MESSAGE = "{0}";

    public TrafficEvent {
        cookieHeaders = List.copyOf(cookieHeaders);
        setCookieHeaders = List.copyOf(setCookieHeaders);
    }

    /**
     * An INFO record carrying this event, its line to be made when it is formatted, and the name of the thread
     * making it.
     */
    public LogRecord record(String sourceClass, String sourceMethod) {
        LogRecord record = new Logged(Thread.currentThread().getName());
        record.setParameters(new Object[] {this});
        record.setLoggerName(sourceClass);
        record.setSourceClassName(sourceClass);
        record.setSourceMethodName(sourceMethod);
        return record;
    }

    /**
     * A record that names the thread that logged it. Another thread writes the line later, and
     * {@code OneLineFormatter}'s way from a thread id to its name is a cache of up to 10,000 names for each thread
     * that asks (a table of 16,384 slots, kept for the life of that thread), and once the thread has ended it gives
     * only the id.
     */
    static final class Logged extends LogRecord {

        private final String threadName;

        Logged(String threadName) {
            super(Level.INFO, MESSAGE);
            this.threadName = threadName;
        }

        String threadName() {
            return threadName;
        }
    }

    /** The event of a record made by {@link #record}, or null for any other record. */
    static TrafficEvent of(LogRecord record) {
        Object[] parameters = record.getParameters();
        return MESSAGE.equals(record.getMessage()) && parameters != null && parameters.length == 1
                && parameters[0] instanceof TrafficEvent event ? event : null;
    }

    /** The log line. */
    @Override
    public String toString() {
        return line.format(method, path, status, cookieHeaders, setCookieHeaders);
    }

    /** Appends the log line, which has no control character: {@link TrafficLine#appendTo}. */
    void appendTo(StringBuilder out) {
        line.appendTo(out, method, path, status, cookieHeaders, setCookieHeaders);
    }

    /** About how long the line will be. */
    int expectedLength() {
        return line.expectedLength(path, cookieHeaders);
    }
}
