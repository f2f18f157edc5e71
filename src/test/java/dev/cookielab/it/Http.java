package dev.cookielab.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A plain HTTP client for the ITs: no cookie store, no redirects followed, so every header is seen as sent. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URL base;

    public Http(URL base) {
        this.base = base;
    }

    public URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    /** Posts {@code fields} (name, value, name, value, ...) as a form, the way a browser submits one. */
    public HttpResponse<String> post(String path, List<String> fields, String... headers) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.size(); i += 2) {
            body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)), headers);
    }

    public HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response read off the socket: its status (0 when the server closed without one) and all its text. */
    public record Raw(int status, String text) {

        /** The response in {@code text}, as {@link #raw} returns it. */
        public static Raw of(String text) {
            return new Raw(text.startsWith("HTTP/1.1 ") && text.length() >= 12
                    ? Integer.parseInt(text.substring(9, 12)) : 0, text);
        }

        public boolean hasHeader(String name) {
            String head = text.contains("\r\n\r\n") ? text.substring(0, text.indexOf("\r\n\r\n")) : text;
            return head.toLowerCase(java.util.Locale.ROOT).contains("\r\n" + name.toLowerCase(java.util.Locale.ROOT) + ":");
        }

        public String body() {
            int start = text.indexOf("\r\n\r\n");
            return start < 0 ? "" : text.substring(start + 4);
        }
    }

    /** A GET with each header line sent byte for byte (ISO-8859-1 for chars up to U+00FF), and Connection: close. */
    public Raw rawGet(String path, String... headerLines) {
        return rawRequest("GET " + path, base.getHost(), "", headerLines);
    }

    /** {@link #rawGet} with a Host of the test's choosing: {@code lab.localhost} reaches this server too. */
    public Raw rawGetAt(String host, String path, String... headerLines) {
        return rawRequest("GET " + path, host, "", headerLines);
    }

    /**
     * A URL-encoded form POST over the socket, for what {@link HttpClient} will not send: a path {@link URI} refuses
     * ({@code ?x=%ZZ}), or a Host of the test's choosing.
     */
    public Raw rawFormPost(String path, String host, String body, String... headerLines) {
        String[] lines = Arrays.copyOf(headerLines, headerLines.length + 2);
        lines[headerLines.length] = "Content-Type: application/x-www-form-urlencoded";
        lines[headerLines.length + 1] = "Content-Length: " + body.getBytes(StandardCharsets.ISO_8859_1).length;
        return rawRequest("POST " + path, host, body, lines);
    }

    private Raw rawRequest(String methodAndPath, String host, String body, String... headerLines) {
        StringBuilder request = new StringBuilder(methodAndPath + " HTTP/1.1\r\nHost: " + host + "\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n").append(body);
        return Raw.of(raw(request.toString().getBytes(StandardCharsets.ISO_8859_1)));
    }

    /**
     * Sends bytes exactly as given, for requests {@link HttpClient} refuses to build
     * (raw control or non-ASCII bytes), and returns the whole response as ISO-8859-1 text.
     */
    public String raw(byte[] request) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
