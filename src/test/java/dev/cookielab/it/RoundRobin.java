package dev.cookielab.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A balancer for tests: each request goes to the next node in turn, over a connection of its own (it asks both
 * sides for {@code Connection: close}), with the Host header as the browser sent it, as nginx's round-robin
 * upstream with {@code proxy_set_header Host $http_host} does. It records which node served each request.
 */
final class RoundRobin implements AutoCloseable {

    /** One request served: its request line and the node's port. */
    record Served(String requestLine, int node) {
    }

    private final List<Integer> nodes;
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger next = new AtomicInteger();
    final ConcurrentLinkedQueue<Served> served = new ConcurrentLinkedQueue<>();

    RoundRobin(List<Integer> nodes) throws IOException {
        this.nodes = nodes;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.submit(() -> forward(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void forward(Socket client) {
        int node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), node)) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            if (head.isEmpty()) {
                return;
            }
            served.add(new Served(head.substring(0, head.indexOf("\r\n")), node));
            StringBuilder rewritten = new StringBuilder();
            int length = 0;
            for (String line : head.split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
                if (!lower.startsWith("connection:") && !lower.startsWith("keep-alive:")) {
                    rewritten.append(line).append("\r\n");
                }
            }
            rewritten.append("Connection: close\r\n\r\n");
            OutputStream out = upstream.getOutputStream();
            out.write(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(in.readNBytes(length));
            out.flush();
            upstream.getInputStream().transferTo(client.getOutputStream());
        } catch (IOException gone) {
            // the browser or the node hung up: nothing to forward
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
