package dev.cookielab.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Deletes that reach the cookie, and the way forward from each result: over HTTP, as a script would see them. */
class NextStepsIT extends DeployedApp {

    private static final String JSON = "application/json";

    private static List<String> setCookies(Http.Raw response) {
        String head = response.text().substring(0, response.text().indexOf("\r\n\r\n"));
        return Arrays.stream(head.split("\r\n")).filter(line -> line.startsWith("Set-Cookie: ")).toList();
    }

    /** A row's Delete names no Domain: on a host of two labels or more, it also expires the name at Domain=host. */
    @Test
    void aDeleteWithoutADomainFieldAlsoReachesTheCookieAtTheHostsDomain() {
        String host = "lab.localhost:" + base.getPort();
        List<String> row = setCookies(http.rawFormPost("/setcookie", host, "action=delete&name=theme"));
        List<String> form = setCookies(http.rawFormPost("/setcookie", host, "action=delete&name=theme&domain="));
        List<String> all = setCookies(http.rawFormPost("/setcookie", host, "action=delete-all",
                "Cookie: theme=a; theme=b"));

        assertThat(row).hasSize(4).filteredOn(line -> line.contains("; Domain=lab.localhost;")).hasSize(2);
        assertThat(form).hasSize(2).noneMatch(line -> line.contains("Domain="));
        assertThat(all).isEqualTo(row);
        assertThat(http.rawGetAt(host, "/", "Cookie: theme=a").body())
                .contains("each at <code>Path=/</code> on this host and at <code>Domain=lab.localhost</code>");
        assertThat(http.get("/", "Cookie", "theme=a").body()).contains("each at <code>Path=/</code> on this host</span>");
        assertThat(http.rawFormPost("/setcookie", host, "action=delete&name=theme").body())
                .contains("if it lives at <code>Path=/</code> on this host or with <code>Domain=lab.localhost</code>.");
    }

    /**
     * Issue 32: Delete all always took the first names of the Cookie header, so names it cannot reach made every
     * press send the same deletions. The form now carries what was tried: a browser whose cookies all stay (as if
     * they lived at another Path) still sees each press take new names, and the last one lists them.
     */
    @Test
    void everyPressOfDeleteAllTakesNamesNotTriedYetAndTheLastListsWhatIsLeft() {
        List<String> names = IntStream.range(0, 60).mapToObj(i -> "cookie_number_" + i).toList();
        String header = names.stream().map(name -> name + "=v").collect(Collectors.joining("; "));
        List<String> tried = List.of();
        Set<String> expired = new HashSet<>();
        JsonObject result;
        int presses = 0;
        do {
            List<String> fields = new ArrayList<>(List.of("action", "delete-all"));
            tried.forEach(name -> fields.addAll(List.of("tried", name)));
            HttpResponse<String> response = http.post("/setcookie", fields, "Accept", JSON, "Cookie", header);
            List<String> now = response.headers().allValues("Set-Cookie").stream()
                    .map(line -> line.substring(0, line.indexOf('='))).distinct().toList();
            assertThat(now).as("press " + presses).noneMatch(expired::contains);
            expired.addAll(now);
            result = Json.parse(response.body());
            tried = result.getJsonArray("tried").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .toList();
            presses++;
        } while (!result.containsKey("stillThere") && presses < 10);

        assertThat(presses).isBetween(3, 5);
        assertThat(expired).containsExactlyInAnyOrderElementsOf(names);
        assertThat(result.getJsonArray("stillThere").getValuesAs(JsonObject.class))
                .extracting(still -> still.getString("name")).containsExactlyElementsOf(names);
        assertThat(result.getJsonArray("stillThere").getJsonObject(0).getString("path")).isEqualTo("/setcookie");
        String page = http.post("/setcookie", List.of("action", "delete-all", "tried", "cookie_number_0"),
                "Cookie", "cookie_number_0=v").body();
        assertThat(page).contains("data-still-there=\"1\"", "href=\"/?action=delete&amp;name=cookie_number_0&amp;"
                + "path=%2Fsetcookie&amp;domain=&amp;", ">Delete it with Path=/setcookie…</a>");
    }

    /** Issue 32: RFC 6265bis §4.1.3.2, a __Host- header with a Domain is rejected; so is __Secure- without Secure. */
    @Test
    void aPrefixedNameIsNeverDeletedWithADomain() {
        String host = "lab.localhost:" + base.getPort();
        List<String> hostPrefix = setCookies(http.rawFormPost("/setcookie", host, "action=delete&name=__Host-x"));
        List<String> all = setCookies(http.rawFormPost("/setcookie", host, "action=delete-all",
                "Cookie: __Host-x=1; __Secure-y=2"));
        String plainHttp = "lab.example.com:" + base.getPort();
        List<String> secureOverHttp = setCookies(http.rawFormPost("/setcookie", plainHttp,
                "action=delete&name=__Secure-y"));

        assertThat(hostPrefix).hasSize(2).noneMatch(line -> line.contains("Domain="));
        assertThat(all).filteredOn(line -> line.startsWith("Set-Cookie: __Host-x=")).hasSize(2)
                .noneMatch(line -> line.contains("Domain="));
        assertThat(all).filteredOn(line -> line.contains("Domain=lab.localhost")).hasSize(2)
                .allMatch(line -> line.startsWith("Set-Cookie: __Secure-y="));
        assertThat(secureOverHttp).isNotEmpty().noneMatch(line -> line.contains("Domain="));
        assertThat(http.rawGetAt(host, "/getcookie?name=__Host-x&expect=deleted", "Cookie: __Host-x=1").body())
                .contains("data-comeback=\"still-there\"").doesNotContain("Delete it with Domain=");
    }

    /** Issue 32: analytics and SSO cookies live at the registrable domain (_ga at Domain=example.co.uk). */
    @Test
    void aDeleteReachesEveryParentDomainUpToTheRegistrableOneByThePublicSuffixList() {
        List<String> uk = setCookies(http.rawFormPost("/setcookie", "www.shop.example.co.uk:" + base.getPort(),
                "action=delete&name=_ga"));
        List<String> lab = setCookies(http.rawFormPost("/setcookie", "a.lab.localhost:" + base.getPort(),
                "action=delete&name=_ga"));

        assertThat(uk).extracting(NextStepsIT::domainOf)
                .containsExactly("", "www.shop.example.co.uk", "shop.example.co.uk", "example.co.uk");
        assertThat(lab).extracting(NextStepsIT::domainOf).containsExactly("", "", "a.lab.localhost", "a.lab.localhost",
                "lab.localhost", "lab.localhost");
    }

    private static String domainOf(String setCookie) {
        return setCookie.contains("; Domain=") ? setCookie.split("; Domain=")[1].split(";")[0] : "";
    }

    @Test
    void eachWarningSaysHowToFixIt() {
        JsonObject result = Json.parse(http.post("/setcookie", List.of("name", "t", "value", "1", "sameSite", "None",
                "maxAge", "99999999"), "Accept", JSON).body());

        assertThat(result.getJsonArray("warnings")).extracting(w -> w.asJsonObject().getString("fix"))
                .containsExactly("Tick Secure, or choose SameSite Lax.", "Give 34560000 (400 days) or less.");
        String page = http.post("/setcookie", List.of("name", "t", "value", "1", "sameSite", "None")).body();
        assertThat(page).contains("<h1 class=\"verdict-bad\">Sent, but browsers will drop it: t</h1>",
                "reject the cookie.&#32;<strong class=\"fix\">Tick Secure, or choose SameSite Lax.</strong>", "&amp;why=samesite-none-insecure");
    }

    /** Edit, Edit and resend, Delete...: a query that fills the form in, escaped, and never sets anything. */
    @Test
    void aQueryFillsTheHomePagesFormAndSetsNothing() {
        HttpResponse<String> page = http.get("/?name=pref&value=%3Cb%3Ebold%3C%2Fb%3E&maxAge=60&path=%2Fx"
                + "&sameSite=Strict&secure=on&httpOnly=off", "Cookie", "pref=old");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(page.body()).contains("<details id=\"new-cookie\" open>", "value=\"&lt;b&gt;bold&lt;/b&gt;\"",
                "id=\"maxAge\" name=\"maxAge\" value=\"60\"", "<option value=\"Strict\" selected>")
                .doesNotContain("<b>bold");
        assertThat(http.get("/?action=delete&name=pref", "Cookie", "pref=old").body()).contains("data-deleting");
        // Without a query and with cookies to show, the form stays folded.
        assertThat(http.get("/", "Cookie", "pref=old").body()).contains("<details id=\"new-cookie\">");
    }

    @Test
    void theEditLinksCarryTheCookieAndTheResultPageOffersTheWayOn() {
        String home = http.get("/", "Cookie", "greeting=caf%C3%A9; a=1; a=2").body();
        assertThat(home).contains("href=\"/?name=greeting&amp;value=caf%C3%A9&amp;maxAge=&amp;path=%2F&amp;domain=");
        assertThat(home).contains("data-delete-shadowed href=\"/?action=delete&amp;name=a&amp;path=&amp;domain=");

        String result = http.post("/setcookie", List.of("name", "p", "value", "v", "path", "/getcookie",
                "maxAge", "3600")).body();
        assertThat(result).contains("class=\"button check\"", "data-edit href=\"/?name=p&amp;value=v&amp;maxAge=3600"
                + "&amp;path=%2Fgetcookie", "Delete it at Path=/getcookie", "Back to your cookies", "data-expires");
    }

    @Test
    void theCheckNamesTheWarningThatExplainsAMissingCookieAndRefusesAnUnknownOne() {
        String missing = http.get("/getcookie?name=t&expect=AAAAAAAAAAAAAAAA&why=samesite-none-insecure").body();
        assertThat(missing).contains("data-comeback=\"missing\"", "data-why=\"samesite-none-insecure\"",
                "Tick Secure", "Try again with the form");

        HttpResponse<String> unknown = http.get("/getcookie?name=t&expect=deleted&why=nonsense", "Accept", JSON);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("why-invalid");

        String stillThere = http.rawGetAt("lab.localhost", "/getcookie?name=t&expect=deleted", "Cookie: t=1")
                .body();
        assertThat(stillThere).contains("data-comeback=\"still-there\"", "Delete it with Domain=lab.localhost",
                "Delete it with another Path");
    }

    @Test
    void deleteAllCountsWhatItDeletedAndFoldsTheHeaders() {
        String page = http.post("/setcookie", List.of("action", "delete-all"), "Cookie", "a=1; b=2; c=3").body();

        assertThat(page).contains("<h1>Deleted 3 cookies</h1>", "<details class=\"headers\">",
                "The 6&#32;<code>Set-Cookie</code> headers", "See what's left");
    }

    @Test
    void theListingGivesJsonToABrowserThatAsksForItInTheQuery() {
        HttpResponse<String> listing = http.get("/cookies?format=json", "Accept", "text/html", "Cookie", "a=1");

        assertThat(listing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(JSON));
        assertThat(Json.parse(listing.body()).getJsonObject("cookies").getString("a")).isEqualTo("1");
    }

    @Test
    void theHomePageShowsTheHeaderBudgetInUse() {
        String home = http.get("/", "Cookie", "a=1; b=22").body();

        assertThat(home).contains("Your browser sends 9 of 6144 bytes and 2 of 200 cookies here.");
    }
}
