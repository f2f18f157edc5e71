package dev.cookielab.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Collects what is logged to one java.util.logging logger and those below it ("" for everything). The
 * embedded Tomcat shares this JVM's LogManager, so the app's and Tomcat's loggers are the ones found here.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
    }

    public static LogCapture of(String loggerName) {
        LogCapture capture = new LogCapture(Logger.getLogger(loggerName));
        capture.logger.addHandler(capture);
        return capture;
    }

    /** Each record's message as a formatter writes it. */
    public List<String> messages() {
        SimpleFormatter formatter = new SimpleFormatter();
        return records.stream().map(formatter::formatMessage).toList();
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
