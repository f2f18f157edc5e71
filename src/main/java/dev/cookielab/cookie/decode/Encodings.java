package dev.cookielab.cookie.decode;

import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Values no framework signed: a UUID, hex, base64 (of JSON or text), JSON percent-encoded or not; else a shape. */
final class Encodings {

    /** 1582-10-15, where a version 1 and 6 UUID's time counts from, in 100 ns steps. */
    private static final long GREGORIAN = -12_219_292_800L;
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** The alphabets an unknown value is described by, the narrowest first. */
    private static final Map<String, Pattern> ALPHABETS = alphabets("digits", "[0-9]*", "lower-case hex", "[0-9a-f]*",
            "upper-case hex", "[0-9A-F]*", "letters and digits", "[A-Za-z0-9]*", "base64url", "[A-Za-z0-9_-]*",
            "base64", "[A-Za-z0-9+/]*=*", "printable ASCII", "[\\x20-\\x7e]*");

    private Encodings() {
    }

    static Decoded read(String value, String raw, Instant now) throws Bytes.Unreadable {
        UUID uuid = uuid(value);
        if (uuid != null) {
            Instant time = uuidTime(uuid);
            return Decoded.of("uuid", "UUID version " + uuid.version())
                    .why("likely", "8-4-4-4-12 hex digits, version " + uuid.version() + (time == null ? ""
                            : ", which carries the time it was made") + ".")
                    .payload(Payloads.string(uuid.toString())).issued(time, "Made").build(now);
        }
        JsonValue json = value.startsWith("{") || value.startsWith("[") ? Payloads.json(value) : null;
        if (json != null) {
            boolean encoded = !raw.equals(value);
            return Decoded.of(encoded ? "url-json" : "json", encoded ? "URL-encoded JSON" : "JSON")
                    .why("likely", encoded ? "Percent-encoded JSON." : "JSON as it is.").payload(json).build(now);
        }
        if (!raw.equals(value) && !value.isEmpty()) {
            return Decoded.of("percent-encoded", "Percent-encoded text")
                    .why("likely", "%XX escapes of UTF-8 text.").payload(Payloads.string(value)).build(now);
        }
        byte[] hex = value.length() >= 16 ? Bytes.hex(value) : null;
        if (hex != null) {
            String text = printable(hex);
            return Decoded.of("hex", "Hex")
                    .why("possible", value.length() + " hex digits: " + hex.length + " bytes" + (text == null
                            ? ", which look random (" + hex.length * 8 + " bits if they are)." : " of text."))
                    .payload(Payloads.string(text != null ? text : value)).build(now);
        }
        byte[] bytes = value.length() >= 8 ? Bytes.base64(value) : null;
        String text = bytes == null ? null : printable(bytes);
        JsonValue inner = text == null ? null : Payloads.json(text);
        if (inner != null || text != null && text.length() >= 4) {
            String kind = value.matches(".*[-_].*") ? "base64url" : "base64";
            return Decoded.of(inner != null ? "base64-json" : "base64-text", inner != null ? kind + " JSON" : kind
                    + " text")
                    .why("likely", kind + " of " + (inner != null ? "JSON" : "text") + ", not signed: no signature "
                            + "follows it.").payload(inner != null ? inner : Payloads.string(text)).build(now);
        }
        return unknown(value, now);
    }

    /** Nothing matched: say so, with the value's length, alphabet and how many bits it could carry. */
    static Decoded unknown(String value, Instant now) {
        String alphabet = ALPHABETS.entrySet().stream().filter(entry -> entry.getValue().matcher(value).matches())
                .map(Map.Entry::getKey).findFirst().orElse("text beyond ASCII");
        long distinct = value.chars().distinct().count();
        return Decoded.of("unknown", "Unrecognised")
                .why("possible", "No format the lab knows: " + value.length() + " characters of " + alphabet + ", "
                        + distinct + " distinct, about " + Math.round(entropy(value)) + " bits of entropy (Shannon, "
                        + "per character, times the length). The lab does not guess further.")
                .payload(value.isEmpty() ? null : Payloads.string(value))
                .readable("Unknown: if it is random, it is an id or a key; if not, anyone can read what it says.")
                .build(now);
    }

    /** A canonical UUID string, or {@code null}. */
    static UUID uuid(String text) {
        if (!UUID_TEXT.matcher(text).matches()) {
            return null;
        }
        return UUID.fromString(text);
    }

    /** The time of a version 1, 6 or 7 UUID (RFC 9562), or {@code null}. */
    static Instant uuidTime(UUID uuid) {
        long high = uuid.getMostSignificantBits();
        return switch (uuid.version()) {
            case 1 -> gregorian(uuid.timestamp());
            case 6 -> gregorian((high >>> 4 & 0x0FFF_FFFF_FFFF_F000L) | (high & 0x0FFF));
            case 7 -> Instant.ofEpochMilli(high >>> 16);
            default -> null;
        };
    }

    private static Instant gregorian(long hundredNanos) {
        return Instant.ofEpochSecond(GREGORIAN + hundredNanos / 10_000_000L, hundredNanos % 10_000_000L * 100);
    }

    private static String printable(byte[] bytes) {
        String text = Bytes.utf8(bytes);
        return text != null && !text.isEmpty() && text.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f || c == '\n'
                || c == '\t') ? text : null;
    }

    private static double entropy(String value) {
        double bits = 0;
        for (int c : value.chars().distinct().toArray()) {
            double p = value.chars().filter(x -> x == c).count() / (double) value.length();
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits * value.length();
    }

    private static Map<String, Pattern> alphabets(String... namesAndPatterns) {
        Map<String, Pattern> alphabets = new LinkedHashMap<>();
        for (int i = 0; i < namesAndPatterns.length; i += 2) {
            alphabets.put(namesAndPatterns[i], Pattern.compile(namesAndPatterns[i + 1]));
        }
        return alphabets;
    }
}
