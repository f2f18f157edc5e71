package dev.cookielab.traffic;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.ErrorManager;
import java.util.logging.LogRecord;
import org.apache.juli.FileHandler;

/**
 * Tomcat's {@link FileHandler} for the traffic log, formatted and written in batches by one thread instead of line
 * by line by every request thread.
 *
 * <p>The traffic log writes a line per exchange. Tomcat's handlers write and flush each line to the file, a
 * system call per request, under locks that all request threads take ({@code AsyncFileHandler} hands each line
 * to its writer thread instead, waking it each time); measured on two cores, that was most of what the log cost.
 * Here a request thread only adds its record to a lock-free queue, and the record carries a {@link TrafficEvent},
 * so the line is made when the record is formatted, not on the request's thread. A daemon thread formats and
 * writes what is queued, {@link #BATCH} lines at a time, each batch flushed once: the request thread that queues
 * the {@link #BATCH}th waiting record wakes it, and it wakes by itself every {@link #DRAIN_MILLIS} ms, so
 * {@code tail -f} shows a line at most that late. On a saturated machine the writer gets one share of the CPU
 * among hundreds of request threads and falls behind (a 5-minute soak at 256 connections had it drop 10,579 lines
 * when this handler still dropped them), so request threads help: one that finds more than {@link #HELP_AT}
 * records waiting writes a batch of them, unless another thread is writing already, in which case it goes on
 * without waiting. Only past {@link #MAX_QUEUED} does a request thread wait, taking turns to write batches until
 * the queue is back under the limit: waiting for the queue to be empty, as this handler first did, let the request
 * threads still serving hold the others up for tens of seconds. No line is lost, the heap stays bounded, and the
 * lines keep their order. {@link #close()} writes what is left and stops the thread; the filter calls it when the
 * application stops, Tomcat when Tomcat stops (closing twice is harmless).
 * Configured like any {@link FileHandler}, with this class's name as the prefix of the properties.
 */
public class TrafficLogHandler extends FileHandler {

    static final long DRAIN_MILLIS = 100;
    static final int HELP_AT = 1_000;
    static final int BATCH = 256;
    static final int MAX_QUEUED = 10_000;
    /**
     * Tomcat's OneLineFormatter names the thread that logged a record, not the one formatting it, when the
     * formatting thread's name starts like AsyncFileHandler's writer thread; this thread plays the same part.
     */
    public static final String THREAD_NAME = "AsyncFileHandlerWriter-cookie-traffic";

    private final Queue<LogRecord> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    /** Held by whichever thread writes queued records, so that they reach the file one batch at a time, in order. */
    private final ReentrantLock writing = new ReentrantLock();
    /**
     * The entries of the batch being written, used under {@link #writing} and kept from one batch to the next: at
     * most {@link #BATCH} entries of at most {@link TrafficLine#MAX_LENGTH} characters and their prefixes.
     */
    private final StringBuilder batch = new StringBuilder();
    private final Thread writer = new Thread(this::writeUntilClosed, THREAD_NAME);
    private volatile boolean closed;

    /** Reads its settings from the logging configuration, as Tomcat does for its own handlers. */
    public TrafficLogHandler() {
        this(null, null, null);
    }

    /** A rotating handler writing {@code directory/prefix<date>.log}; a null argument is read from the configuration. */
    public TrafficLogHandler(String directory, String prefix, Integer bufferSize) {
        super(directory, prefix, null, null, null, bufferSize);
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        queue.offer(record);
        int waiting = queued.incrementAndGet();
        if (waiting % BATCH == 0) {
            LockSupport.unpark(writer);
        }
        if (waiting <= HELP_AT) {
            return;
        }
        if (waiting <= MAX_QUEUED) {
            if (writing.tryLock()) {
                try {
                    write();
                } finally {
                    writing.unlock();
                }
            }
            return;
        }
        do {
            writeBatch();
        } while (queued.get() > MAX_QUEUED);
    }

    private void writeUntilClosed() {
        while (!closed) {
            drain();
            LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS));
        }
    }

    /** The writer thread's turn, and the closing thread's: batch after batch until the queue is empty. */
    private void drain() {
        int written;
        do {
            written = writeBatch();
        } while (written == BATCH);
    }

    private int writeBatch() {
        writing.lock();
        try {
            return write();
        } finally {
            writing.unlock();
        }
    }

    /**
     * Writes up to {@link #BATCH} queued records and flushes once. A small batch holds the lock briefly, so that a
     * thread that loses the CPU while writing does not keep the others from taking their turn for long. With a
     * {@link TrafficLogFormatter} the batch's entries are made in one builder and handed to {@link FileHandler} as
     * one record, so that its work for each record (a timestamp made into a string to see whether the day has
     * changed, a lock, a call to the encoder) is done once a batch; with any other formatter, record by record.
     */
    private int write() {
        int written = 0;
        TrafficLogFormatter formatter = getFormatter() instanceof TrafficLogFormatter ours ? ours : null;
        batch.setLength(0);
        for (LogRecord record = queue.poll(); record != null; record = queue.poll()) {
            queued.decrementAndGet();
            if (formatter == null) {
                super.publish(record);
            } else {
                append(formatter, record);
            }
            if (++written == BATCH) {
                break;
            }
        }
        if (batch.length() > 0) {
            super.publish(new TrafficLogFormatter.Entries(batch));
        }
        flush();
        return written;
    }

    /** Adds the record's entry to the batch; one that cannot be formatted is reported and left out, as by FileHandler. */
    private void append(TrafficLogFormatter formatter, LogRecord record) {
        int start = batch.length();
        try {
            formatter.appendTo(batch, record);
        } catch (RuntimeException e) {
            batch.setLength(start);
            reportError(null, e, ErrorManager.FORMAT_FAILURE);
        }
    }

    /** A batch of entries is written whatever the handler's level and filter, which its records have passed. */
    @Override
    public boolean isLoggable(LogRecord record) {
        return record instanceof TrafficLogFormatter.Entries || super.isLoggable(record);
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(writer);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
        super.close();
    }
}
