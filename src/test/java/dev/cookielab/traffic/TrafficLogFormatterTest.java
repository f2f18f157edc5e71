package dev.cookielab.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.juli.OneLineFormatter;
import org.junit.jupiter.api.Test;

class TrafficLogFormatterTest {

    private final TrafficLogFormatter formatter = new TrafficLogFormatter();
    private final OneLineFormatter tomcats = new OneLineFormatter();

    @Property(tries = 2000)
    void writesWhatTomcatsOneLineFormatterWrites(@ForAll("messages") String message) {
        LogRecord record = record(message);

        assertThat(formatter.format(record)).isEqualTo(tomcats.format(record));
    }

    @Test
    void aTrafficLineIsCopiedAsItIs() {
        String message = "GET /getcookie 200 cookies=[Name(9 bytes #1a2b3c)] set-cookie=[]";

        LogRecord record = record(message);

        String line = formatter.format(record);

        assertThat(line).endsWith(" INFO [" + Thread.currentThread().getName()
                + "] dev.cookielab.web.CookieTrafficFilter.doFilter " + message + System.lineSeparator());
        assertThat(line).isEqualTo(tomcats.format(record));
    }

    @Test
    void namesTheThreadThatLoggedTheRecordNotTheOneFormattingIt() throws Exception {
        BlockingQueue<LogRecord> logged = new SynchronousQueue<>();
        CountDownLatch formatted = new CountDownLatch(1);
        // The logging thread stays alive while another formats its record, as a pooled request thread does.
        Thread request = new Thread(() -> {
            try {
                logged.put(record("GET / 200 cookies=[] set-cookie=[]"));
                formatted.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "request-7");
        request.start();
        LogRecord record = logged.take();
        FutureTask<String> helping = new FutureTask<>(() -> formatter.format(record));
        new Thread(helping, "request-9").start();
        String entry = helping.get();
        formatted.countDown();
        request.join();

        assertThat(entry).contains(" [request-7] ").doesNotContain("request-9");
        assertThat(formatter.format(record("on this thread"))).contains(" [" + Thread.currentThread().getName() + "] ");
    }

    @Test
    void namesTheThreadThatLoggedAnEventEvenWhenThatThreadHasEnded() throws Exception {
        TrafficLine line = new TrafficLine(false, ValueDigest.withRandomKey());
        FutureTask<LogRecord> logging = new FutureTask<>(() -> new TrafficEvent(line, "GET", "/", 200, List.of("a=1"),
                List.of()).record("dev.cookielab.web.CookieTrafficFilter", "doFilter"));
        // Tomcat ends idle request threads; the writer may format their last records after that.
        Thread request = new Thread(logging, "http-nio-8080-exec-42");
        request.start();
        request.join();

        // OneLineFormatter, asked by the thread's id, wrote " [16] ": the id alone.
        assertThat(formatter.format(logging.get())).contains(" [http-nio-8080-exec-42] ");
    }

    @Property(tries = 1000)
    void writesAnEventWithoutTheScanAsTomcatWritesItsLine(@ForAll("messages") String name,
            @ForAll("messages") String value, @ForAll("messages") String path, @ForAll boolean showValues) {
        TrafficLine line = new TrafficLine(showValues, ValueDigest.withRandomKey());
        List<String> sent = List.of(name + "=" + value);
        List<String> set = List.of(name + "=" + value + "; Path=" + path);
        LogRecord event = new TrafficEvent(line, "GET", path, 200, sent, set)
                .record("dev.cookielab.web.CookieTrafficFilter", "doFilter");
        LogRecord plain = record(line.format("GET", path, 200, sent, set));
        plain.setInstant(event.getInstant());
        plain.setLongThreadID(event.getLongThreadID());

        // OneLineFormatter escapes what control characters it finds: none, so the two entries are the same.
        assertThat(formatter.format(event)).isEqualTo(tomcats.format(plain));
    }

    @Test
    void aTrafficEventIsWrittenAsItsLineByThisFormatterAndByAnyOther() {
        TrafficLine line = new TrafficLine(false, ValueDigest.withRandomKey());
        List<String> sent = List.of("Name=AskPython; theme=dark");
        List<String> set = List.of("Name=AskPython; Path=/; HttpOnly; SameSite=Lax");
        String expected = line.format("GET", "/setcookie", 200, sent, set);

        LogRecord record = new TrafficEvent(line, "GET", "/setcookie", 200, sent, set)
                .record("dev.cookielab.web.CookieTrafficFilter", "doFilter");

        assertThat(formatter.format(record)).endsWith(" dev.cookielab.web.CookieTrafficFilter.doFilter " + expected
                + System.lineSeparator()).isEqualTo(tomcats.format(record));
        assertThat(new SimpleFormatter().formatMessage(record)).isEqualTo(expected);
    }

    /** What the traffic log's handler appends to a batch is what format returns, and a batch comes out as it is. */
    @Test
    void appendsToABatchWhatItFormatsAndWritesTheBatchAsItIs() {
        TrafficLine line = new TrafficLine(false, ValueDigest.withRandomKey());
        LogRecord event = new TrafficEvent(line, "GET", "/getcookie", 200,
                List.of("Name=AskPython"), List.of()).record("test", "batch");
        LogRecord plain = record("plain message");
        LogRecord control = record("a\u001Bb");
        StringBuilder batch = new StringBuilder("before\n");

        formatter.appendTo(batch, event);
        formatter.appendTo(batch, plain);
        formatter.appendTo(batch, control);

        String expected = "before\n" + formatter.format(event) + formatter.format(plain) + formatter.format(control);
        assertThat(batch).hasToString(expected);
        assertThat(formatter.format(new TrafficLogFormatter.Entries(batch))).isEqualTo(expected);
    }

    @Test
    void aRecordThatOnlyLooksLikeAnEventIsFormattedAsUsual() {
        LogRecord record = record("{0} and {1}");
        record.setParameters(new Object[] {"one", "two"});

        assertThat(formatter.format(record)).contains(" one and two").isEqualTo(tomcats.format(record));
    }

    @Test
    void aControlCharacterOrAThrowableIsLeftToTomcatsFormatter() {
        LogRecord control = record("a\u0085b\u001Bc");
        LogRecord thrown = record("failed");
        thrown.setThrown(new IllegalStateException("boom"));

        assertThat(formatter.format(control)).contains("a\\u0085b\\u001bc").isEqualTo(tomcats.format(control));
        assertThat(formatter.format(thrown)).contains("IllegalStateException: boom")
                .isEqualTo(tomcats.format(thrown));
    }

    @Test
    void findsExactlyTheCharactersTomcatEscapes() {
        for (char ch = 0; ch < Character.MAX_VALUE; ch++) {
            boolean escapedByTomcat = Character.getType(ch) == Character.CONTROL
                    && ch != '\t' && ch != '\n' && ch != '\r';
            assertThat(TrafficLogFormatter.isFreeOfControls(String.valueOf(ch)))
                    .as("U+%04X", (int) ch).isEqualTo(!escapedByTomcat);
        }
    }

    @Provide
    Arbitrary<String> messages() {
        // Mostly printable text, with controls, C1, separators, bidi and lone surrogates mixed in.
        Arbitrary<Character> any = Arbitraries.chars();
        Arbitrary<Character> plain = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> hidden = Arbitraries.of('\u0000', '\t', '\n', '\r', '\u001B', '\u007F', '\u0085',
                '\u009F', '\u00A0', '\u2028', '\u202E', '\uD83C');
        return Arbitraries.frequencyOf(Tuple.of(8, plain), Tuple.of(1, any), Tuple.of(1, hidden))
                .list().ofMaxSize(200)
                .map(chars -> chars.stream().collect(StringBuilder::new, StringBuilder::append, StringBuilder::append)
                        .toString());
    }

    private static LogRecord record(String message) {
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setSourceClassName("dev.cookielab.web.CookieTrafficFilter");
        record.setSourceMethodName("doFilter");
        return record;
    }
}
