package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Methods a page does not take, statuses no page of the app makes, and which form, HTML or JSON, is answered. */
class MethodsIT extends DeployedApp {

    private HttpResponse<String> send(String method, String path, String... headers) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).method(method, HttpRequest.BodyPublishers.noBody()),
                headers);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "PUT, /getcookie, 'GET, HEAD, OPTIONS'",
            "DELETE, /, 'GET, HEAD, OPTIONS'",
            "PATCH, /cookies, 'GET, HEAD, OPTIONS'",
            "POST, /getcookie, 'GET, HEAD, OPTIONS'",
            "BREW, /getcookie, 'GET, HEAD, OPTIONS'",
            "PUT, /setcookie, 'GET, HEAD, POST, OPTIONS'",
            "PATCH, /setcookie, 'GET, HEAD, POST, OPTIONS'",
            "get, /setcookie, 'GET, HEAD, POST, OPTIONS'"})
    void aMethodThePageDoesNotTakeGetsA405NamingTheOnesItDoes(String method, String path, String allow) {
        HttpResponse<String> response = send(method, path, "Cookie", "Name=AskPython");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().allValues("Allow")).containsExactly(allow);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Method not allowed", "<code>" + method + "</code>",
                "It accepts <code>" + allow + "</code>").doesNotContain("Tomcat", "Exception");
        assertThat(send("OPTIONS", path).headers().allValues("Allow")).containsExactly(allow);
    }

    @Test
    void traceIsRefusedByTomcatWithTheAppsPage() {
        HttpResponse<String> response = send("TRACE", "/setcookie");

        assertThat(response.statusCode()).isEqualTo(405);
        // Tomcat's connector answers TRACE before the servlet does, with an Allow of its own making.
        assertThat(response.headers().firstValue("Allow").orElseThrow().split(", "))
                .containsExactlyInAnyOrder("GET", "HEAD", "POST", "OPTIONS");
        assertThat(response.body()).contains("Method not allowed", "<code>TRACE</code>").doesNotContain("Tomcat");
    }

    /**
     * Issue 32: RFC 9110 §10.2.1, the same Allow on every answer for a path. Tomcat makes TRACE's from the methods
     * the servlet's class overrides, so a servlet that took POST on one of its paths listed POST on all of them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/, 'GET, HEAD, OPTIONS'",
            "/getcookie, 'GET, HEAD, OPTIONS'",
            "/cookies, 'GET, HEAD, OPTIONS'",
            "/setcookie, 'GET, HEAD, POST, OPTIONS'",
            "/crosssite, 'GET, HEAD, OPTIONS'",
            "/crosssite/plant, 'GET, HEAD, OPTIONS'",
            "/crosssite/clear, 'GET, HEAD, OPTIONS'",
            "/crosssite/frame, 'GET, HEAD, OPTIONS'",
            "/crosssite/probe, 'GET, HEAD, POST, OPTIONS'",
            "/explain, 'GET, HEAD, POST, OPTIONS'",
            "/decode, 'GET, HEAD, POST, OPTIONS'"})
    void everyAnswerForAPathGivesTheSameAllow(String path, String allow) {
        for (String method : new String[] {"OPTIONS", "TRACE", "PATCH", "PUT", "DELETE", "BREW", "POST"}) {
            if (method.equals("POST") && allow.contains("POST")) {
                continue;
            }
            HttpResponse<String> response = send(method, path);

            assertThat(response.headers().firstValue("Allow")).as(method + " " + path).hasValueSatisfying(
                    header -> assertThat(header.split(", ")).containsExactlyInAnyOrder(allow.split(", ")));
            if (!method.equals("OPTIONS")) {
                assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
                Matcher accepts = Pattern.compile("It accepts <code>([^<]*)</code>").matcher(response.body());
                assertThat(accepts.find()).as(method + " " + path).isTrue();
                assertThat(accepts.group(1).split(", ")).containsExactlyInAnyOrder(allow.split(", "));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PATCH, /cookies", "PUT, /setcookie", "DELETE, /getcookie"})
    void aJsonClientGetsTheRefusalAsJson(String method, String path) {
        HttpResponse<String> response = send(method, path, "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).isPresent();
        JsonObject error = Json.parse(response.body()).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("code")).isEqualTo("method-not-allowed");
        assertThat(error.getString("message")).startsWith("This page does not accept " + method + " requests, only ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a Range past the end of a file | GET | Range | bytes=999999- | 416",
            "PATCH on a file | PATCH | X-Any | x | 501"})
    void aStatusNoPageMakesGetsTheAppsOwnErrorPage(String what, String method, String header, String value,
            int status) {
        HttpResponse<String> response = send(method, "/static/lab.css", header, value);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("Request not served", "HTTP status <code>" + status + "</code>")
                .doesNotContain("Tomcat", "Exception", "Tahoma");
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "- | html | json",
            "*/* | html | json",
            "application/json | json | json",
            "'application/json, text/html' | html | html",
            "'application/json, text/html;q=0' | json | json",
            "'text/html;q=0.5, application/json' | json | json",
            "'text/*' | html | html",
            "'application/json, text/plain, */*' | json | json",
            "'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' | html | html"})
    void theAnswersFormFollowsTheQualitiesInAccept(String accept, String getCookie, String cookies) {
        String[] headers = accept == null ? new String[] {"Cookie", "Name=AskPython"}
                : new String[] {"Cookie", "Name=AskPython", "Accept", accept};

        assertThat(form(http.get("/getcookie", headers))).isEqualTo(getCookie);
        assertThat(form(http.get("/cookies", headers))).isEqualTo(cookies);
    }

    private static String form(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        String type = response.headers().firstValue("Content-Type").orElseThrow();
        if (type.startsWith("application/json")) {
            assertThat(response.body()).contains("\"AskPython\"");
            return "json";
        }
        assertThat(type).startsWith("text/html");
        assertThat(response.body()).contains("AskPython");
        return "html";
    }
}
