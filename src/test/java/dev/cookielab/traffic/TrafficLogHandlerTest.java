package dev.cookielab.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrafficLogHandlerTest {

    @TempDir
    Path logs;

    @Test
    void aLineReachesTheFileSoonWithoutAnyoneFlushingAndNamesTheThreadThatLoggedIt() throws Exception {
        TrafficLogHandler handler = new TrafficLogHandler(logs.toString(), "traffic.", 65536);
        try {
            handler.publish(new LogRecord(Level.INFO, "GET /getcookie 200 cookies=[] set-cookie=[]"));
            long deadline = System.nanoTime() + 20 * TrafficLogHandler.DRAIN_MILLIS * 1_000_000;
            while (!written().contains("GET /getcookie 200") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(written()).contains("GET /getcookie 200 cookies=[] set-cookie=[]")
                    .contains("[" + Thread.currentThread().getName() + "]")
                    .doesNotContain(TrafficLogHandler.THREAD_NAME);
        } finally {
            handler.close();
        }
    }

    @Test
    void closingWritesWhatIsQueuedAndStopsTheWriterThread() throws Exception {
        TrafficLogHandler handler = new TrafficLogHandler(logs.toString(), "traffic.", 65536);
        handler.publish(new LogRecord(Level.INFO, "last line"));

        handler.close();

        assertThat(written()).contains("last line");
        Thread.sleep(100);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().equals(TrafficLogHandler.THREAD_NAME));
    }

    @Test
    void aFloodFasterThanTheWriterLosesNoLine() throws Exception {
        TrafficLogHandler handler = new TrafficLogHandler(logs.toString(), "traffic.", 65536);
        int sent = 3 * TrafficLogHandler.MAX_QUEUED;
        for (int i = 0; i < sent; i++) {
            handler.publish(new LogRecord(Level.INFO, "line " + i));
        }
        handler.close();

        List<String> lines = written().lines().toList();
        assertThat(lines).hasSize(sent);
        assertThat(lines.get(sent - 1)).endsWith("line " + (sent - 1));
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
