package dev.cookielab.decode;

import static dev.cookielab.web.JsonBodies.JSON;

import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.decode.Decoder;
import dev.cookielab.cookie.decode.Keys;
import dev.cookielab.web.Answer;
import dev.cookielab.web.FormInput;
import dev.cookielab.web.MethodsServlet;
import dev.cookielab.web.SecretField;
import dev.cookielab.web.ServletCookies;
import dev.cookielab.web.View;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decode: what is inside a cookie's value, and whether its signature holds with the key given (docs/decode.md). A
 * GET with {@code cookie=NAME} (a row's link) decodes the cookie of that name this browser sent; a POST decodes what
 * was pasted, with the {@code key} if one came in its body.
 */
@WebServlet(name = "DecodeServlet", urlPatterns = "/decode")
public class DecodeServlet extends MethodsServlet {

    static final View PAGE = View.of("decode/page.jsp");
    private static final List<String> FIELDS = List.of("text", "key", "cookie");

    public DecodeServlet() {
        super("GET", "HEAD", "POST", "OPTIONS");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Answer answer = Answer.to(request, response);
        FormInput.Refusal refusal = FormInput.refusesForm(request, FIELDS);
        refusal = refusal != null ? refusal : SecretField.refusal(request, "key");
        if (refusal != null) {
            answer.refuse(refusal.status(), refusal.problems());
            return;
        }
        String cookie = request.getParameter("cookie");
        String text = cookie != null ? sent(request, cookie) : request.getParameter("text");
        if (text != null && text.getBytes(StandardCharsets.UTF_8).length > Values.MAX_BYTES) {
            answer.refuse(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, List.of(CookieProblem.error("text",
                    "paste-too-large", "The text is over " + Values.MAX_BYTES / 1024 + " KB: paste the values "
                            + "alone, or fewer of them.")));
            return;
        }
        List<Values> values = text == null ? List.of() : Values.read(text);
        if (values.size() > Values.MAX_VALUES) {
            answer.refuse(HttpServletResponse.SC_BAD_REQUEST, List.of(CookieProblem.error("text",
                    "paste-too-many-values", "The text holds " + values.size() + " values; Decode reads at most "
                            + Values.MAX_VALUES + ".")));
            return;
        }
        Instant now = Instant.now();
        Keys keys = Keys.of(request.getParameter("key"));
        Map<String, String> all = new LinkedHashMap<>(); // cookie-session's name.sig is checked beside its cookie
        values.forEach(value -> all.putIfAbsent(value.name(), value.value()));
        List<DecodePage.Result> results = new ArrayList<>();
        for (Values value : values) {
            results.add(new DecodePage.Result(value.name(), value.value(), Decoder.decode(value.name(), value.value(),
                    all, keys, now)));
        }
        DecodePage page = new DecodePage(text == null ? "" : text, List.copyOf(results), keys.given(),
                cookie != null && values.isEmpty() ? cookie : null, now);
        answer.send(HttpServletResponse.SC_OK, () -> {
            JsonArrayBuilder cookies = JSON.createArrayBuilder();
            results.forEach(result -> cookies.add(JSON.createObjectBuilder().add("name", result.name())
                    .add("value", result.value()).add("format", Decoder.json(result.format()))));
            return JSON.createObjectBuilder().add("cookies", cookies).build();
        }, () -> answer.render(PAGE, page));
    }

    /** The cookies of that name this browser sent, as the lab's rows read them, and cookie-session's {@code .sig}. */
    private static String sent(HttpServletRequest request, String name) {
        List<String> pairs = ServletCookies.sent(request).read().stream()
                .filter(pair -> pair.getKey().equals(name) || pair.getKey().equals(name + ".sig"))
                .map(pair -> pair.getKey() + "=" + pair.getValue()).toList();
        return pairs.isEmpty() ? "" : "Cookie: " + String.join("; ", pairs);
    }
}
