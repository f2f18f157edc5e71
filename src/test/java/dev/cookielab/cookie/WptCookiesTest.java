package dev.cookielab.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WPT's cookies/name, cookies/value, cookies/attributes (invalid, expires, max-age, path), cookies/size/name-and-value
 * and cookies/prefix tests (their
 * httpCookieTest vectors), replayed through the browser model as the harness runs them: the lines come in a response
 * to /cookies/resources/cookie.py, and document.cookie is read at /cookies/resources/ (the default path) or, where a
 * test says so, on the test's own page. Facts carried over from WPT, in our own form; where the model differs, the
 * vector says why.
 */
class WptCookiesTest {

    private static final URI SET = URI.create("http://web-platform.test:8000/cookies/resources/cookie.py");
    private static final URI DEFAULT_PATH = URI.create("http://web-platform.test:8000/cookies/resources/echo-cookie.html");
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final String AMBIGUOUS = "Chromium refuses a nameless cookie whose value holds '=' "
            + "(EXCLUDE_AMBIGUOUS_SERIALIZATION; ExplainBrowserIT sees it in Chromium); this copy of WPT predates it.";
    private static final String CONTROL = "RFC 6265bis §5.6 step 1 and Chromium refuse a line with a control character; "
            + "this copy of WPT expected it cut at the LF.";

    record Vector(String file, String name, List<String> lines, String expected, URI readAt, String whyWeDiffer) {

        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    private static Vector v(String file, String name, String expected, String... lines) {
        return new Vector(file, name, List.of(lines), expected, DEFAULT_PATH, null);
    }

    /** A vector where the model answers {@code ours} instead of WPT's {@code expected}, for the reason given. */
    private static Vector differs(String file, String name, String expected, String ours, String why,
            String... lines) {
        return new Vector(file, name, List.of(lines), ours, DEFAULT_PATH, why + " WPT expected: " + expected);
    }

    /** A vector read on the test's own page, as httpCookieTest does with {@code defaultPath: false}. */
    private static Vector onPage(String file, String name, String expected, String... lines) {
        return new Vector(file, name, List.of(lines), expected,
                URI.create("http://web-platform.test:8000/cookies/" + file), null);
    }

    private static String sized(int name, int value) {
        return "a".repeat(name) + "=" + "1".repeat(value);
    }

    static Stream<Vector> vectors() {
        String n = "name/name.html";
        String v = "value/value.html";
        String m = "attributes/max-age.html";
        String s = "size/name-and-value.html";
        String i = "attributes/invalid.html";
        String e = "attributes/expires.html";
        String p = "attributes/path.html";
        return Stream.of(
                onPage(n, "Set valueless cookie to its name with empty value", "test1=", "test1=;  path = /"),
                differs(n, "Set a nameless cookie (that has an = in its value)", "test=2", "", AMBIGUOUS, "=test=2"),
                differs(n, "Set a nameless cookie (that has multiple ='s in its value)", "==test=2b", "", AMBIGUOUS,
                        "===test=2b"),
                v(n, "Set a nameless cookie", "test2c", "=test2c"),
                v(n, "Remove trailing WSP characters from the name string", "test=3", "test =3"),
                v(n, "Remove leading WSP characters from the name string", "test=4", "   test=4"),
                v(n, "Only return the new cookie (with the same name)", "\"test=5", "\"test=5\"=test", "\"test=5"),
                v(n, "Ignore invalid attributes after nameless cookie", "test6", "test6;cool=dude"),
                v(n, "Ignore invalid attributes after valid name (that looks like Cookie2 Version attribute)",
                        "$Version=1", "$Version=1; test=7"),
                v(n, "Set a cookie that has whitespace in its name", "test test=8", "test test=8"),
                v(n, "Set a nameless cookie ignoring characters after first ;", "\"test9", "\"test9;test\"=9"),
                v(n, "Set a nameless cookie ignoring characters after first ; (2)", "\"test\"10",
                        "\"test\"10;baz\"=qux"),
                v(n, "Return the most recent nameless cookie", "test11", "=test=11", "test11"),
                v(n, "Return the most recent nameless cookie, without leading =", "test11a", "test11", "test11a"),
                v(n, "Return the most recent nameless cookie, even if preceded by =", "test11b", "test11", "test11a",
                        "=test11b"),
                v(n, "... in addition to other valid cookie", "test11b; test=11c", "test11", "test11a", "=test11b",
                        "test=11c"),
                v(n, "Use last value for cookies with identical names", "test12=12", "test12=11", "test12=12"),
                v(n, "Keep first-in, first-out name order", "testA=13; testB=13", "testA=13", "testB=13"),
                v(n, "Keep first-in, first-out single-char name order", "a=test14; z=test14", "a=test14", "z=test14"),
                v(n, "Keep non-alphabetic first-in, first-out name order", "z=test15; a=test15", "z=test15",
                        "a=test15"),
                v(n, "Keep first-in, first-out order if comma-separated", "z=test16, a=test16", "z=test16, a=test16"),
                v(n, "Set nameless cookie, given `Set-Cookie: =test16`", "testA=16; test16; testB=16", "testA=16",
                        "=test16", "testB=16"),
                v(n, "Overwrite nameless cookie", "test17b", "test17a", "test17b"),
                v(n, "Ignore cookie with empty name and empty value", "", "="),
                v(n, "URL-encoded cookie name is not decoded", "%74%65%73%74=20", "%74%65%73%74=20"),
                v(n, "Name is set as expected for a=test", "a=test", "a=test"),
                v(n, "Name is set as expected for $=test", "$=test", "$=test"),
                v(n, "Name is set as expected for \"a=test", "\"a=test", "\"a=test"),
                v(n, "Name is set as expected for \"a=b\"=test", "\"a=b\"=test", "\"a=b\"=test"),
                v(v, "Set value containing a comma", "test=1, baz=qux", "test=1, baz=qux"),
                v(v, "Set quoted value containing a comma", "test=\"2, baz=qux\"", "test=\"2, baz=qux\""),
                v(v, "Ignore values after semicolon", "test=\"3zz", "test=\"3zz;pp\" ; ;"),
                v(v, "Ignore whitespace at the end of value", "test=\"4zz", "test=\"4zz ;"),
                v(v, "Set value including quotes and whitespace up until semicolon", "test=\"5zzz \"   \"ppp\"",
                        "test=\"5zzz \"   \"ppp\"  ;"),
                v(v, "Set value with a single quote excluding whitespace", "test=6A\"B", "test=6A\"B ;"),
                v(v, "Set nameless cookie to its value", "test7", "test7"),
                v(v, "Set nameless cookie to its value with an escaped quote", "\"test8\"HHH\"", "\"test8\"HHH\""),
                v(v, "Set value with unbalanced leading quote", "test=\"9", "test=\"9"),
                v(v, "Set nameless cookie followed by '=' to its value", "test10", "=test10"),
                v(v, "Set cookie with large name + value ( = 4kb)", "test=11" + "a".repeat(4090),
                        "test=11" + "a".repeat(4090)),
                v(v, "Ignore cookie with large name + value ( > 4kb)", "", "test=12" + "a".repeat(4091)),
                differs(v, "Set cookie but ignore value after LF", "test=13", "", CONTROL, "test=13\nZYX"),
                v(v, "Set cookie ignoring whitespace after value endquote", "test=\"14 \"", "test=\"14 \"   ;"),
                v(v, "Ignore whitespace and ; after value", "test=15", "test=15    ;"),
                v(v, "Ignore whitespace preceding value", "test=16", "test=  16"),
                v(v, "Set cookie with quotes in value", "test=\"17\"", "test=\"17\""),
                v(v, "Set cookie keeping whitespace inside quoted value", "test=\"  18 \"", "test=\"  18 \""),
                v(v, "Set cookie value ignoring characters after semicolon", "test=\"19", "test=\"19;wow\""),
                v(v, "Set cookie with another = inside quoted value", "test=\"20=20\"", "test=\"20=20\""),
                v(v, "Set cookie ignoring whitespace surrounding value and characters after first semicolon",
                        "test=21", "test\t=\t21\t \t;\tttt"),
                v(v, "Set valueless cookie, given `Set-Cookie: test22=`", "testA=22; test22=; testB=22", "testA=22",
                        "test22=", "testB=22"),
                v(v, "URL-encoded cookie value is not decoded", "test=%32%33", "test=%32%33"),
                v(v, "Set cookie with value set to =", "test24==", "test24=="),
                v(v, "Set cookie with one = inside an unquoted value", "test=25=25", "test=25=25"),
                v(v, "Set cookie with two = inside an unquoted value", "test=26=26=26", "test=26=26=26"),
                v(v, "Set cookie with a space character in the value", "test=27 test", "test=27 test"),
                v(v, "Set a nameless cookie with a space character in the value", "test test28", " test test28 ;"),
                v(m, "Ignore max-age attribute with invalid non-zero-digit (containing a comma)", "test=1",
                        "test=1; Max-Age=50,399"),
                v(m, "Set cookie with age", "test=2", "test=2; max-age=10000"),
                v(m, "Set no cookie with max-age=0", "", "test=3; max-age=0"),
                v(m, "Set no cookie with max-age=-1", "", "test=4; max-age=-1"),
                v(m, "Set no cookie with max-age=-20", "", "test=5; max-age=-20"),
                v(m, "Set multiple cookies with max-age attribute", "testA=6; testB=6", "testA=6; max-age=60",
                        "testB=6; max-age=60"),
                v(m, "Expire later cookie with same name and max-age=0", "testB=7", "testA=7; max-age=60",
                        "testB=7; max-age=60", "testA=differentvalue; max-age=0"),
                v(m, "... and don't set cookie with max-age=0", "testB=8", "testA=8; max-age=60",
                        "testB=8; max-age=60", "testA=differentvalue; max-age=0", "testC=8; max-age=0"),
                v(m, "Set mulitiple cookies with valid max-age values", "test=\"9! = foo; test9",
                        "test=\"9! = foo;bar\";\" parser; max-age=6", "test9; max-age=2.63,"),
                v(m, "Don't set multiple cookies with max-age=0", "", "test=10; max-age=0", "test10; max-age=0"),
                v(s, "Set max-size cookie with largest possible name and value (4096 bytes)", sized(2048, 2048),
                        sized(2048, 2048)),
                v(s, "Ignore cookie with name larger than 4096 and 1 byte value", "", sized(4097, 1)),
                v(s, "Set max-size value-less cookie", sized(4096, 0), sized(4096, 0)),
                v(s, "Ignore value-less cookie with name larger than 4096 bytes", "", sized(4097, 0)),
                v(s, "Set max-size cookie with largest possible value (4095 bytes)", sized(1, 4095), sized(1, 4095)),
                v(s, "Ignore named cookie (with non-zero length) and value larger than 4095 bytes", "",
                        sized(1, 4096)),
                v(s, "Ignore named cookie with length larger than 4095 bytes, and a non-zero value", "",
                        sized(4096, 1)),
                v(s, "Set max-size name-less cookie", sized(0, 4096).substring(1), sized(0, 4096)),
                v(s, "Ignore name-less cookie with value larger than 4096 bytes", "", sized(0, 4097)),
                v(s, "Ignore name-less cookie (without leading =) with value larger than 4096 bytes", "",
                        sized(0, 4097).substring(1)),
                v(s, "Set max-size cookie that also has an attribute", sized(2048, 2048),
                        sized(2048, 2048) + "; Max-Age:43110;"),
                onPage(i, "Set cookie with invalid attribute", "test=1", "test=1; lol; Path=/"),
                onPage(i, "Set cookie ending with invalid attribute.", "test=2", "test=2; Path=/; lol"),
                onPage(i, "Set cookie ending with quoted invalid attribute.", "test=3", "test=3; Path=/; 'lol'"),
                onPage(i, "Set cookie ending with double-quoted invalid attribute.", "test=4",
                        "test=4; Path=/; \"lol\""),
                onPage(i, "Set cookie ending with invalid attribute equals.", "test=5", "test=5; Path=/; lol="),
                onPage(i, "Set cookie with two invalid attributes", "test=6", "test=6; lol=\"aaa;bbb\"; Path=/"),
                onPage(i, "Set cookie ending with two invalid attributes", "test=7", "test=7; Path=/; lol=\"aaa;bbb\""),
                v(i, "Set cookie for quoted Secure attribute", "test=8", "test=8; \"Secure\""),
                v(i, "Set cookie for Secure qux", "test=9", "test=9; Secure qux"),
                v(i, "Ignore invalid attribute name with comma", "test=10", "test=10; b,az=qux"),
                v(i, "Ignore invalid attribute value with comma", "test=11", "test=11; baz=q,ux"),
                v(i, "Set cookie ignoring multiple invalid attributes, whitespace, and semicolons", "test=12",
                        "  test  = 12  ;foo;;;   bar"),
                v(i, "Set cookie with multiple '='s in its value, ignoring ...", "test=== 13",
                        "  test=== 13  ;foo;;;   bar"),
                v(i, "Set cookie with (invalid) version=1 attribute", "test=14", "test=14; version=1;"),
                v(i, "Set cookie with (invalid) version=1000 attribute", "test=15", "test=15; version=1000;"),
                v(i, "Set cookie ignoring anything after ;", "test=16", "test=16; customvalue='1000 or more';"),
                v(i, "... with no trailing semicolon", "test=17", "test=17; customvalue='1000 or more'"),
                v(i, "Ignore keys after semicolon", "test=18", "test=18; foo=bar, a=b"),
                onPage(i, "Ignore attributes after semicolon", "test=19", "test=19;max-age=3600, c=d;path=/"),
                v(i, "Ignore `Set-Cookie: =`", "testA=20; testb=20", "testA=20", "=", "testb=20"),
                v(i, "Ignore empty cookie string", "test=21", "test=21", ""),
                v(i, "Ignore `Set-Cookie: =` with other `Set-Cookie` headers", "test22", "test22", "="),
                v(i, "Ignore name- and value-less `Set-Cookie: ; bar`", "testA23", "testA23", "; testB23"),
                v(i, "Ignore name- and value-less `Set-Cookie:    `", "test24", "test24", "   "),
                v(i, "Ignore name- and value-less `Set-Cookie: \\t`", "test25", "test25", "\t"),
                v(i, "Ignore cookie with domain that won't domain match (along with other invalid noise)", "",
                        "test=26; domain=.parser.test; ;; ;=; ,,, ===,abc,=; abracadabra! max-age=20;=;;"),
                v(e, "Set cookie with expires value containing a comma", "test=1",
                        "test=1; Expires=Fri, 01 Jan 2038 00:00:00 GMT"),
                v(e, "Set cookie with expires value followed by comma", "test=2",
                        "test=2; Expires=Fri 01 Jan 2038 00:00:00 GMT, baz=qux"),
                v(e, "Set expired cookie along with valid cookie", "test=4",
                        "test=expired; Expires=Fri, 07 Aug 2007 08:04:19 GMT",
                        "test=4; Expires=Fri, 07 Aug 2027 08:04:19 GMT"),
                v(e, "Don't set cookie with expires set to the past", "",
                        "test=5; expires=Thu, 10 Apr 1980 16:33:12 GMT"),
                v(p, "Set cookie for bare Path", "test=1", "test=1; Path"),
                v(p, "Set cookie for Path=", "test=2", "test=2; Path="),
                onPage(p, "Set cookie for Path=/", "test=3", "test=3; Path=/"),
                onPage(p, "No cookie returned for mismatched path", "", "test=4; Path=/qux"),
                onPage(p, "No cookie returned for path space equals mismatched path", "", "test=5; Path    =/qux"),
                onPage(p, "No cookie returned for path equals space mismatched path", "", "test=6; Path=    /qux"),
                onPage(p, "No cookie returned for mismatched path and attribute", "", "test=7; Path=/qux      ; taz"),
                v(p, "Set cookie for mismatched and root path", "test=8", "test=8; Path=/qux; Path=/"),
                onPage(p, "No cookie returned for root and mismatched path", "", "test=9; Path=/; Path=/qux"),
                onPage(p, "No cookie returned for multiple mismatched paths", "", "test=10; Path=/lol; Path=/qux"),
                onPage(p, "Return 2 cookies sorted by matching path length (1)", "testB=11; testA=11",
                        "testA=11; path=/", "testB=11; path=/cookies/attributes"),
                onPage(p, "Return 2 cookies sorted by matching path length (2)", "testA=12; testB=12",
                        "testB=12; path=/", "testA=12; path=/cookies/attributes"),
                onPage(p, "Return 2 cookies sorted by matching path length (3)", "testA=13; testB=13",
                        "testA=13; path=/cookies/attributes", "testB=13; path=/"),
                onPage(p, "Return 2 cookies sorted by matching path length (4)", "testB=14; testA=14",
                        "testB=14; path=/cookies/attributes", "testA=14; path=/"),
                onPage(p, "No cookie returned for partial path match", "", "test=15; path=/cookies/attributes/foo"),
                v(p, "... return cookie for default path", "test=16", "test=16",
                        "test=0; path=/cookies/attributes/foo"),
                v(p, "Return cookie for path= / (whitespace after equals)", "test=17", "test=17; path= /"),
                onPage(p, "No cookie returned for case mismatched path", "", "test=18; path=/cookies/ATTRIBUTES"),
                onPage(p, "Return cookie A on path match, no cookie returned for path mismatch", "testA=19",
                        "testA=19; \tpath\t=\t/cookies/attributes", "testB=19; \tpath\t=\t/book"),
                onPage(p, "No cookie returned for mismatched path (after bare path=)", "", "test=20; path=; path=/dog"),
                v(p, "Return cookie for bare path= (after mismatched path)", "test=21", "test=21; path=/dog; path="));
    }

    /** What document.cookie reads after the lines: no HttpOnly cookie, a nameless one as its value. */
    static String documentCookie(Vector vector) {
        BrowserModel browser = new BrowserModel();
        vector.lines().forEach(line -> browser.receive(line, SET, NOW, null));
        return browser.sentWith(BrowserModel.Request.sameSite(vector.readAt()), NOW, false).stream()
                .filter(cookie -> !cookie.httpOnly())
                .map(cookie -> cookie.name().isEmpty() ? cookie.value() : cookie.name() + "=" + cookie.value())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "WPT cookies/{0}")
    @MethodSource("vectors")
    void eachVectorReadsAsWptExpectsOrDiffersForItsReason(Vector vector) {
        assertThat(documentCookie(vector)).as(vector.whyWeDiffer() == null ? "as WPT" : vector.whyWeDiffer())
                .isEqualTo(vector.expected());
    }

    /** WPT cookies/prefix/*.header*.html: whether a __Host- or __Secure- cookie is stored, from an origin. */
    static Stream<org.junit.jupiter.params.provider.Arguments> prefixes() {
        List<org.junit.jupiter.params.provider.Arguments> all = new java.util.ArrayList<>();
        for (String extra : List.of("", "MaxAge=10", "HttpOnly")) {
            all.add(prefix("__host.header.https.html", "https", "__Host-", "Path=/;" + extra, false));
            all.add(prefix("__host.header.https.html", "https", "__Host-", "Secure; Path=/;" + extra, true));
            all.add(prefix("__host.header.https.html", "https", "__Host-",
                    "Secure; Path=/; Domain=web-platform.test; " + extra, false));
            all.add(prefix("__secure.header.https.html", "https", "__Secure-", "Path=/;" + extra, false));
            all.add(prefix("__secure.header.https.html", "https", "__Secure-", "Secure;Path=/;" + extra, true));
        }
        for (String extra : List.of("", "domain=web-platform.test", "MaxAge=10", "HttpOnly")) {
            all.add(prefix("__host.header.html", "http", "__Host-", "Path=/;" + extra, false));
            all.add(prefix("__host.header.html", "http", "__Host-", "Secure; Path=/;" + extra, false));
            all.add(prefix("__host.header.html", "http", "__Host-",
                    "Secure; Path=/; Domain=web-platform.test; " + extra, false));
        }
        all.add(prefix("__host.header.https.html", "https", "__Host-", "Secure; Path=/cookies/resources/list.py",
                false));
        all.add(prefix("__host.header.html", "http", "__Host-", "Secure; Path=/cookies/resources/list.py", false));
        return all.stream();
    }

    private static org.junit.jupiter.params.provider.Arguments prefix(String file, String scheme, String prefix,
            String params, boolean stored) {
        return org.junit.jupiter.params.provider.Arguments.of(file, scheme, prefix + "prefixtestcookie=foo123; "
                + params, stored);
    }

    @ParameterizedTest(name = "WPT cookies/prefix/{0}: {2}")
    @MethodSource("prefixes")
    void eachPrefixedCookieIsStoredOrRefusedAsWptExpects(String file, String scheme, String line, boolean stored) {
        URI url = URI.create(scheme + "://web-platform.test/cookies/resources/cookie.py");

        assertThat(new BrowserModel().receive(line, url, NOW, null).stored()).isEqualTo(stored);
    }
}
