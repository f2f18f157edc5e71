package dev.cookielab.traffic;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.apache.juli.OneLineFormatter;

/**
 * Tomcat's {@link OneLineFormatter}, writing the same line, for the traffic log's writer thread; the one difference
 * is that it always names the thread that logged the record ({@link #resolveThreadName}).
 *
 * <p>{@code OneLineFormatter} escapes every message by asking {@link Character#getType(char)} about each of its
 * characters; in a profile of the traffic log's path alone (20 cookies) that was a quarter of the samples. The
 * characters it escapes (Unicode's control category, U+0000 to U+001F and U+007F to U+009F, except tab, line feed
 * and carriage return) are told by their code alone, so this formatter looks for them with two comparisons and
 * leaves a line that has none to be copied once into a builder of the right size. A message that has one, or a
 * record with a throwable, is formatted by {@code OneLineFormatter} itself. {@link TrafficLine} has already escaped
 * what a client sent, so in the traffic log that never happens. A {@link TrafficEvent}'s line is made here, straight
 * into the builder of the whole entry, without going through {@code MessageFormat} as {@code formatMessage} would,
 * and without the scan: {@link TrafficLine} escapes every control character itself.
 */
public class TrafficLogFormatter extends OneLineFormatter {

    /** Room for the timestamp, level, thread and source around the message. */
    private static final int AROUND_MESSAGE = 160;

    /**
     * Entries this formatter has already written ({@link #appendTo}), which {@link #format} returns as they are:
     * {@link TrafficLogHandler} hands a whole batch of them to Tomcat's {@code FileHandler} as one record.
     */
    static final class Entries extends LogRecord {

        private final String text;

        Entries(CharSequence text) {
            super(Level.INFO, null);
            this.text = text.toString();
        }
    }

    @Override
    public String format(LogRecord record) {
        if (record instanceof Entries entries) {
            return entries.text;
        }
        TrafficEvent event = eventToWrite(record);
        if (event != null) {
            StringBuilder entry = new StringBuilder(event.expectedLength() + AROUND_MESSAGE);
            appendEvent(entry, record, event);
            return entry.toString();
        }
        String message = formatMessage(record);
        if (record.getThrown() != null || !isFreeOfControls(message)) {
            return super.format(record);
        }
        StringBuilder entry = new StringBuilder(message.length() + AROUND_MESSAGE);
        appendBeforeMessage(entry, record);
        return entry.append(message).append(System.lineSeparator()).toString();
    }

    /** Appends what {@link #format} returns, an event's entry made straight in {@code out}. */
    void appendTo(StringBuilder out, LogRecord record) {
        TrafficEvent event = eventToWrite(record);
        if (event != null) {
            appendEvent(out, record, event);
        } else {
            out.append(format(record));
        }
    }

    /** The record's event, when this formatter writes its line itself: not with a throwable to write too. */
    private static TrafficEvent eventToWrite(LogRecord record) {
        TrafficEvent event = TrafficEvent.of(record);
        return event != null && record.getThrown() == null ? event : null;
    }

    /** The line is made here, in the builder of the whole entry, and has no control character to look for. */
    private void appendEvent(StringBuilder out, LogRecord record, TrafficEvent event) {
        appendBeforeMessage(out, record);
        event.appendTo(out);
        out.append(System.lineSeparator());
    }

    /** The timestamp, level, thread and source, as {@code OneLineFormatter} writes them, and a space. */
    private void appendBeforeMessage(StringBuilder entry, LogRecord record) {
        addTimestamp(entry, record.getMillis());
        entry.append(' ').append(record.getLevel().getLocalizedName())
                .append(" [").append(resolveThreadName(record)).append("] ")
                .append(record.getSourceClassName()).append('.').append(record.getSourceMethodName())
                .append(' ');
    }

    /**
     * The thread that logged the record, whichever thread formats it. {@code OneLineFormatter} asks for it by the
     * record's thread id only on a thread named like {@code AsyncFileHandler}'s writer, and otherwise names the
     * formatting thread: a request thread that helps {@link TrafficLogHandler} write would put its own name on the
     * lines of the other requests it writes. A traffic record carries the name itself.
     */
    @Override
    protected String resolveThreadName(LogRecord record) {
        if (record instanceof TrafficEvent.Logged logged) {
            return logged.threadName();
        }
        Thread current = Thread.currentThread();
        return record.getLongThreadID() == current.getId() ? current.getName() : getThreadName(record.getThreadID());
    }

    /** True when Tomcat's {@code LogUtil.escape} would return the text as it is. */
    static boolean isFreeOfControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 ? ch != '\t' && ch != '\n' && ch != '\r' : ch >= 0x7F && ch <= 0x9F) {
                return false;
            }
        }
        return true;
    }
}
