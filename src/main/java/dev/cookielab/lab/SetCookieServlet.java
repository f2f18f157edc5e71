package dev.cookielab.lab;

import dev.cookielab.cookie.Comeback;
import dev.cookielab.cookie.CookieChecker;
import dev.cookielab.cookie.CookieChecker.Verdict;
import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.CookieRequest;
import dev.cookielab.cookie.CookieSpec;
import dev.cookielab.cookie.HeaderBudget;
import dev.cookielab.cookie.Registrable;
import dev.cookielab.cookie.SentCookies;
import dev.cookielab.web.Answer;
import dev.cookielab.web.FormInput;
import dev.cookielab.web.JsonBodies;
import dev.cookielab.web.MethodsServlet;
import dev.cookielab.web.Origins;
import dev.cookielab.web.ServletCookies;
import dev.cookielab.web.Signing;
import dev.cookielab.web.View;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Sets and deletes cookies: the tutorial's GET, and a POST for any cookie with every attribute. */
@WebServlet(name = "SetCookieServlet", urlPatterns = "/setcookie")
public class SetCookieServlet extends MethodsServlet {

    private static final String CROSS_SITE = "This form was posted from another site. Cookie Lab only sets cookies "
            + "for forms on its own pages, so that no other site can set them in your name.";

    static final View SET = View.of("lab/set.jsp");

    private final CookieChecker checker = new CookieChecker(Signing.SIGNER);

    public SetCookieServlet() {
        super("GET", "HEAD", "POST", "OPTIONS");
    }

    /** The tutorial's page: always {@code Name=AskPython}, whatever the query says. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        List<String> headers = ServletCookies.add(response, List.of(CookieSpec.tutorial(request.isSecure())));
        Answer.to(request, response).render(SET, SetOutcome.tutorial(headers));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Answer answer = Answer.to(request, response);
        if (Origins.refuses(request)) {
            answer.refuse(HttpServletResponse.SC_FORBIDDEN, List.of(CookieProblem.error("", "cross-site", CROSS_SITE)));
            return;
        }
        SentCookies sent = ServletCookies.sent(request);
        FormInput.Refusal refusal = FormInput.refusesForm(request, CookieForm.FIELDS);
        if (refusal != null) {
            refuse(answer, refusal.status(), CookieForm.read(request, CookieRequest.Action.SET), refusal.problems(),
                    sent);
            return;
        }
        CookieChecker.Context context = ServletCookies.context(request, sent);
        if ("delete-all".equals(request.getParameter("action"))) {
            deleteAll(answer, request, response, sent, context);
            return;
        }
        CookieRequest.Action action = CookieForm.action(request);
        CookieRequest form = CookieForm.read(request, action == null ? CookieRequest.Action.SET : action);
        Verdict verdict = action == null
                ? Verdict.refusal(List.of(CookieProblem.error("action", "action-invalid",
                        "action must be set, delete or delete-all.")))
                : checker.check(form, context);
        if (verdict.refused()) {
            refuse(answer, HttpServletResponse.SC_BAD_REQUEST, form, verdict.errors(), sent);
            return;
        }
        CookieSpec spec = verdict.spec();
        List<CookieSpec> specs = action == CookieRequest.Action.DELETE
                ? CookieChecker.deletions(spec, context, form.reachesDomain()) : List.of(spec);
        List<String> headers = ServletCookies.add(response, specs);
        answer.send(HttpServletResponse.SC_OK,
                () -> JsonViews.setResult(headers, verdict.warnings(), verdict.browserKeepsIt()),
                () -> answer.render(SET, new SetOutcome(spec.deletes() ? SetOutcome.Kind.DELETE
                        : SetOutcome.Kind.SET, spec, form, headers, verdict.warnings(), verdict.browserKeepsIt(),
                        checkUrl(spec, verdict, context.readPath()), alsoDomains(specs), null)));
    }

    /** Sets nothing and lists the problems: as JSON, or on the home page with the form as it was filled in. */
    private static void refuse(Answer answer, int status, CookieRequest form, List<CookieProblem> errors,
            SentCookies sent) throws ServletException, IOException {
        answer.send(status, () -> JsonBodies.errors(errors),
                () -> answer.render(GetCookieServlet.HOME, HomePage.of(form, errors, sent)));
    }

    /**
     * The link that checks what the browser sends back, naming the warning that would explain a "missing"; {@code
     * null} when the cookie's Path does not cover the read page, where the check would say missing of any cookie.
     * A set with Max-Age=0 deletes as surely as action=delete does: the browser stores nothing.
     */
    private static String checkUrl(CookieSpec spec, Verdict verdict, String readPath) {
        if (!spec.coversPath(readPath)) {
            return null;
        }
        String url = readPath + "?name=" + URLEncoder.encode(spec.name(), StandardCharsets.UTF_8) + "&expect="
                + URLEncoder.encode(spec.deletes() ? Comeback.DELETED : CookieReport.fingerprint(spec.value()),
                        StandardCharsets.UTF_8);
        return verdict.warnings().stream().filter(CookieProblem::dropsCookie).findFirst()
                .map(warning -> url + "&why=" + warning.code()).orElse(url);
    }

    /** The Domains a deletion also expired the name at, when it was asked for none (a host-only request). */
    private static List<String> alsoDomains(List<CookieSpec> specs) {
        return specs.isEmpty() || specs.get(0).domain() != null ? List.of()
                : specs.stream().map(CookieSpec::domain).filter(domain -> domain != null).distinct().toList();
    }

    /**
     * Expires every cookie the browser sent but the reserved ones and the names the form says were tried already, at
     * {@code Path=/} on this host and at each Domain up to the registrable one, as many as one response's headers
     * hold. Once no name is left to try, the names still sent are listed: Delete all cannot reach them.
     */
    private void deleteAll(Answer answer, HttpServletRequest request, HttpServletResponse response,
            SentCookies sent, CookieChecker.Context context) throws ServletException, IOException {
        String[] triedField = request.getParameterValues("tried");
        Set<String> tried = triedField == null ? Set.of() : new HashSet<>(List.of(triedField));
        List<String> names = sent.deletableNames();
        List<String> triedBefore = names.stream().filter(tried::contains).toList();
        List<String> untried = new ArrayList<>();
        List<List<CookieSpec>> deletions = new ArrayList<>();
        int unwritable = 0;
        for (String name : names) {
            if (tried.contains(name)) {
                continue;
            }
            Verdict verdict = checker.check(CookieRequest.delete(name).path("/").build(), context);
            if (!verdict.refused()) {
                untried.add(name);
                deletions.add(CookieChecker.deletions(verdict.spec(), context, true));
            } else if (verdict.errors().get(0).code().equals("too-large")) {
                unwritable++; // a name over 4096 bytes, more than a browser keeps
            }
        }
        int now = HeaderBudget.deletableAtOnce(deletions);
        List<CookieSpec> specs = deletions.subList(0, now).stream().flatMap(List::stream).toList();
        List<String> headers = ServletCookies.add(response, specs);
        DeleteAll all = new DeleteAll(now, deletions.size() - now + unwritable, unwritable,
                Stream.concat(triedBefore.stream(), untried.subList(0, now).stream()).toList(),
                deletions.isEmpty() ? triedBefore : List.of(), request.getRequestURI(),
                Registrable.of(request.getServerName()));
        SetOutcome outcome = SetOutcome.deleteAll(headers, alsoDomains(specs), all);
        answer.send(HttpServletResponse.SC_OK, () -> JsonViews.deleteAllResult(outcome),
                () -> answer.render(SET, outcome));
    }
}
