package dev.cookielab.traffic;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.juli.FileHandler;

/**
 * Tomcat's {@link FileHandler} for the traffic log, buffered and flushed once a second instead of after each line.
 *
 * <p>The traffic log writes a line per exchange. Tomcat's handlers flush each line to the file, which costs a
 * system call per request ({@code AsyncFileHandler} adds a hand-over to its writer thread on top); measured on
 * two cores that was most of what the log cost. Here a line costs a copy into a buffer, and a daemon thread
 * flushes the buffer every {@link #FLUSH_MILLIS} ms, so {@code tail -f} shows a line at most a second late.
 * {@link #close()} (Tomcat calls it when the application or Tomcat stops) writes what is left and stops the thread.
 * Configured like any {@link FileHandler}, with its class name as the prefix of the properties.
 */
public class TrafficLogHandler extends FileHandler {

    static final long FLUSH_MILLIS = 1000;

    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cookie-traffic-log-flush");
        thread.setDaemon(true);
        return thread;
    });

    /** Reads its settings from the logging configuration, as Tomcat does for its own handlers. */
    public TrafficLogHandler() {
        this(null, null, null);
    }

    /** A rotating handler writing {@code directory/prefix<date>.log}; a null argument is read from the configuration. */
    TrafficLogHandler(String directory, String prefix, Integer bufferSize) {
        super(directory, prefix, null, null, null, bufferSize);
        flusher.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        flusher.shutdownNow();
        super.close();
    }
}
