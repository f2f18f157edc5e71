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
        long digest = whole(new ValueDigest(REFERENCE_KEY), counting(length), 2, 4);

        assertThat(String.format("%016x", digest)).isEqualTo(expected);
    }

    /** Bouncy Castle's SipHash takes its two numbers of rounds: SipHash-2-4 for the vectors above, 1-3 for the log. */
    @Property(tries = 3000)
    void agreesWithBouncyCastlesSipHash(@ForAll @Size(16) byte[] key, @ForAll @Size(max = 300) byte[] message) {
        ValueDigest ours = new ValueDigest(key);

        assertThat(whole(ours, message, 2, 4)).isEqualTo(bouncyCastles(2, 4, key, message));
        assertThat(whole(ours, message, 1, 3)).isEqualTo(bouncyCastles(1, 3, key, message));
    }

    @Property(tries = 1000)
    void digestsPartOfAnArrayAsTheSameBytesAlone(@ForAll @Size(max = 100) byte[] before,
            @ForAll @Size(max = 100) byte[] message, @ForAll @Size(max = 100) byte[] after) {
        byte[] all = new byte[before.length + message.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(message, 0, all, before.length, message.length);
        System.arraycopy(after, 0, all, before.length + message.length, after.length);
        ValueDigest digest = new ValueDigest(REFERENCE_KEY);

        assertThat(digest.sipHash(all, before.length, before.length + message.length, 1, 3))
                .isEqualTo(whole(digest, message, 1, 3));
    }

    /** The log's digest is SipHash-1-3, Python's and Rust's choice for hashing strings: checked above. */
    @Test
    void showsTheTopTwentyFourBitsOfSipHash13AsSixHexDigits() {
        char[] out = "#......#".toCharArray();
        byte[] value = counting(15);
        long expected = bouncyCastles(1, 3, REFERENCE_KEY, value);
        // The value as part of a larger array, as the log digests a value where it sits in a header.
        byte[] header = new byte[value.length + 7];
        System.arraycopy(value, 0, header, 3, value.length);

        int end = new ValueDigest(REFERENCE_KEY).put(out, 1, header, 3, 3 + value.length);

        assertThat(end).isEqualTo(7);
        assertThat(new String(out)).isEqualTo("#" + String.format("%016x", expected).substring(0, 6) + "#");
    }

    @Test
    void anotherKeyGivesAnotherDigest() {
        byte[] value = "session-token-1".getBytes(StandardCharsets.UTF_8);
        byte[] otherKey = counting(16);
        otherKey[0] = 1;

        assertThat(whole(new ValueDigest(otherKey), value, 1, 3))
                .isNotEqualTo(whole(new ValueDigest(REFERENCE_KEY), value, 1, 3));
    }

    @Test
    void refusesAKeyOfAnotherSize() {
        assertThatThrownBy(() -> new ValueDigest(new byte[64])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 bytes");
    }

    /** SipHash-c-d of a whole array. */
    private static long whole(ValueDigest digest, byte[] message, int c, int d) {
        return digest.sipHash(message, 0, message.length, c, d);
    }

    private static long bouncyCastles(int c, int d, byte[] key, byte[] message) {
        SipHash theirs = new SipHash(c, d);
        theirs.init(new KeyParameter(key));
        theirs.update(message, 0, message.length);
        return theirs.doFinal();
    }

    private static byte[] counting(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
