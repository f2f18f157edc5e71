package dev.cookielab.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrafficLogHandlerTest {

    @TempDir
    Path logs;

    @Test
    void aLineReachesTheFileWithinAboutASecondWithoutAnyoneFlushing() throws Exception {
        TrafficLogHandler handler = new TrafficLogHandler(logs.toString(), "traffic.", 65536);
        try {
            handler.publish(new LogRecord(Level.INFO, "GET /getcookie 200 cookies=[] set-cookie=[]"));
            long deadline = System.nanoTime() + 5 * TrafficLogHandler.FLUSH_MILLIS * 1_000_000;
            while (!written().contains("GET /getcookie 200") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(written()).contains("GET /getcookie 200 cookies=[] set-cookie=[]");
        } finally {
            handler.close();
        }
    }

    @Test
    void closingWritesWhatIsBufferedAndStopsTheFlushingThread() throws Exception {
        TrafficLogHandler handler = new TrafficLogHandler(logs.toString(), "traffic.", 65536);
        handler.publish(new LogRecord(Level.INFO, "last line"));

        handler.close();

        assertThat(written()).contains("last line");
        Thread.sleep(100);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().equals("cookie-traffic-log-flush"));
    }

    private String written() throws IOException {
        try (Stream<Path> files = Files.list(logs)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        }
    }
}
