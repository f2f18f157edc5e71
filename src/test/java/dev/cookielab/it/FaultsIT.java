package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clients that hang up or stall leave no busy worker thread behind and nothing at WARNING or above. */
class FaultsIT extends DeployedApp {

    private LogCapture log;

    @BeforeEach
    void watchTheLog() {
        log = LogCapture.of("");
    }

    @AfterEach
    void nothingAtWarningOrAbove() {
        log.close();
        assertThat(log.records()).filteredOn(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .extracting(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()).isEmpty();
    }

    private String bigJar() {
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cookies.add("c" + i + "=" + "%3Cx%3E".repeat(150));
        }
        return String.join("; ", cookies);
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        socket.setSoTimeout(5_000);
        return socket;
    }

    @Test
    void clientsThatResetTheConnectionMidResponseLeaveNoBusyThread() throws IOException {
        byte[] request = ("GET / HTTP/1.1\r\nHost: localhost\r\nCookie: " + bigJar() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 30; i++) {
            try (Socket socket = connect()) {
                socket.getOutputStream().write(request);
                InputStream in = socket.getInputStream();
                in.readNBytes(200);
                socket.setSoLinger(true, 0); // close with a reset, mid-response
            }
        }

        assertThat(http.get("/", "Cookie", "a=1").statusCode()).isEqualTo(200);
        assertThat(busyWorkersAfterSettling()).isEmpty();
    }

    @Test
    void halfRequestsThatStallHoldNoWorkerThread() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket socket = connect();
                OutputStream out = socket.getOutputStream();
                out.write("GET / HTTP/1.1\r\nHost: localhost\r\nCookie: a=".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                stalled.add(socket);
            }
            long start = System.nanoTime();
            assertThat(http.get("/getcookie", "Cookie", "Name=AskPython").body()).contains("The Site : AskPython");
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(millis).as("a normal request among 20 stalled ones").isLessThan(2_000);
            assertThat(busyWorkersAfterSettling()).isEmpty();
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        assertThat(http.get("/", "Cookie", "a=1").statusCode()).isEqualTo(200);
    }

    /** Worker threads still inside a request after up to five seconds. */
    private static List<String> busyWorkersAfterSettling() {
        List<String> busy = List.of();
        for (int attempt = 0; attempt < 50; attempt++) {
            busy = Thread.getAllStackTraces().entrySet().stream()
                    .filter(entry -> entry.getKey().getName().contains("-exec-"))
                    .filter(entry -> Arrays.stream(entry.getValue()).anyMatch(frame ->
                            frame.getClassName().startsWith("org.apache.coyote.http11.Http11Processor")))
                    .map(entry -> entry.getKey().getName())
                    .toList();
            if (busy.isEmpty()) {
                return busy;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return busy;
            }
        }
        return busy;
    }
}
