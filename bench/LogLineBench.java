import dev.cookielab.traffic.TrafficEvent;
import dev.cookielab.traffic.TrafficLine;
import dev.cookielab.traffic.TrafficLogFormatter;
import dev.cookielab.traffic.ValueDigest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                .record("dev.cookielab.web.CookieTrafficFilter", "doFilter");
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
        }
        file.close();
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
    }

    private static LogRecord record(String message) {
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setSourceClassName("dev.cookielab.web.CookieTrafficFilter");
        record.setSourceMethodName("doFilter");
        return record;
    }
}
