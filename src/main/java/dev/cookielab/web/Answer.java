package dev.cookielab.web;

import dev.cookielab.cookie.CookieProblem;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Answers one request in the form its {@code Accept} header prefers: a JSON body, or a page. */
public final class Answer {

    /** Made once: Json.createWriter() would look the provider up with a ServiceLoader on every call. */
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    /** Renders the page form of an answer. */
    public interface Page {
        public void render() throws ServletException, IOException;
    }

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final boolean json;

    private Answer(HttpServletRequest request, HttpServletResponse response, boolean json) {
        this.request = request;
        this.response = response;
        this.json = json;
    }

    private Answer(HttpServletRequest request, HttpServletResponse response, Negotiation.Form byDefault) {
        this(request, response, Negotiation.choose(request.getHeader("Accept"), byDefault) == Negotiation.Form.JSON);
    }

    /** HTML unless the client prefers JSON (a browser never does). */
    public static Answer to(HttpServletRequest request, HttpServletResponse response) {
        return new Answer(request, response, Negotiation.Form.HTML);
    }

    /** JSON unless the client prefers HTML: {@code /cookies}, httpbin's JSON by default. */
    public static Answer jsonFirst(HttpServletRequest request, HttpServletResponse response) {
        return new Answer(request, response, Negotiation.Form.JSON);
    }

    /** JSON whatever {@code Accept} says: {@code /cookies?format=json}, for a browser's address bar. */
    public static Answer json(HttpServletResponse response) {
        return new Answer(null, response, true);
    }

    /** A result with its status: the body, or the page. */
    public void send(int status, Supplier<JsonObject> body, Page page) throws ServletException, IOException {
        response.setStatus(status);
        if (!json) {
            page.render();
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (JsonWriter writer = WRITERS.createWriter(response.getWriter())) {
            writer.writeObject(body.get());
        }
    }

    /** Nothing done: the problems as JSON, or on the app's error page for the status, one after the other. */
    public void refuse(int status, List<CookieProblem> problems) throws ServletException, IOException {
        send(status, () -> JsonBodies.errors(problems), () -> response.sendError(status,
                problems.stream().map(CookieProblem::message).collect(Collectors.joining(" "))));
    }

    /** Forwards to a view under {@code WEB-INF/views} with its model. */
    public void render(View view, Object model) throws ServletException, IOException {
        request.setAttribute(View.MODEL, model);
        request.getRequestDispatcher(view.path()).forward(request, response);
    }
}
