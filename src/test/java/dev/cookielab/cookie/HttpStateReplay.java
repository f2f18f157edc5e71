package dev.cookielab.cookie;

import java.util.List;

/** The http-state tests that a browser can be shown as they are, for ExplainBrowserIT, and where it disagrees. */
public final class HttpStateReplay {

    /** One test's lines. */
    public record Test(String id, List<String> lines) {
    }

    /** What Chromium keeps that the model does not, or the reverse, by test id, each with its reason. */
    public static final List<String> KNOWN_DISAGREEMENTS = List.of();

    private HttpStateReplay() {
    }

    /** Every test whose lines can be written into a header (none with CR, LF or NUL) and pasted (not all blank). */
    public static List<Test> replayable() {
        return HttpStateVectors.ALL.stream()
                .filter(vector -> vector.received().stream().noneMatch(line -> line.matches("(?s).*[\r\n\u0000].*")))
                .filter(vector -> vector.received().stream().anyMatch(line -> !line.isBlank()))
                .map(vector -> new Test(vector.id(), vector.received())).toList();
    }
}
