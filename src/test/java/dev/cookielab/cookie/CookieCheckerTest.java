package dev.cookielab.cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cookielab.cookie.CookieChecker.Context;
import dev.cookielab.cookie.CookieChecker.Verdict;
import dev.cookielab.cookie.CookieRequest.Action;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CookieCheckerTest {

    private static final Context LOCAL = context("localhost", false, Map.of());
    private final CookieChecker checker = new CookieChecker(CookieSigner.fromKeyList("test-key"));

    private static Context context(String host, boolean secure, Map<String, String> sent) {
        return new Context(host, secure, List.copyOf(sent.entrySet()), Set.of("jsessionid"), "/getcookie");
    }

    private static CookieRequest set(String name, String value) {
        return CookieRequest.set(name).value(value).secure(false).build();
    }

    private static CookieRequest with(String field, String text) {
        return CookieRequest.set("n").value("v")
                .maxAge(field.equals("maxAge") ? text : null)
                .path(field.equals("path") ? text : null)
                .domain(field.equals("domain") ? text : null)
                .sameSite(field.equals("sameSite") ? text : null)
                .build();
    }

    private static String codes(Verdict verdict) {
        return String.join(",", verdict.errors().stream().map(CookieProblem::code).toList());
    }

    @Test
    void defaultsAreSecureAndMatchTheTutorial() {
        Verdict verdict = checker.check(set("Name", "AskPython"), LOCAL);

        assertThat(verdict.refused()).isFalse();
        assertThat(verdict.spec()).isEqualTo(CookieSpec.tutorial(false));
        assertThat(verdict.warnings()).isEmpty();
        assertThat(verdict.browserKeepsIt()).isTrue();
    }

    @Test
    void secureIsAddedWhenTheRequestCameOverHttps() {
        Verdict verdict = checker.check(set("Name", "AskPython"), context("example.com", true, Map.of()));

        assertThat(verdict.spec().secure()).isTrue();
    }

    @Test
    void valuesAreEncodedAndSignedOnRequest() {
        CookieRequest signed = CookieRequest.set("n").value("a b").signed(true).build();

        Verdict verdict = checker.check(signed, LOCAL);

        assertThat(verdict.spec().value()).startsWith("a%20b|");
        assertThat(CookieReport.of("n", verdict.spec().value(), CookieSigner.fromKeyList("test-key")))
                .extracting(CookieReport::value, CookieReport::signature)
                .containsExactly("a b", Signature.VALID);
    }

    @ParameterizedTest(name = "[{2}] name {0} -> {1}")
    @CsvSource(delimiterString = " => ", value = {
            "'' => name-invalid => RFC 6265bis §4.1.1: name is a token, never empty",
            "a b => name-invalid => Tomcat TestCookieProcessorGeneration: space in name",
            "a;b => name-invalid => RFC 9110 §5.6.2: ; is a delimiter",
            "a=b => name-invalid => Werkzeug test_http.py: = ends the name",
            "(x) => name-invalid => RFC 9110 §5.6.2: parentheses are delimiters",
            "café => name-invalid => RFC 9110 §5.6.2: tokens are ASCII",
            "\"q\" => name-invalid => Tomcat TestCookies: quoted name",
            "JSESSIONID => name-reserved => Servlet session cookie",
            "jsessionid => name-reserved => OWASP session fixation: any case",
            "JSessionId => name-reserved => OWASP session fixation: any case"})
    void refusesNamesThatAreNotTokensOrAreReserved(String name, String code, String source) {
        assertThat(codes(checker.check(set(name, "v"), LOCAL))).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\rb", "a\nb", "a\u0000", "\u001B[31m", "x\u0085", "\t"})
    void refusesControlCharactersInAnyField(String text) {
        assertThat(codes(checker.check(set(text, "v"), LOCAL))).isEqualTo("control-character");
        assertThat(codes(checker.check(set("n", text), LOCAL))).isEqualTo("control-character");
        for (String field : new String[] {"maxAge", "path", "domain", "sameSite"}) {
            assertThat(codes(checker.check(with(field, text), LOCAL))).as(field).isEqualTo("control-character");
        }
    }

    @ParameterizedTest(name = "[{3}] {0}={1} -> {2}")
    @CsvSource(delimiterString = " => ", value = {
            "maxAge => abc => max-age-invalid => issue 5 corpus",
            "maxAge => 1e3 => max-age-invalid => issue 5 corpus",
            "maxAge => -5 => max-age-invalid => issue 5 corpus: negative",
            "maxAge => 2147483648 => max-age-invalid => issue 5 corpus: over Integer.MAX_VALUE",
            "maxAge => 99999999999999999999 => max-age-invalid => overflow",
            "maxAge => ' 10' => max-age-invalid => whitespace is not a digit",
            "path => x => path-invalid => RFC 6265bis §5.6.4: must start with /",
            "path => /a;b => path-invalid => Tomcat Rfc6265CookieProcessor.validatePath",
            "path => /é => path-invalid => Tomcat Rfc6265CookieProcessor.validatePath: non-ASCII",
            "domain => evil.example => domain-invalid => RFC 6265bis §5.7: foreign domain",
            "domain => com => domain-invalid => top-level domain",
            "domain => -bad-.localhost => domain-invalid => RFC 1034 label syntax",
            "domain => a..b => domain-invalid => empty label",
            "domain => exa mple.com => domain-invalid => space",
            "sameSite => Laxx => samesite-invalid => RFC 6265bis §5.6.7",
            "sameSite => None; Domain=evil.example => samesite-invalid => issue 5: attribute smuggling"})
    void refusesMalformedAttributes(String field, String text, String code, String source) {
        assertThat(codes(checker.check(with(field, text), LOCAL))).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "00, 0", "2147483647, 2147483647", "3600, 3600"})
    void acceptsWholeSecondsInRange(String text, int seconds) {
        assertThat(checker.check(with("maxAge", text), LOCAL).spec().maxAge()).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "host {0}, Domain={1} -> {2}")
    @CsvSource({
            "app.example.com, example.com, example.com",
            "app.example.com, .Example.COM, example.com",
            "app.example.com, app.example.com, app.example.com",
            "localhost, localhost, localhost",
            "127.0.0.1, 127.0.0.1, 127.0.0.1"})
    void acceptsTheHostOrAParentOfIt(String host, String domain, String kept) {
        CookieRequest request = CookieRequest.set("n").value("v").domain(domain).build();

        assertThat(checker.check(request, context(host, false, Map.of())).spec().domain()).isEqualTo(kept);
    }

    /** Chromium and Firefox compare Path with the request's path as the URL writes it, percent-encoded. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'/x ' | a space | %20", "/a b | a space | %20", "/café | U+00E9 | %C3%A9", "/a?b | '?' | %3F",
            "/a#b | '#' | %23", "/\"q\" | '\"' | %22", "/{x} | '{' | %7B", "/🍪 | U+1F36A | %F0%9F%8D%AA"})
    void refusesAPathNoRequestPathCanMatch(String path, String described, String encoded) {
        CookieRequest request = CookieRequest.set("n").value("v").path(path).build();

        Verdict verdict = checker.check(request, context("localhost", false, Map.of()));

        assertThat(codes(verdict)).isEqualTo("path-invalid");
        String shown = described.length() == 1 ? "'" + described + "'" : described;
        assertThat(verdict.errors().get(0).message()).contains("Path holds " + shown + ",",
                "Write it " + encoded + ", as in the URL.");
    }

    /** A space typed or pasted around an attribute would vanish from the message, and from the page that shows it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "' 10' | | | | max-age-invalid | got \" 10\" (mind the space around it).",
            " | ' /x' | | | path-invalid | got \" /x\" (mind the space around it).",
            " | | ' localhost' | | domain-invalid | Domain \" localhost\" (mind the space around it) is not",
            " | | | 'Lax ' | samesite-invalid | got \"Lax \" (mind the space around it).",
            "soon | | | | max-age-invalid | got \"soon\"."})
    void quotesWhatWasTyped(String maxAge, String path, String domain, String sameSite,
            String code, String message) {
        CookieRequest request = CookieRequest.set("n").value("v").maxAge(maxAge).path(path).domain(domain)
                .sameSite(sameSite).build();

        Verdict verdict = checker.check(request, context("localhost", false, Map.of()));

        assertThat(codes(verdict)).isEqualTo(code);
        assertThat(verdict.errors().get(0).message()).contains(message);
    }

    /** Tomcat's Rfc6265CookieProcessor refuses to send such a Domain: passed on, it would be a 500, not a 400. */
    @ParameterizedTest
    @CsvSource({"[::1], [::1], Leave Domain empty", "[::1], ::1, not a host name",
            "my_host, my_host, Leave Domain empty", "example.com., example.com., Leave Domain empty"})
    void refusesTheHostItselfWhenNoDomainAttributeCanHoldIt(String host, String domain, String message) {
        CookieRequest request = CookieRequest.set("n").value("v").domain(domain).build();

        Verdict verdict = checker.check(request, context(host, false, Map.of()));

        assertThat(codes(verdict)).isEqualTo("domain-invalid");
        assertThat(verdict.errors().get(0).message()).contains(message);
    }

    @ParameterizedTest
    @CsvSource({"app.example.com, ample.com", "127.0.0.1, 0.0.1", "example.com, app.example.com"})
    void refusesDomainsTheHostIsNotUnder(String host, String domain) {
        CookieRequest request = CookieRequest.set("n").value("v").domain(domain).build();

        assertThat(codes(checker.check(request, context(host, false, Map.of())))).isEqualTo("domain-invalid");
    }

    @Test
    void sameSiteIsCaseInsensitiveAndMayBeLeftOut() {
        assertThat(checker.check(with("sameSite", "strict"), LOCAL).spec().sameSite()).isEqualTo(SameSite.STRICT);
        assertThat(checker.check(with("sameSite", ""), LOCAL).spec().sameSite()).isNull();
        assertThat(checker.check(with("sameSite", null), LOCAL).spec().sameSite()).isEqualTo(SameSite.LAX);
    }

    /** RFC 6265bis §5.6 and Chromium count the name and the value, not the '=' between them. */
    @Test
    void nameAndValueMayTogetherBe4096BytesAndNoMore() {
        assertThat(checker.check(set("foo", "v".repeat(4093)), LOCAL).refused()).isFalse();
        Verdict over = checker.check(set("foo", "v".repeat(4094)), LOCAL);
        assertThat(codes(over)).isEqualTo("too-large");
        assertThat(over.errors().get(0).message()).contains("come to 4097 bytes");
    }

    /** A browser holds a cookie whose name is over 1024 bytes (a script can set one): deleting it must work. */
    /** Apps often set a name host-only and with Domain=<host>: a Delete that names no Domain must reach both. */
    @ParameterizedTest
    @CsvSource({"lab.localhost, 4", "LAB.localhost, 4", "localhost, 2", "127.0.0.1, 2", "[::1], 2"})
    void aDeletionWithoutADomainFieldAlsoExpiresTheNameAtTheHostsDomain(String host, int headers) {
        CookieChecker.Context context = context(host, false, Map.of());
        CookieRequest rowDelete = CookieRequest.delete("theme").path("/").build();
        CookieSpec spec = checker.check(rowDelete, context).spec();

        List<CookieSpec> deletions = CookieChecker.deletions(spec, context, rowDelete.reachesDomain());

        assertThat(deletions).hasSize(headers);
        assertThat(deletions.get(0).domain()).isNull();
        if (headers == 4) {
            assertThat(deletions).extracting(CookieSpec::domain, CookieSpec::partitioned).containsExactly(
                    tuple(null, false), tuple(null, true), tuple("lab.localhost", false), tuple("lab.localhost", true));
        } else {
            assertThat(deletions).allMatch(deletion -> deletion.domain() == null);
        }
        // The form's Domain left empty means host-only: that is what the person asked for.
        CookieRequest formDelete = CookieRequest.delete("theme").path("/").domain("").build();
        assertThat(formDelete.reachesDomain()).isFalse();
        assertThat(CookieChecker.deletions(spec, context, formDelete.reachesDomain()))
                .allMatch(deletion -> deletion.domain() == null);
    }

    /** Over plain HTTP on a public name, no partitioned twins: the name host-only, then at Domain=<host>. */
    @Test
    void aDeletionOverPlainHttpReachesTheDomainWithoutTwins() {
        CookieChecker.Context context = context("example.com", false, Map.of());
        CookieSpec spec = checker.check(CookieRequest.delete("theme").build(), context).spec();

        assertThat(CookieChecker.deletions(spec, context, true)).extracting(CookieSpec::domain, CookieSpec::partitioned)
                .containsExactly(tuple(null, false), tuple("example.com", false));
    }

    /** A name of some 3000 bytes: one header is all one response holds, and the host-only cookie comes first. */
    @Test
    void aLongNameDeletesHostOnlyFirstWhenOnlyOneHeaderFits() {
        CookieChecker.Context context = context("lab.localhost", false, Map.of());
        CookieSpec spec = checker.check(CookieRequest.delete("N".repeat(3000)).build(), context).spec();

        assertThat(CookieChecker.deletions(spec, context, true)).containsExactly(spec);
    }

    @Test
    void aLongNameCanBeDeletedThoughNotSet() {
        String name = "N".repeat(1100);

        assertThat(checker.check(CookieRequest.delete(name).build(), LOCAL).refused()).isFalse();
        assertThat(codes(checker.check(set(name, "1"), LOCAL))).isEqualTo("too-large");
        // More than a browser keeps (name and value, 4096 bytes): no such cookie to delete.
        assertThat(codes(checker.check(CookieRequest.delete("N".repeat(4097)).build(), LOCAL))).isEqualTo("too-large");
        // One response has no room for two deleting headers of a 4000-byte name: the partitioned twin is left out.
        CookieSpec longest = checker.check(CookieRequest.delete("N".repeat(4000)).build(), LOCAL).spec();
        assertThat(CookieChecker.deletions(longest, LOCAL, true)).containsExactly(longest);
        CookieSpec shorter = checker.check(CookieRequest.delete(name).build(), LOCAL).spec();
        assertThat(CookieChecker.deletions(shorter, LOCAL, false)).hasSize(2);
    }

    @Test
    void sizeCountsTheEncodedValue() {
        // 1366 × "é" is 2732 bytes of UTF-8 and 8196 characters once percent-encoded.
        assertThat(codes(checker.check(set("n", "é".repeat(1366)), LOCAL))).isEqualTo("too-large");
    }

    @Test
    void attributesMayBe1024BytesAndNoMore() {
        assertThat(checker.check(with("path", "/" + "p".repeat(1023)), LOCAL).refused()).isFalse();
        assertThat(codes(checker.check(with("path", "/" + "p".repeat(1024)), LOCAL))).isEqualTo("too-large");
    }

    @Test
    void refusesACookieThatWouldPushTheCookieHeaderOverTheBudget() {
        Map<String, String> sent = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            sent.put("c" + i, "x".repeat(1000));
        }

        Verdict verdict = checker.check(set("big", "y".repeat(1200)), context("localhost", false, sent));

        assertThat(codes(verdict)).isEqualTo("budget-exceeded");
        assertThat(verdict.errors().get(0).message()).contains("5023 bytes", "6229", "6144");
    }

    @Test
    void refusesTheCookieThatWouldPassTomcatsCountOfTwoHundred() {
        List<Map.Entry<String, String>> sent = IntStream.range(0, 200).mapToObj(i -> Map.entry("c" + i, "1")).toList();
        Context full = new Context("localhost", false, sent, Set.of("jsessionid"), "/getcookie");
        Context roomForOne = new Context("localhost", false, sent.subList(1, 200), Set.of("jsessionid"), "/getcookie");

        Verdict another = checker.check(set("new", "1"), full);

        assertThat(codes(another)).isEqualTo("budget-exceeded");
        assertThat(another.errors().get(0).message()).contains("already sends 200 cookies");
        assertThat(checker.check(set("c7", "2"), full).refused()).as("replacing one").isFalse();
        assertThat(checker.check(set("new", "1"), roomForOne).refused()).as("the 200th").isFalse();
        assertThat(checker.check(CookieRequest.delete("c7").build(), full).refused()).as("deleting").isFalse();
    }

    @Test
    void deleteAllExpiresAsManyAsOneResponsesHeadersHold() {
        List<List<CookieSpec>> deletions = IntStream.range(0, 200).mapToObj(i -> List.of(deleting("c" + i, false)))
                .toList();

        int now = HeaderBudget.deletableAtOnce(deletions);

        int bytes = deletions.subList(0, now).stream()
                .mapToInt(deletion -> HeaderBudget.deletingHeader(deletion.get(0)).length()).sum();
        assertThat(bytes).isLessThanOrEqualTo(HeaderBudget.SET_COOKIE_ROOM);
        assertThat(bytes + HeaderBudget.deletingHeader(deletions.get(now).get(0)).length())
                .isGreaterThan(HeaderBudget.SET_COOKIE_ROOM);
        assertThat(HeaderBudget.deletableAtOnce(List.of(List.of(deleting("n".repeat(1024), false))))).isEqualTo(1);
        assertThat(HeaderBudget.deletableAtOnce(List.of())).isZero();
        List<List<CookieSpec>> twins = deletions.stream()
                .map(deletion -> List.of(deletion.get(0), deletion.get(0).partitionedTwin())).toList();
        assertThat(HeaderBudget.deletableAtOnce(twins)).isLessThan(now / 2 + 1);
    }

    /** The size counted for a deletion is the header Tomcat writes for it, with Secure, the widest it gets. */
    @ParameterizedTest
    @CsvSource({"c1, /, , false", "__Host-id, /, , true", "pref, /app/x, example.com, true"})
    void aDeletingHeaderIsCountedAsTomcatWritesIt(String name, String path, String domain, boolean partitioned) {
        Cookie cookie = new Cookie(name, "");
        cookie.setMaxAge(0);
        cookie.setPath(path);
        if (domain != null) {
            cookie.setDomain(domain);
        }
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        if (partitioned) {
            cookie.setAttribute("Partitioned", "true");
        }
        CookieSpec spec = new CookieSpec(name, "", 0, path, domain, false, true, SameSite.LAX, partitioned);

        assertThat(HeaderBudget.deletingHeader(spec))
                .isEqualTo("Set-Cookie: " + new Rfc6265CookieProcessor().generateHeader(cookie, null) + "\r\n");
    }

    private static CookieSpec deleting(String name, boolean partitioned) {
        return new CookieSpec(name, "", 0, "/", null, false, true, SameSite.LAX, partitioned);
    }

    @ParameterizedTest
    @CsvSource({"localhost, false, 2", "127.0.0.1, false, 2", "example.com, true, 2", "example.com, false, 1"})
    void aDeletionAlsoExpiresThePartitionedTwinWhereSecureCookiesCanLive(String host, boolean https, int headers) {
        CookieSpec spec = checker.check(CookieRequest.delete("n").build(), context(host, https, Map.of())).spec();

        List<CookieSpec> deletions = CookieChecker.deletions(spec, context(host, https, Map.of()), false);

        assertThat(deletions).hasSize(headers).first().isEqualTo(spec);
        if (headers == 2) {
            assertThat(deletions.get(1)).extracting(CookieSpec::partitioned, CookieSpec::secure, CookieSpec::name)
                    .containsExactly(true, true, "n");
        }
        assertThat(CookieChecker.deletions(spec.partitionedTwin(), context(host, https, Map.of()), false)).hasSize(1);
    }

    @Test
    void replacingACookieCountsOnlyItsNewSize() {
        Map<String, String> sent = Map.of("big", "x".repeat(6000));

        assertThat(checker.check(set("big", "small"), context("localhost", false, sent)).refused()).isFalse();
    }

    @Test
    void aNameSentTwiceCountsTwiceAndASetReplacesOneOfThem() {
        // Two cookies named "dup" (set at two Paths) and one other: 3001 + 2 + 2001 + 2 + 1001 bytes sent.
        List<Map.Entry<String, String>> sent = List.of(Map.entry("dup", "x".repeat(2997)),
                Map.entry("dup", "x".repeat(1997)), Map.entry("o", "x".repeat(999)));
        Context context = new Context("localhost", false, sent, Set.of("jsessionid"), "/getcookie");

        // Replacing the larger "dup" leaves 2001 + 2 + 1001 bytes and adds 3 + 1 + 3100.
        Verdict fits = checker.check(set("dup", "y".repeat(3100)), context);
        Verdict over = checker.check(set("dup", "y".repeat(3200)), context);

        assertThat(fits.refused()).isFalse();
        assertThat(codes(over)).isEqualTo("budget-exceeded");
        assertThat(over.errors().get(0).message()).contains("6007 bytes", "6210");
    }

    @Test
    void deletingIsNeverRefusedForTheBudgetAndExpiresAtOnce() {
        Map<String, String> sent = Map.of("big", "x".repeat(7000));
        CookieRequest delete = CookieRequest.delete("big").value("ignored").maxAge("99").path("/app")
                .build();

        Verdict verdict = checker.check(delete, context("localhost", false, sent));

        assertThat(verdict.refused()).isFalse();
        assertThat(verdict.spec()).extracting(CookieSpec::value, CookieSpec::maxAge, CookieSpec::path)
                .containsExactly("", 0, "/app");
    }

    @ParameterizedTest(name = "[{3}] {0} -> {1}")
    @CsvSource(delimiterString = " => ", value = {
            "n|None|| => samesite-none-insecure => drops => RFC 6265bis §5.7",
            "n|Lax|partitioned| => partitioned-insecure => drops => CHIPS §2.1",
            "__Secure-id|Lax|| => prefix-secure => drops => RFC 6265bis §4.1.3.1",
            "__SECURE-id|Lax|| => prefix-secure => drops => RFC 6265bis §4.1.3.1: any case",
            "__Host-id|Lax|| => prefix-host => drops => RFC 6265bis §4.1.3.2: no Secure",
            "__host-id|Lax|secure|/getcookie => prefix-host => drops => RFC 6265bis §4.1.3.2: Path other than /",
            "n|Lax||maxAge => max-age-clamped => keeps => RFC 6265bis §5.6.2: 400 days"})
    void warnsWhatBrowsersWillDropOrChange(String setup, String code, String effect, String source) {
        String[] parts = setup.split("\\|", -1);
        CookieRequest request = CookieRequest.set(parts[0]).value("v")
                .maxAge(parts[3].equals("maxAge") ? "34560001" : null)
                .path(parts[3].startsWith("/") ? parts[3] : null)
                .sameSite(parts[1])
                .secure(parts[2].equals("secure"))
                .partitioned(parts[2].equals("partitioned"))
                .build();

        Verdict verdict = checker.check(request, LOCAL);

        assertThat(verdict.warnings()).extracting(CookieProblem::code).containsExactly(code);
        assertThat(verdict.warnings().get(0).rule()).isNotBlank();
        assertThat(verdict.browserKeepsIt()).isEqualTo(effect.equals("keeps"));
    }

    @ParameterizedTest(name = "Path {0} read at {1}: warned {2}")
    @CsvSource({"/admin, /getcookie, true", "/get, /getcookie, true", "/getcookie/, /getcookie, true",
            "/GETCOOKIE, /getcookie, true", "/, /getcookie, false", "/getcookie, /getcookie, false",
            "/lab, /lab/getcookie, false", "/lab/, /lab/getcookie, false", "/labx, /lab/getcookie, true",
            "/lab/getcookie/x, /lab/getcookie, true"})
    void warnsOfAPathThatDoesNotCoverThePageThatReadsItBack(String path, String readPath, boolean warned) {
        Context context = new Context("localhost", false, List.of(), Set.of("jsessionid"), readPath);
        for (Action action : List.of(Action.SET, Action.DELETE)) {
            CookieRequest request = (action == Action.DELETE ? CookieRequest.delete("n") : CookieRequest.set("n"))
                    .value("v").path(path).build();

            Verdict verdict = checker.check(request, context);

            assertThat(verdict.spec().coversPath(readPath)).isEqualTo(!warned);
            assertThat(verdict.warnings()).extracting(CookieProblem::code)
                    .isEqualTo(warned ? List.of("path-elsewhere") : List.of());
            // The browser keeps such a cookie; it just never sends it to that page.
            assertThat(verdict.browserKeepsIt()).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"0, true", "00, true", "1, false", "'', false"})
    void aCookieSetWithMaxAgeZeroDeletes(String maxAge, boolean deletes) {
        Verdict verdict = checker.check(with("maxAge", maxAge), LOCAL);

        assertThat(verdict.spec().deletes()).isEqualTo(deletes);
    }

    /** Chromium and curl keep such a cookie, host-only: an IP address's own Domain names no other host. */
    @Test
    void aHostCookieWhoseDomainIsTheRequestsOwnIpAddressIsKept() {
        CookieRequest request = CookieRequest.set("__Host-d").value("v").domain("127.0.0.1").secure(true).build();

        Verdict verdict = checker.check(request, context("127.0.0.1", false, Map.of()));

        assertThat(verdict.warnings()).isEmpty();
        assertThat(verdict.browserKeepsIt()).isTrue();
    }

    @Test
    void warnsOfAHostCookieWithADomain() {
        CookieRequest request = CookieRequest.set("__Host-id").value("v").domain("localhost").secure(true).build();

        assertThat(checker.check(request, LOCAL).warnings()).extracting(CookieProblem::code)
                .containsExactly("prefix-host");
    }

    @ParameterizedTest
    @CsvSource({"example.com, false, true", "localhost, false, false", "app.localhost, false, false",
            "127.0.0.1, false, false", "example.com, true, false", "localhost., false, false",
            "LAB.localhost., false, false", "example.com., false, true", "localhost.example, false, true"})
    void warnsOfSecureFromAnInsecureOriginOtherThanLocalhost(String host, boolean https, boolean warned) {
        CookieRequest request = CookieRequest.set("n").value("v").secure(true).build();

        Verdict verdict = checker.check(request, context(host, https, Map.of()));

        assertThat(verdict.warnings().stream().anyMatch(w -> w.code().equals("secure-insecure-origin")))
                .isEqualTo(warned);
    }

    @Test
    void listsEveryProblemAtOnce() {
        CookieRequest request = CookieRequest.set("a b").value("v").maxAge("abc").path("x").domain("evil.example")
                .sameSite("Sometimes").build();

        assertThat(codes(checker.check(request, LOCAL)))
                .isEqualTo("name-invalid,max-age-invalid,path-invalid,domain-invalid,samesite-invalid");
    }
}
