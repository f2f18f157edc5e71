package dev.cookielab.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.macs.SipHash;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueDigestTest {

    /** The key of the SipHash paper's example and of the reference implementation's test vectors: 00 01 ... 0f. */
    private static final byte[] REFERENCE_KEY = counting(16);

    /**
     * From the reference implementation's vectors.h (vectors_sip64), read as little-endian 64-bit numbers; the
     * 15-byte message is the paper's worked example (appendix A).
     */
    @ParameterizedTest
    @CsvSource({
        "0, 726fdb47dd0e0e31",
        "1, 74f839c593dc67fd",
        "2, 0d6c8009d9a94f5a",
        "7, ab0200f58b01d137",
        "8, 93f5f5799a932462",
        "15, a129ca6149be45e5",
        "63, 958a324ceb064572"})
    void matchesTheAuthorsTestVectors(int length, String expected) {
        long digest = new ValueDigest(REFERENCE_KEY).sipHash24(counting(length));

        assertThat(String.format("%016x", digest)).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void agreesWithBouncyCastlesSipHash(@ForAll @Size(16) byte[] key, @ForAll @Size(max = 300) byte[] message) {
        SipHash theirs = new SipHash(2, 4);
        theirs.init(new KeyParameter(key));
        theirs.update(message, 0, message.length);

        assertThat(new ValueDigest(key).sipHash24(message)).isEqualTo(theirs.doFinal());
    }

    @Test
    void showsTheTopTwentyFourBitsAsSixHexDigits() {
        StringBuilder out = new StringBuilder("#");

        new ValueDigest(REFERENCE_KEY).append(out, counting(15));

        assertThat(out).hasToString("#a129ca");
    }

    @Test
    void anotherKeyGivesAnotherDigest() {
        byte[] value = "session-token-1".getBytes(StandardCharsets.UTF_8);
        byte[] otherKey = counting(16);
        otherKey[0] = 1;

        assertThat(new ValueDigest(otherKey).sipHash24(value))
                .isNotEqualTo(new ValueDigest(REFERENCE_KEY).sipHash24(value));
    }

    @Test
    void refusesAKeyOfAnotherSize() {
        assertThatThrownBy(() -> new ValueDigest(new byte[64])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 bytes");
    }

    private static byte[] counting(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
