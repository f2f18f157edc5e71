package dev.cookielab.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookielab.traffic.TrafficLine.Detail;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * docs/traffic-log.md's grammar, read back by a parser that splits at the line's own delimiters, as a reader's script
 * would: whatever a client puts in a path, a name or a value, the line parses to exactly its one request.
 */
class TrafficLineGrammarTest {

    private static final Pattern LINE = Pattern.compile(
            "(\\S+) (\\S+) (\\d{3}) cookies=\\[([^\\]]*)\\] set-cookie=\\[([^\\]]*)\\]");
    private static final Pattern SIZED = Pattern.compile("([^(=, ]*)\\((\\d+) bytes\\)");
    private static final Pattern VALUED = Pattern.compile("([^(=, ]*)=([^(=, ]*)");
    private static final Pattern HEADER = Pattern.compile("([^=<| ]*)=<(\\d+) bytes>([^|<>\\[\\]]*)");

    private final TrafficLine line = new TrafficLine();

    record Parsed(String method, String path, int status, List<String> names, List<String> values,
            List<String> setNames, List<String> setAttributes) {
    }

    /** Splits a line at its delimiters alone, and undoes the escapes. */
    static Parsed parse(String text) {
        Matcher whole = LINE.matcher(text);
        assertThat(whole.matches()).as("one request: " + text).isTrue();
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String pair : whole.group(4).isEmpty() ? List.<String>of() : Arrays.asList(whole.group(4).split(", ", -1))) {
            Matcher sized = SIZED.matcher(pair);
            Matcher valued = VALUED.matcher(pair);
            if (sized.matches()) {
                names.add(unescape(sized.group(1)));
                values.add(sized.group(2));
            } else {
                assertThat(valued.matches()).as("one pair: " + pair).isTrue();
                names.add(unescape(valued.group(1)));
                values.add(unescape(valued.group(2)));
            }
        }
        List<String> setNames = new ArrayList<>();
        List<String> setAttributes = new ArrayList<>();
        for (String header : whole.group(5).isEmpty() ? List.<String>of() : Arrays.asList(whole.group(5).split(" \\| ", -1))) {
            Matcher matcher = HEADER.matcher(header);
            assertThat(matcher.matches()).as("one header: " + header).isTrue();
            setNames.add(unescape(matcher.group(1)));
            setAttributes.add(unescape(matcher.group(3)));
        }
        return new Parsed(unescape(whole.group(1)), unescape(whole.group(2)), Integer.parseInt(whole.group(3)), names,
                values, setNames, setAttributes);
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (ch == '\\') {
                out.append(text.charAt(++i));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    @Property(tries = 1000)
    void anyPathNameAndValueParsesBackToItsOwnFields(@ForAll("text") String path, @ForAll("pairText") String name,
            @ForAll("pairText") String value, @ForAll("pairText") String other, @ForAll("text") String attribute) {
        String setCookie = name + "=" + value + "; Path=/" + attribute;
        List<String> sent = List.of(latin1(name + "=" + value + "; " + other + "=1"));

        Parsed sizes = parse(line.format("GET", "/" + path, 200, sent, List.of(setCookie, "b=2"), Detail.SIZES));
        Parsed values = parse(line.format("GET", "/" + path, 200, sent, List.of(), Detail.VALUES));

        assertThat(sizes.method()).isEqualTo("GET");
        assertThat(sizes.path()).isEqualTo("/" + path);
        assertThat(sizes.status()).isEqualTo(200);
        assertThat(sizes.names()).containsExactly(name, other);
        assertThat(sizes.values()).containsExactly(String.valueOf(value.getBytes(StandardCharsets.UTF_8).length), "1");
        assertThat(sizes.setNames()).containsExactly(name, "b");
        assertThat(sizes.setAttributes()).containsExactly("; Path=/" + attribute, "");
        assertThat(values.names()).containsExactly(name, other);
        assertThat(values.values()).containsExactly(value, "1");
    }

    /** Issue 32's two forgeries: a path that writes a second request, and a name that writes a second pair. */
    @Test
    void aPathOrANameCannotFakeAnotherField() {
        Parsed path = parse(line.format("GET", "/x 200 cookies=[Name(9 bytes)] set-cookie=[admin=<5 bytes>]", 404,
                List.of(), List.of(), Detail.SIZES));
        Parsed name = parse(line.format("GET", "/", 200, List.of("session(32 bytes), admin=true"), List.of(),
                Detail.SIZES));

        assertThat(path.status()).isEqualTo(404);
        assertThat(path.names()).isEmpty();
        assertThat(path.setNames()).isEmpty();
        assertThat(name.names()).containsExactly("session(32 bytes), admin");
    }

    /** Any text but ';' (which splits a header's pairs) and blanks at its ends (which are trimmed). */
    @Provide
    Arbitrary<String> pairText() {
        return text().filter(text -> text.indexOf(';') < 0 && text.indexOf('=') < 0 && text.equals(text.strip())
                && !text.isEmpty());
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('\u0000', '\n', '\u202E', '\u00E9', '\u4E2D')
                .ofMaxLength(16);
    }

    private static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
