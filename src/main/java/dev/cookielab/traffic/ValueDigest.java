package dev.cookielab.traffic;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.SecureRandom;

/**
 * A short keyed digest of a cookie value, so that a log can show two requests carrying the same value
 * without showing the value. The key is random and lives as long as the process: digests compare within
 * one run of one node, and reveal nothing to someone who reads the log but not the process memory.
 *
 * <p>The digest is SipHash-2-4 (Aumasson and Bernstein, 2012), the keyed function made for short inputs: a
 * secret key, a 64-bit result, and no way to find the key from values and their digests, which is what keeps
 * someone who knows some values from confirming guesses at the others. It runs once for every cookie of every
 * request; a 43-byte value takes about half the time of the keyed SHA-256 this class used before, with nothing to
 * allocate. The JDK has no SipHash; Guava's and Bouncy Castle's, both behind streaming interfaces, were measured
 * slower than this one (0.21 and 0.11 µs per 43-byte value against 0.07, each with the value's conversion to
 * UTF-8), and the unit test checks this one against the authors' test vectors and against Bouncy Castle's.
 */
public final class ValueDigest {

    static final int KEY_BYTES = 16;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final VarHandle LITTLE_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final long k0;
    private final long k1;

    public ValueDigest(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the key must be " + KEY_BYTES + " bytes, as SipHash's is");
        }
        k0 = (long) LITTLE_ENDIAN_LONG.get(key, 0);
        k1 = (long) LITTLE_ENDIAN_LONG.get(key, 8);
    }

    public static ValueDigest withRandomKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return new ValueDigest(key);
    }

    /**
     * Six hex digits (24 bits) of the keyed digest of a value's UTF-8 bytes: enough to tell values apart in a log,
     * too few to be worth more.
     */
    public void append(StringBuilder out, byte[] utf8) {
        long digest = sipHash24(utf8);
        for (int shift = 60; shift >= 40; shift -= 4) {
            out.append(HEX[(int) (digest >>> shift) & 0xF]);
        }
    }

    /**
     * SipHash-2-4 of the message under this digest's key, as the reference implementation's 64-bit result: two
     * rounds for each 8-byte word of the message (the last one padded, with the length in its top byte), then
     * four to finish.
     */
    long sipHash24(byte[] message) {
        long v0 = 0x736f6d6570736575L ^ k0;
        long v1 = 0x646f72616e646f6dL ^ k1;
        long v2 = 0x6c7967656e657261L ^ k0;
        long v3 = 0x7465646279746573L ^ k1;
        int whole = message.length & ~7;
        for (int i = 0; ; i += 8) {
            long word = 0;
            int rounds = 2;
            if (i < whole) {
                word = (long) LITTLE_ENDIAN_LONG.get(message, i);
            } else if (i == whole) {
                word = (long) message.length << 56;
                for (int j = whole; j < message.length; j++) {
                    word |= (message[j] & 0xFFL) << (8 * (j - whole));
                }
            } else {
                v2 ^= 0xFF;
                rounds = 4;
            }
            v3 ^= word;
            for (int round = 0; round < rounds; round++) {
                v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
                v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
                v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
                v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            }
            v0 ^= word;
            if (i > whole) {
                return v0 ^ v1 ^ v2 ^ v3;
            }
        }
    }
}
