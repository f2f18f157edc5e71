package dev.cookielab.explain;

import dev.cookielab.cookie.BrowserModel.Stored;
import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.decode.Keys;
import dev.cookielab.web.Answer;
import dev.cookielab.web.FormInput;
import dev.cookielab.web.MethodsServlet;
import dev.cookielab.web.Origins;
import dev.cookielab.web.SecretField;
import dev.cookielab.web.ServletCookies;
import dev.cookielab.web.View;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Explain: any {@code Set-Cookie} an app sends, as the browser model applies it. A POST explains (as a page or
 * JSON), replays the lines in this browser ({@code action=replay}), or compares what the browser then sends with the
 * prediction ({@code action=compare}).
 */
@WebServlet(name = "ExplainServlet", urlPatterns = "/explain")
public class ExplainServlet extends MethodsServlet {

    static final View PAGE = View.of("explain/page.jsp");
    private static final List<String> FIELDS = List.of("text", "url", "action", "key");

    public ExplainServlet() {
        super("GET", "HEAD", "POST", "OPTIONS");
    }

    /** The form; with {@code text} (a result page's "Why?" link), the explanation of it too, which changes nothing. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getParameter("text") == null) {
            Answer.to(request, response).render(PAGE, new ExplainPage("", ownUrl(request), null, true, false, null));
        } else {
            doPost(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Answer answer = Answer.to(request, response);
        boolean plain = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("text/plain");
        String text;
        if (plain) {
            FormInput.Refusal refusal = FormInput.refusesParameters(request, List.of("url"));
            if (refusal != null) {
                answer.refuse(refusal.status(), refusal.problems());
                return;
            }
            text = readBody(request);
        } else {
            FormInput.Refusal refusal = FormInput.refusesForm(request, FIELDS);
            if (refusal != null) {
                answer.refuse(refusal.status(), refusal.problems());
                return;
            }
            text = request.getParameter("text") == null ? "" : request.getParameter("text");
        }
        FormInput.Refusal secret = SecretField.refusal(request, "key");
        if (secret != null) {
            answer.refuse(secret.status(), secret.problems());
            return;
        }
        String key = request.getParameter("key");
        String action = request.getParameter("action") == null ? "explain" : request.getParameter("action");
        String urlText = request.getParameter("url") == null || request.getParameter("url").isEmpty()
                ? ownUrl(request) : request.getParameter("url");
        List<CookieProblem> problems = new ArrayList<>();
        if (text == null || text.getBytes(StandardCharsets.UTF_8).length > Paste.MAX_BYTES) {
            answer.refuse(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, List.of(CookieProblem.error("text",
                    "paste-too-large", "The text is over " + Paste.MAX_BYTES / 1024 + " KB: paste the response's "
                            + "headers alone, or fewer of them.")));
            return;
        }
        if (Paste.lines(text) > Paste.MAX_LINES) {
            problems.add(CookieProblem.error("text", "paste-too-many-lines", "The text has " + Paste.lines(text)
                    + " lines; Explain reads at most " + Paste.MAX_LINES + "."));
        }
        URI url = url(urlText);
        if (url == null) {
            problems.add(CookieProblem.error("url", "url-invalid", "The URL must be http:// or https:// with a host, "
                    + "such as https://app.example.com/login."));
        }
        if (!List.of("explain", "replay", "compare").contains(action)) {
            problems.add(CookieProblem.error("action", "action-invalid", "action must be explain, replay or compare."));
        }
        if (!problems.isEmpty()) {
            answer.refuse(HttpServletResponse.SC_BAD_REQUEST, problems);
            return;
        }
        boolean own = url.equals(url(ownUrl(request)));
        if (!action.equals("explain") && (!own || Origins.refuses(request) || request.getMethod().equals("GET"))) {
            answer.refuse(HttpServletResponse.SC_FORBIDDEN, List.of(CookieProblem.error("", "replay-refused",
                    own ? "Try it in this browser works only from Cookie Lab's own page, so that no other site can "
                            + "set cookies in your name." : "Try it in this browser replays the lines at this "
                            + "page's own URL, " + ownUrl(request) + ": set the URL to it.")));
            return;
        }
        Paste paste = Paste.read(text, action.equals("explain"));
        Explanation explanation = Explanation.of(paste, url, Instant.now(), Keys.of(key));
        List<ExplainPage.Comparison> comparison = null;
        if (action.equals("replay")) {
            String refusal = ServletCookies.replay(response, paste.setCookies());
            if (refusal != null) {
                answer.refuse(HttpServletResponse.SC_BAD_REQUEST, List.of(CookieProblem.error("text",
                        "replay-refused", refusal)));
                return;
            }
        } else if (action.equals("compare")) {
            comparison = compare(explanation, Collections.list(request.getHeaders("Cookie")));
        }
        ExplainPage page = new ExplainPage(text, url.toString(), explanation, own, action.equals("replay"),
                comparison);
        answer.send(HttpServletResponse.SC_OK, () -> ExplainJson.of(explanation), () -> answer.render(PAGE, page));
    }

    /** For each cookie the model says this URL is sent, and each of those names the browser sent: both values. */
    private static List<ExplainPage.Comparison> compare(Explanation explanation, List<String> headers) {
        Map<String, String> sent = new LinkedHashMap<>();
        for (String header : headers) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? "" : pair.substring(0, equals).strip();
                String value = (equals < 0 ? pair : pair.substring(equals + 1)).strip();
                sent.putIfAbsent(new String(name.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8),
                        new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> predicted = new LinkedHashMap<>();
        List<Stored> jar = explanation.jar();
        for (int i = 0; i < jar.size(); i++) {
            if (explanation.sentTo().get(0).sends(i)) {
                predicted.putIfAbsent(jar.get(i).name(), jar.get(i).value());
            }
        }
        List<ExplainPage.Comparison> rows = new ArrayList<>();
        predicted.forEach((name, value) -> rows.add(new ExplainPage.Comparison(name, value, sent.get(name))));
        explanation.lines().stream().filter(line -> line.cookie() != null && !predicted.containsKey(
                line.cookie().name()) && sent.containsKey(line.cookie().name())).map(line -> line.cookie().name())
                .distinct().forEach(name -> rows.add(new ExplainPage.Comparison(name, null, sent.get(name))));
        return List.copyOf(rows);
    }

    private static String readBody(HttpServletRequest request) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader reader = request.getReader()) {
            for (int read; (read = reader.read(buffer)) >= 0 && text.length() <= Paste.MAX_BYTES; ) {
                text.append(buffer, 0, read);
            }
        }
        return text.length() > Paste.MAX_BYTES ? null : text.toString();
    }

    /** The URL, if it is http(s) with a host; else {@code null}. */
    static URI url(String text) {
        try {
            URI url = new URI(text.strip());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
            String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
            return web ? URI.create(scheme + "://" + url.getHost().toLowerCase(Locale.ROOT)
                    + (url.getPort() < 0 ? "" : ":" + url.getPort()) + path) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** This page's own URL: where Try it in this browser replays the lines. */
    private static String ownUrl(HttpServletRequest request) {
        return Origins.ownOrigin(request) + request.getContextPath() + "/explain";
    }
}
