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
