package dev.cookielab.cookie.decode;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The decodings and digests the formats share, each bounded; {@code null} means "not that encoding". */
final class Bytes {

    /** A zip bomb's answer: no value inflates past this. */
    static final int MAX_INFLATED = 64 * 1024;
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]*={0,2}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    private Bytes() {
    }

    /** Standard or URL-safe base64, padded or not; {@code null} if it is neither. */
    static byte[] base64(String text) {
        if (text.isEmpty() || !BASE64.matcher(text).matches()) {
            return null;
        }
        String plain = text.replace('-', '+').replace('_', '/').replace("=", "");
        if (plain.length() % 4 == 1) {
            return null; // no byte count leaves one character over
        }
        try {
            return Base64.getDecoder().decode(plain + "==".substring(0, (4 - plain.length() % 4) % 4));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The bytes as UTF-8 text, or {@code null} if they are not valid UTF-8. */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] hex(String text) {
        return text.length() % 2 == 0 && HEX.matcher(text).matches() ? HexFormat.of().parseHex(text) : null;
    }

    static byte[] hmac(String algorithm, byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            // The JDK refuses an empty key; HMAC pads any key to a block, so one zero byte is the same key.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + algorithm, e);
        }
    }

    static byte[] digest(String algorithm, byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + algorithm, e);
        }
    }

    /** Compares in constant time, as the frameworks do. */
    static boolean same(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** zlib's inflate, stopped at {@link #MAX_INFLATED}. */
    static byte[] inflate(byte[] compressed) throws Unreadable {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int read = inflater.inflate(buffer);
                if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new Unreadable("Its compressed part is cut short or not zlib data.");
                }
                out.write(buffer, 0, read);
                if (out.size() > MAX_INFLATED) {
                    throw new Unreadable("Its compressed part inflates to more than " + MAX_INFLATED / 1024
                            + " KB, far more than any cookie holds: a zip bomb, so the lab stopped.");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new Unreadable("Its compressed part is not zlib data.");
        } finally {
            inflater.end();
        }
    }

    /** %XX decoded as UTF-8 bytes ({@code +} stays: cookies are not forms); {@code null} if a % is malformed. */
    static String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
                        || Character.digit(text.charAt(i + 2), 16) < 0) {
                    return null;
                }
                out.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return utf8(out.toByteArray());
    }

    /** Why a value the lab recognised cannot be read: its sentence is shown as the verdict. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }
}
