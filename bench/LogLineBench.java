import dev.cookielab.traffic.TrafficEvent;
import dev.cookielab.traffic.TrafficLine;
import dev.cookielab.traffic.TrafficLogFormatter;
import dev.cookielab.traffic.TrafficLogHandler;
import dev.cookielab.traffic.ValueDigest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.apache.juli.FileHandler;
import org.apache.juli.OneLineFormatter;

/**
 * What one traffic-log line costs, stage by stage, on one thread: run by bench/log-line.sh.
 * Each stage runs in turn, round after round, and the median per operation is printed, so that the machine's
 * drift from second to second touches every stage alike.
 */
public class LogLineBench {

    private static final int ROUNDS = 15;
    private static final int PER_ROUND = 100_000;
    private static final String SOURCE = "dev.cookielab.web.CookieTrafficFilter";

    public static void main(String[] args) throws Exception {
        StringBuilder header = new StringBuilder("Name=AskPython");
        for (int i = 1; i < 20; i++) {
            // The same 20-cookie header as bench/lib.sh's twenty_cookies.
            header.append("; pref_").append(i).append('=').append(String.format("v%02d", i)).append("x".repeat(40));
        }
        List<String> twenty = List.of(header.toString());
        List<String> tutorial = List.of("Name=AskPython");
        TrafficLine masked = new TrafficLine(false, ValueDigest.withRandomKey());
        ValueDigest digest = ValueDigest.withRandomKey();
        byte[] value = (String.format("v%02d", 1) + "x".repeat(40)).getBytes(StandardCharsets.UTF_8);
        LogRecord record = record(masked.format("GET", "/getcookie", 200, twenty, List.of()));
        // What the filter logs: the exchange, its line made only when the record is formatted.
        LogRecord event = new TrafficEvent(masked, "GET", "/getcookie", 200, twenty, List.of())
                .record(SOURCE, "doFilter");
        Formatter tomcats = new OneLineFormatter();
        Formatter ours = new TrafficLogFormatter();
        Path directory = Files.createTempDirectory("log-line-bench");
        FileHandler file = new FileHandler(directory.toString(), "traffic.", ".log", 1, true, 65536);
        file.setFormatter(ours);

        String[] names = {
            "TrafficLine.format, tutorial cookie", "TrafficLine.format, 20 cookies", "one keyed digest (43 bytes)",
            "OneLineFormatter, 20-cookie line", "TrafficLogFormatter, 20-cookie line",
            "TrafficLogFormatter, 20-cookie event", "FileHandler.publish, 20-cookie event"};
        char[] hex = new char[6];
        IntSupplier[] stages = {
            () -> masked.format("GET", "/getcookie", 200, tutorial, List.of()).length(),
            () -> masked.format("GET", "/getcookie", 200, twenty, List.of()).length(),
            () -> digest.put(hex, 0, value, 0, value.length),
            () -> tomcats.format(record).length(),
            () -> ours.format(record).length(),
            () -> ours.format(event).length(),
            () -> {
                file.publish(event);
                return 1;
            }};
        double[][] micros = new double[stages.length][ROUNDS];
        long checksum = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int stage = 0; stage < stages.length; stage++) {
                long start = System.nanoTime();
                for (int i = 0; i < PER_ROUND; i++) {
                    checksum += stages[stage].getAsInt();
                }
                micros[stage][round] = (System.nanoTime() - start) / 1e3 / PER_ROUND;
            }
            file.flush();
            emptyFiles(directory);
        }
        file.close();

        // The log as the app runs it: this thread queues a record for each entry, made here with its own copy of
        // the header as a request thread makes it, and TrafficLogHandler's writer thread makes and writes the
        // lines in batches; this thread helps it when the queue grows long, as a request thread would. Measured
        // as the CPU time of both threads per entry, the queue written out at the end of each round.
        TrafficLogHandler queued = new TrafficLogHandler(directory.toString(), "queued.", 65536);
        queued.setFormatter(ours);
        Thread writer = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(TrafficLogHandler.THREAD_NAME)).findFirst().orElseThrow();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String sent = twenty.get(0);
        double[] queuedMicros = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long ownStart = threads.getCurrentThreadCpuTime();
            long writerStart = threads.getThreadCpuTime(writer.getId());
            for (int i = 0; i < PER_ROUND; i++) {
                String copy = new String(sent.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
                queued.publish(new TrafficEvent(masked, "GET", "/getcookie", 200, List.of(copy), List.of())
                        .record(SOURCE, "doFilter"));
            }
            long own = threads.getCurrentThreadCpuTime() - ownStart;
            long writerCpu = untilIdle(threads, writer) - writerStart;
            queuedMicros[round] = (own + writerCpu) / 1e3 / PER_ROUND;
            emptyFiles(directory);
        }
        queued.close();
        try (var files = Files.list(directory)) {
            for (Path written : files.toList()) {
                Files.delete(written);
            }
        }
        Files.delete(directory);

        System.out.printf("%s, %d rounds of %,d; median (fastest) per operation; checksum %d%n",
                Runtime.version(), ROUNDS, PER_ROUND, checksum);
        for (int stage = 0; stage < stages.length; stage++) {
            Arrays.sort(micros[stage]);
            System.out.printf("%-40s %6.2f us (%.2f)%n", names[stage], micros[stage][ROUNDS / 2], micros[stage][0]);
        }
        Arrays.sort(queuedMicros);
        System.out.printf("%-40s %6.2f us (%.2f)%n", "TrafficLogHandler, 20-cookie event, CPU",
                queuedMicros[ROUNDS / 2], queuedMicros[0]);
    }

    /** The writer's CPU time once it has stopped working: it wakes every 100 ms, and an idle wake costs microseconds. */
    private static long untilIdle(ThreadMXBean threads, Thread writer) throws InterruptedException {
        long before;
        long after = threads.getThreadCpuTime(writer.getId());
        do {
            before = after;
            Thread.sleep(300);
            after = threads.getThreadCpuTime(writer.getId());
        } while (after - before > 1_000_000);
        return after;
    }

    /** Empties the log files between rounds, so that the bench never holds more than a round's lines on disk. */
    private static void emptyFiles(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            for (Path written : files.toList()) {
                try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
                    channel.truncate(0);
                }
            }
        }
    }

    private static LogRecord record(String message) {
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setSourceClassName("dev.cookielab.web.CookieTrafficFilter");
        record.setSourceMethodName("doFilter");
        return record;
    }
}
