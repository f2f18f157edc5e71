package dev.cookielab.web;

import dev.cookielab.cookie.Comeback;
import dev.cookielab.cookie.CookieChecker;
import dev.cookielab.cookie.CookieChecker.Verdict;
import dev.cookielab.cookie.CookieProblem;
import dev.cookielab.cookie.CookieReport;
import dev.cookielab.cookie.CookieRequest;
import dev.cookielab.cookie.CookieSpec;
import dev.cookielab.cookie.IgnoredCookie;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Sets and deletes cookies: the tutorial's GET, and a POST for any cookie with every attribute. */
@WebServlet(name = "SetCookieServlet", urlPatterns = "/setcookie")
public class SetCookieServlet extends HttpServlet {

    private static final String CROSS_SITE = "This form was posted from another site. Cookie Lab only sets cookies "
            + "for forms on its own pages, so that no other site can set them in your name.";

    private static final Methods METHODS = new Methods(List.of("GET", "HEAD", "POST", "OPTIONS"));

    private final CookieChecker checker = new CookieChecker(Signing.SIGNER);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!METHODS.answered(request, response)) {
            super.service(request, response);
        }
    }

    /** The tutorial's page: always {@code Name=AskPython}, whatever the query says. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        List<String> headers = ServletCookies.add(response, List.of(CookieSpec.tutorial(request.isSecure())));
        request.setAttribute("tutorial", true);
        request.setAttribute("setCookie", headers);
        Views.SET.render(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean json = JsonViews.wanted(request);
        if (CrossSite.refuses(request)) {
            if (json) {
                JsonViews.write(response, HttpServletResponse.SC_FORBIDDEN,
                        JsonViews.errors(List.of(CookieProblem.error("", "cross-site", CROSS_SITE))));
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, CROSS_SITE);
            }
            return;
        }
        FormInput.Refusal refusal = FormInput.refusesForm(request, CookieForm.FIELDS);
        if (refusal != null) {
            refuse(request, response, json, refusal.status(), CookieForm.read(request, CookieRequest.Action.SET),
                    refusal.problems());
            return;
        }
        if ("delete-all".equals(request.getParameter("action"))) {
            deleteAll(request, response, json);
            return;
        }
        CookieRequest.Action action = CookieForm.action(request);
        CookieRequest form = CookieForm.read(request, action == null ? CookieRequest.Action.SET : action);
        CookieChecker.Context context = ServletCookies.context(request);
        Verdict verdict = action == null
                ? new Verdict(List.of(CookieProblem.error("action", "action-invalid",
                        "action must be set, delete or delete-all.")), List.of(), null)
                : checker.check(form, context);

        if (verdict.refused()) {
            refuse(request, response, json, HttpServletResponse.SC_BAD_REQUEST, form, verdict.errors());
            return;
        }
        List<String> headers = ServletCookies.add(response, action == CookieRequest.Action.DELETE
                ? CookieChecker.deletions(verdict.spec(), context) : List.of(verdict.spec()));
        if (json) {
            JsonViews.write(response, HttpServletResponse.SC_OK,
                    JsonViews.setResult(headers, verdict.warnings(), verdict.browserKeepsIt()));
            return;
        }
        // A set with Max-Age=0 deletes as surely as action=delete does: the browser stores nothing.
        CookieSpec spec = verdict.spec();
        boolean deleting = spec.deletes();
        request.setAttribute("name", spec.name());
        request.setAttribute("deleting", deleting);
        request.setAttribute("setCookie", headers);
        request.setAttribute("warnings", verdict.warnings());
        request.setAttribute("keeps", verdict.browserKeepsIt());
        if (spec.coversPath(context.readPath())) {
            // Without it, the check would say missing (or, after a delete, gone) of a cookie never sent there.
            request.setAttribute("checkUrl", checkUrl(context.readPath(), spec.name(),
                    deleting ? Comeback.DELETED : CookieReport.fingerprint(spec.value())));
        }
        Views.SET.render(request, response);
    }

    /** Sets nothing and lists the problems: as JSON, or on the home page with the form as it was filled in. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean json, int status,
            CookieRequest form, List<CookieProblem> errors) throws ServletException, IOException {
        if (json) {
            JsonViews.write(response, status, JsonViews.errors(errors));
        } else {
            response.setStatus(status);
            Views.home(request, response, form, errors);
        }
    }

    /**
     * Expires every cookie the browser sent but the reserved ones, at {@code Path=/} on this host (all a server can
     * know of them), as many as one response's headers hold; the page says how many are left for another press.
     */
    private void deleteAll(HttpServletRequest request, HttpServletResponse response, boolean json)
            throws ServletException, IOException {
        CookieChecker.Context context = ServletCookies.context(request);
        // Also the pairs Tomcat skipped whose name can be set: a value with a space, say, that a script stored.
        Stream<String> skipped = ServletCookies.ignored(request).stream().filter(IgnoredCookie::deletable)
                .map(IgnoredCookie::name);
        List<List<CookieSpec>> deletions = new ArrayList<>();
        for (String name : Stream.concat(context.sent().stream().map(Map.Entry::getKey), skipped).distinct().toList()) {
            Verdict verdict = checker.check(new CookieRequest(CookieRequest.Action.DELETE, name, null, null, "/",
                    null, null, CookieChecker.requiresSecure(name), true, false, false), context);
            if (!verdict.refused()) {
                deletions.add(CookieChecker.deletions(verdict.spec(), context));
            }
        }
        int now = CookieChecker.deletableAtOnce(deletions);
        List<String> headers = ServletCookies.add(response,
                deletions.subList(0, now).stream().flatMap(List::stream).toList());
        // The rest did not fit in this response's headers: the browser sends them again, another press expires them.
        int left = deletions.size() - now;
        if (json) {
            JsonViews.write(response, HttpServletResponse.SC_OK, JsonViews.deleteAllResult(headers, left));
            return;
        }
        request.setAttribute("left", left);
        request.setAttribute("deletingAll", true);
        request.setAttribute("setCookie", headers);
        Views.SET.render(request, response);
    }

    private static String checkUrl(String readPath, String name, String expect) {
        return readPath + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&expect=" + URLEncoder.encode(expect, StandardCharsets.UTF_8);
    }
}
