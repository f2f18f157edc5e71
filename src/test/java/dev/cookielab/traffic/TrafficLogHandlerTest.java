package dev.cookielab.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.ErrorManager;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.IntStream;
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
            awaitWritten("GET /getcookie 200");

            assertThat(written()).contains("GET /getcookie 200 cookies=[] set-cookie=[]")
                    .contains("[" + Thread.currentThread().getName() + "]")
                    .doesNotContain(TrafficLogHandler.THREAD_NAME);
        } finally {
            handler.close();
        }
    }

    @Test
    void theLineIsMadeOnTheWriterThreadNotOnTheThreadThatLogged() throws Exception {
        TrafficLogHandler handler = new TrafficLogHandler(logs.toString(), "traffic.", 65536);
        Set<String> formattedOn = ConcurrentHashMap.newKeySet();
        handler.setFormatter(new TrafficLogFormatter() {
            @Override
            void appendTo(StringBuilder out, LogRecord record) {
                // The record still carries the event, not a line: the line is made by super.appendTo, here.
                formattedOn.add(Thread.currentThread().getName() + (TrafficEvent.of(record) != null ? " event" : ""));
                super.appendTo(out, record);
            }
        });
        TrafficLine line = new TrafficLine(false, ValueDigest.withRandomKey());
        try {
            handler.publish(new TrafficEvent(line, "GET", "/getcookie", 200,
                    List.of("Name=AskPython"), List.of()).record("test", "publish"));
            awaitWritten("GET /getcookie 200");
        } finally {
            handler.close();
        }

        assertThat(written()).containsPattern("GET /getcookie 200 cookies=\\[Name\\(9 bytes #[0-9a-f]{6}\\)\\]")
                .doesNotContain("AskPython");
        assertThat(formattedOn).containsExactly(TrafficLogHandler.THREAD_NAME + " event");
    }

    @Test
    void aRecordThatCannotBeFormattedIsReportedAndTheRestOfItsBatchWritten() throws Exception {
        TrafficLogHandler handler = new TrafficLogHandler(logs.toString(), "traffic.", 65536);
        handler.setFormatter(new TrafficLogFormatter() {
            @Override
            public String format(LogRecord record) {
                if ("bad".equals(record.getMessage())) {
                    throw new IllegalStateException("cannot format");
                }
                return super.format(record);
            }
        });
        List<String> reported = new ArrayList<>();
        handler.setErrorManager(new ErrorManager() {
            @Override
            public synchronized void error(String message, Exception e, int code) {
                reported.add(code + " " + e.getMessage());
            }
        });

        handler.publish(new LogRecord(Level.INFO, "first"));
        handler.publish(new LogRecord(Level.INFO, "bad"));
        handler.publish(new LogRecord(Level.INFO, "third"));
        handler.close();

        assertThat(written().lines()).hasSize(2).satisfiesExactly(
                first -> assertThat(first).endsWith(" first"), third -> assertThat(third).endsWith(" third"));
        assertThat(reported).containsExactly(ErrorManager.FORMAT_FAILURE + " cannot format");
    }

    @Test
    void keepsToItsLevelRecordByRecordAndWritesTheBatchOfThoseAbove() throws Exception {
        TrafficLogHandler handler = new TrafficLogHandler(logs.toString(), "traffic.", 65536);
        handler.setFormatter(new TrafficLogFormatter());
        handler.setLevel(Level.WARNING);

        handler.publish(new LogRecord(Level.INFO, "below the level"));
        handler.publish(new LogRecord(Level.SEVERE, "above the level"));
        handler.close();

        assertThat(written().lines()).singleElement().asString().contains("SEVERE").endsWith(" above the level");
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

    @Test
    void requestThreadsThatHelpWriteLoseNoLineAndKeepEachThreadsOrderAndName() throws Exception {
        TrafficLogHandler handler = new TrafficLogHandler(logs.toString(), "traffic.", 65536);
        handler.setFormatter(new TrafficLogFormatter());
        int threads = 8;
        int each = TrafficLogHandler.MAX_QUEUED;
        ExecutorService requests = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(requests.submit(() -> {
                    String thread = Thread.currentThread().getName();
                    for (int i = 0; i < each; i++) {
                        handler.publish(new LogRecord(Level.INFO, thread + " " + i));
                    }
                }));
            }
            for (Future<?> request : running) {
                request.get();
            }
        } finally {
            // Closed while the logging threads still live: a line is written under the name of its thread, which
            // Tomcat's formatter looks up by the thread's id, and a thread that has ended is written as its id.
            handler.close();
            requests.shutdown();
        }

        Map<String, List<Integer>> byThread = new HashMap<>();
        for (String line : written().lines().toList()) {
            String[] words = line.split(" ");
            String thread = words[words.length - 2];
            // Lines a helping thread wrote still name the thread that logged them.
            assertThat(line).contains(" [" + thread + "] ");
            byThread.computeIfAbsent(thread, name -> new ArrayList<>()).add(Integer.parseInt(words[words.length - 1]));
        }
        List<Integer> inOrder = IntStream.range(0, each).boxed().toList();
        assertThat(byThread).hasSize(threads).allSatisfy((thread, numbers) -> assertThat(numbers).isEqualTo(inOrder));
    }

    /** Waits, up to twenty times the writer's period, for the text to reach the file, without flushing it. */
    private void awaitWritten(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 20 * TrafficLogHandler.DRAIN_MILLIS * 1_000_000;
        while (!written().contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
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
