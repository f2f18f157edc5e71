package dev.cookielab.cookie.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookielab.cookie.decode.Decoded.Verdict;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cookie the real frameworks set (src/test/vectors/generate/generate.sh), read back and checked against the
 * framework's own reading of it: the format, the payload, the times, and which key verifies.
 */
class FrameworkVectorsTest {

    /** Half an hour after the frameworks' fixed clock: the JWTs have not expired yet. */
    static final Instant NOW = Instant.parse("2026-01-01T00:30:00Z");

    static Stream<Named<JsonObject>> vectors() {
        assertThat(Vectors.all()).hasSizeGreaterThan(40);
        return Vectors.all().stream().map(vector -> Named.of(vector.getString("framework") + ": "
                + vector.getString("case"), vector));
    }

    static Decoded decode(JsonObject vector, String key) {
        Map<String, String> others = new HashMap<>();
        if (vector.get("companion") instanceof jakarta.json.JsonString companion) {
            String[] pair = companion.getString().split("=", 2);
            others.put(pair[0], pair[1]);
        }
        return Decoder.decode(vector.getString("name"), vector.getString("value"), others, Keys.of(key), NOW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void readsWhatTheFrameworkWrote(JsonObject vector) {
        Decoded decoded = decode(vector, vector.isNull("key") ? null : vector.getString("key"));

        assertThat(decoded.id()).as(decoded.why()).isEqualTo(vector.getString("id"));
        if (!vector.isNull("payload")) {
            assertThat(decoded.payload()).isEqualTo(vector.get("payload"));
        }
        for (String time : List.of("issuedAt", "expiresAt", "notBefore")) {
            Instant at = switch (time) {
                case "issuedAt" -> decoded.issuedAt();
                case "expiresAt" -> decoded.expiresAt();
                default -> decoded.notBefore();
            };
            if (!vector.isNull(time)) {
                assertThat(at).as(time).isEqualTo(Instant.parse(vector.getString(time)));
            }
        }
        assertThat(decoded.compressed()).isEqualTo(vector.getBoolean("compressed"));
        if (!vector.isNull("algorithm")) {
            assertThat(decoded.algorithm()).isEqualTo(vector.getString("algorithm"));
        }
        if (!vector.isNull("key")) {
            assertThat(decoded.signature()).isEqualTo(Verdict.VALID);
            assertThat(decoded.certainty()).isEqualTo("certain");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void theWrongKeyDoesNotVerifyIt(JsonObject vector) {
        if (vector.isNull("key")) {
            return; // no key signs it: nothing to get wrong
        }
        Decoded decoded = decode(vector, "not-" + vector.getString("key"));

        assertThat(decoded.id()).isEqualTo(vector.getString("id"));
        assertThat(decoded.signature()).isEqualTo(Verdict.INVALID);
        assertThat(decoded.wellKnownKey()).as("a well-known key still names itself").isEqualTo(wellKnown(vector));
        if (decoded.encrypted()) {
            assertThat(decoded.payload()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void withoutAKeyOnlyAWellKnownOneVerifiesIt(JsonObject vector) {
        Decoded decoded = decode(vector, null);
        String key = vector.isNull("key") ? null : vector.getString("key");
        String wellKnown = wellKnown(vector);

        assertThat(decoded.id()).isEqualTo(vector.getString("id"));
        assertThat(decoded.wellKnownKey()).isEqualTo(wellKnown);
        Verdict expected = wellKnown != null ? Verdict.VALID : key != null ? Verdict.UNCHECKED
                : vector.getString("algorithm", "").equals("none") || decoded.signature() == Verdict.NONE
                ? Verdict.NONE : Verdict.UNCHECKED;
        assertThat(decoded.signature()).isEqualTo(expected);
        if (wellKnown != null) {
            assertThat(decoded.warnings()).anyMatch(warning -> warning.contains("anyone can forge this cookie"));
        }
        if (!decoded.encrypted() && !vector.isNull("payload")) {
            assertThat(decoded.payload()).isEqualTo(vector.get("payload"));
        }
    }

    /** The label of the vector's key if it is a well-known one, else {@code null}. */
    private static String wellKnown(JsonObject vector) {
        String key = vector.isNull("key") ? null : vector.getString("key");
        return Keys.WELL_KNOWN.stream().filter(known -> new String(known.secret(),
                java.nio.charset.StandardCharsets.UTF_8).equals(key)).map(Keys.WellKnown::label).findFirst()
                .orElse(null);
    }
}
