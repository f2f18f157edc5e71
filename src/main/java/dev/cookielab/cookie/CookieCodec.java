package dev.cookielab.cookie;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns any text into a cookie value and back. Bytes that are not cookie-octets
 * (RFC 6265bis §4.1.1: controls, space, {@code " , ; \}, non-ASCII) are percent-encoded as UTF-8,
 * and so are {@code %} itself and {@code |}, which {@link CookieSigner} reserves as its separator.
 */
public final class CookieCodec {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CookieCodec() {
    }

    public static boolean isCookieOctet(int b) {
        return b == 0x21 || (b >= 0x23 && b <= 0x2B) || (b >= 0x2D && b <= 0x3A)
                || (b >= 0x3C && b <= 0x5B) || (b >= 0x5D && b <= 0x7E);
    }

    public static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int octet = b & 0xFF;
            if (isCookieOctet(octet) && octet != '%' && octet != '|') {
                out.append((char) octet);
            } else {
                out.append('%').append(HEX[octet >> 4]).append(HEX[octet & 0xF]);
            }
        }
        return out.toString();
    }

    /** ASCII hex only: Character.digit would also take fullwidth or Arabic-Indic digits. */
    private static int hexDigit(char ch) {
        return ch < 0x80 ? Character.digit(ch, 16) : -1;
    }

    /**
     * Percent-decodes a raw value as UTF-8. Never fails: a {@code %} not followed by two hex digits
     * stays as it is, and bytes that are not UTF-8 become U+FFFD.
     */
    public static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            int high = i + 2 < raw.length() ? hexDigit(raw.charAt(i + 1)) : -1;
            int low = high >= 0 ? hexDigit(raw.charAt(i + 2)) : -1;
            if (ch == '%' && high >= 0 && low >= 0) {
                bytes.write(high << 4 | low);
                i += 2;
            } else if (ch < 0x80) {
                bytes.write(ch);
            } else {
                byte[] utf8 = String.valueOf(ch).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never throws", e);
        }
    }
}
